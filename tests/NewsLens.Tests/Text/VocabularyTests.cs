using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class VocabularyTests
{
    [Fact]
    public void Given_a_word_interned_twice_When_looked_up_Then_it_has_one_number_and_one_string()
    {
        var vocabulary = new Vocabulary();
        var first = vocabulary.IdOf("moscow".AsSpan());
        var second = vocabulary.IdOf("talks moscow".AsSpan(6));
        Assert.Equal(first, second);
        Assert.Equal(1, vocabulary.Count);
        Assert.Same(vocabulary[first], vocabulary[second]);
        Assert.Equal("moscow", vocabulary[first]);
    }

    [Fact]
    public void Given_a_new_string_When_interned_Then_the_vocabulary_keeps_that_instance()
    {
        var vocabulary = new Vocabulary();
        var word = new string('a', 3);
        Assert.Same(word, vocabulary[vocabulary.IdOf(word)]);
    }

    [Fact]
    public void Given_words_never_interned_When_found_Then_it_is_minus_one_and_nothing_is_added()
    {
        var vocabulary = new Vocabulary();
        vocabulary.IdOf("ankara");
        Assert.Equal(-1, vocabulary.Find("damascus"));
        Assert.Equal(-1, vocabulary.Find(""));
        Assert.Equal(0, vocabulary.Find("ankara"));
        Assert.Equal(1, vocabulary.Count);
        Assert.Throws<ArgumentException>(() => vocabulary.IdOf(ReadOnlySpan<char>.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => vocabulary[1]);
    }

    [Fact]
    public void Given_two_vocabularies_on_one_thread_When_the_same_words_are_interned_Then_each_numbers_its_own()
    {
        var one = new Vocabulary();
        var two = new Vocabulary();
        one.IdOf("x".AsSpan());
        Assert.Equal(0, two.IdOf("y".AsSpan()));
        Assert.Equal(1, one.IdOf("y".AsSpan()));
        Assert.Equal(0, two.IdOf("y".AsSpan()));
        Assert.Equal("y", two[0]);
    }

    [Fact]
    public void Given_many_threads_interning_overlapping_words_When_done_Then_every_word_has_exactly_one_number()
    {
        var vocabulary = new Vocabulary();
        var words = Enumerable.Range(0, 20_000).Select(i => $"w{i % 9_000}").ToArray();
        var seen = new int[8][];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            seen[t] = [.. words.Skip(t * 997 % words.Length).Concat(words.Take(t * 997 % words.Length)).Select(w => vocabulary.IdOf(w.AsSpan()))];
        });

        Assert.Equal(9_000, vocabulary.Count);
        Assert.Equal(Enumerable.Range(0, 9_000), Enumerable.Range(0, 9_000).Select(id => vocabulary.IdOf(vocabulary[id].AsSpan())));
        Assert.Equal(9_000, Enumerable.Range(0, 9_000).Select(id => vocabulary[id]).Distinct(StringComparer.Ordinal).Count());
    }

    [Property(MaxTest = 200)]
    public Property Given_any_words_When_interned_Then_numbers_are_dense_and_round_trip() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), words =>
        {
            var vocabulary = new Vocabulary();
            var present = (words ?? []).Where(w => !string.IsNullOrEmpty(w)).ToArray();
            var ids = present.Select(w => vocabulary.IdOf(w.AsSpan())).ToArray();
            return vocabulary.Count == present.Distinct(StringComparer.Ordinal).Count()
                && ids.All(id => id >= 0 && id < vocabulary.Count)
                && present.Select((w, i) => vocabulary[ids[i]] == w).All(ok => ok);
        });

    [Property(MaxTest = 200)]
    public Property Given_any_words_When_interned_at_once_Then_they_get_the_numbers_one_by_one_interning_gives() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), words =>
        {
            var present = (words ?? []).Where(w => !string.IsNullOrEmpty(w)).SelectMany(w => new[] { w, w + "s", w }).ToArray();
            var oneByOne = new Vocabulary();
            var expected = present.Select(w => oneByOne.IdOf(w.AsSpan())).ToArray();
            var atOnce = new Vocabulary();
            var starts = new int[present.Length + 1];
            for (var i = 0; i < present.Length; i++)
            {
                starts[i + 1] = starts[i] + present[i].Length;
            }

            var ids = new int[present.Length];
            atOnce.IdsOf(string.Concat(present), starts, ids);
            return ids.SequenceEqual(expected) && atOnce.Count == oneByOne.Count;
        });

    [Fact]
    public void Given_an_empty_word_among_many_When_interned_at_once_Then_it_throws()
    {
        var vocabulary = new Vocabulary();
        Assert.Throws<ArgumentException>(() => vocabulary.IdsOf("ab", [0, 1, 1, 2], new int[3]));
    }
}
