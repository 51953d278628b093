using FsCheck.Xunit;
using NewsLens.Pipeline;

namespace NewsLens.Tests.Pipeline;

public sealed class MergeableAggregatesTests
{
    [Fact]
    public void Given_room_reserved_before_and_between_words_When_words_are_added_Then_the_counts_are_those_without_a_reservation()
    {
        var reserved = new MergeableAggregates();
        var plain = new MergeableAggregates();

        reserved.Reserve("b", 2);
        foreach (var aggregates in new[] { reserved, plain })
        {
            aggregates.AddWord("b", "talks", 2);
            aggregates.AddWord("a", "moscow", 1);
        }

        reserved.Reserve("b", 10);
        reserved.Reserve("c", 1);
        foreach (var aggregates in new[] { reserved, plain })
        {
            aggregates.AddWord("b", "talks", 3);
            aggregates.AddWord("b", "ankara", 1);
        }

        Assert.Equal(plain.Words, reserved.Words);
        Assert.Equal([("a", "moscow", 1), ("b", "ankara", 1), ("b", "talks", 5)], reserved.Words);
    }

    [Property(MaxTest = 200)]
    public bool Given_any_words_in_any_groups_When_listed_Then_groups_and_words_are_in_ordinal_order_with_their_summed_counts((string Group, string Word, byte Count)[] added)
    {
        var aggregates = new MergeableAggregates();
        var kept = added.Where(a => a.Group is not null && a.Word is not null).ToArray();
        foreach (var (group, word, count) in kept)
        {
            aggregates.AddWord(group, word, count);
        }

        var expected = kept
            .GroupBy(a => (a.Group, a.Word))
            .Select(g => (g.Key.Group, g.Key.Word, Count: g.Sum(a => (int)a.Count)))
            .OrderBy(a => a.Group, StringComparer.Ordinal)
            .ThenBy(a => a.Word, StringComparer.Ordinal);
        return expected.SequenceEqual(aggregates.Words);
    }
}
