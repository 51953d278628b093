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
}
