using FsCheck.Xunit;
using NewsLens.Comparison;

namespace NewsLens.Tests.Comparison;

public sealed class PackedWordCountsTests
{
    [Fact]
    public void Given_counts_of_three_words_When_read_Then_each_word_has_its_sum_in_ascending_word_number()
    {
        var counts = new PackedWordCounts();

        counts.Add(7);
        counts.Add(0, 3);
        counts.Add(7, 2);

        Assert.Equal([(0, 3), (7, 3)], counts.Entries());
        Assert.Equal(2, counts.Count);
    }

    [Fact]
    public void Given_a_large_vocabulary_counted_many_times_When_packed_Then_it_takes_a_few_bytes_a_word()
    {
        var counts = new PackedWordCounts();
        for (var round = 0; round < 5; round++)
        {
            for (var word = 0; word < 40_000; word++)
            {
                counts.Add((word * 7919) % 40_000); // every word once per round, in a scattered order
            }
        }

        Assert.Equal(40_000, counts.Count);
        Assert.InRange(counts.PackedBytes, 40_000 * 2, 40_000 * 3);
        Assert.All(counts.Entries(), entry => Assert.Equal(5, entry.Count));
    }

    [Fact]
    public void Given_a_cursor_When_read_in_blocks_of_word_numbers_Then_each_entry_comes_once_in_its_block()
    {
        var counts = new PackedWordCounts();
        foreach (var word in new[] { 3, 10, 11, 500, 70_000, 3 })
        {
            counts.Add(word);
        }

        var cursor = counts.Read();
        var blocks = new List<List<(int, int)>>();
        foreach (var end in new[] { 3, 11, 501, int.MaxValue })
        {
            var block = new List<(int, int)>();
            while (cursor.TryNext(end, out var word, out var count))
            {
                block.Add((word, count));
            }

            blocks.Add(block);
        }

        Assert.Equal([[], [(3, 2), (10, 1)], [(11, 1), (500, 1)], [(70_000, 1)]], blocks);
    }

    [Property(MaxTest = 200)]
    public bool Given_any_words_and_counts_When_counted_Then_the_entries_equal_a_sorted_dictionary(int seed, ushort length, byte spread, bool reads)
    {
        // Up to 65,535 words, so the recent table packs many times over; small spreads repeat words, large ones leave long gaps.
        var random = new Random(seed);
        var counts = new PackedWordCounts();
        var expected = new SortedDictionary<int, int>();
        for (var i = 0; i < length; i++)
        {
            var word = random.Next(1 + (spread * spread * 37));
            var count = 1 + random.Next(300);
            counts.Add(word, count);
            expected[word] = expected.GetValueOrDefault(word) + count;
            if (reads && i % 997 == 0 && counts.Count != expected.Count)
            {
                return false; // reading in between packs early: later counts still add up
            }
        }

        return counts.Entries().SequenceEqual(expected.Select(p => (p.Key, p.Value))) && counts.Count == expected.Count;
    }
}
