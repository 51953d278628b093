using FsCheck.Xunit;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class WordFilterTests
{
    [Property(MaxTest = 300)]
    public bool Given_any_words_When_filtered_Then_every_member_may_be_contained(string[]? words)
    {
        var members = (words ?? []).Where(w => w is not null).Append("").Append("a").ToList();
        var filter = new WordFilter(members);

        return members.All(w => filter.MayContain(w)
            && (w.Length == 0 || filter.MayContain(w.Length, w[0], w[w.Length >> 1], w[^1])));
    }

    [Property(MaxTest = 300)]
    public bool Given_any_word_When_asked_by_its_characters_Then_the_answer_is_the_words(string[]? words, string? probe)
    {
        var filter = new WordFilter((words ?? []).Where(w => w is not null));
        probe = string.IsNullOrEmpty(probe) ? "x" : probe;

        return filter.MayContain(probe) == filter.MayContain(probe.Length, probe[0], probe[probe.Length >> 1], probe[^1]);
    }

    [Fact]
    public void Given_a_lexicon_sized_set_When_other_words_are_asked_Then_most_are_turned_away()
    {
        var filter = new WordFilter(Enumerable.Range(0, 7_500).Select(i => $"w{i:x}z"));

        var passed = Enumerable.Range(0, 10_000).Count(i => filter.MayContain($"q{i}"));

        Assert.InRange(passed, 0, 1_500);
    }
}
