using FsCheck.Xunit;
using NewsLens.Comparison;

namespace NewsLens.Tests.Comparison;

public sealed class WordNumberCountsTests
{
    [Fact]
    public void Given_counts_of_three_words_When_read_Then_each_word_has_its_sum_and_an_unseen_word_has_0()
    {
        var counts = new WordNumberCounts();

        counts.Add(7);
        counts.Add(0, 3);
        counts.Add(7, 2);

        Assert.Equal((3, 3, 0, 2), (counts[7], counts[0], counts[5], counts.Count));
        Assert.Equal([(7, 3), (0, 3)], counts.Entries());
    }

    [Property(MaxTest = 300)]
    public bool Given_any_words_When_counted_Then_counts_and_first_seen_order_equal_a_dictionary(int[] words, byte spread)
    {
        var counts = new WordNumberCounts();
        var expected = new Dictionary<int, int>();
        foreach (var raw in words ?? [])
        {
            var word = (raw & int.MaxValue) % (1 + (spread * 97)); // many repeats for small spreads, growth for large ones
            counts.Add(word);
            expected[word] = expected.GetValueOrDefault(word) + 1;
        }

        return counts.Entries().SequenceEqual(expected.Select(p => (p.Key, p.Value)))
            && expected.All(p => counts[p.Key] == p.Value)
            && counts[-1] == 0;
    }
}
