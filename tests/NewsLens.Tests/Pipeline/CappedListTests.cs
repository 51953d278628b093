using FsCheck.Xunit;
using NewsLens.Pipeline;

namespace NewsLens.Tests.Pipeline;

public sealed class CappedListTests
{
    [Fact]
    public void Given_more_items_than_the_limit_When_added_Then_the_first_ones_are_kept_and_all_are_counted()
    {
        var list = new CappedList<string>(2);

        list.AddRange(["a", "b", "c", "d"]);

        Assert.Equal(new[] { "a", "b" }, list.Items.ToArray());
        Assert.Equal(4, list.Total);
        Assert.Equal(2, list.Omitted);
    }

    [Fact]
    public void Given_a_limit_of_zero_When_items_are_added_Then_none_is_kept_and_all_are_counted()
    {
        var list = new CappedList<int>(0);

        list.Add(1);

        Assert.Empty(list.Items);
        Assert.Equal(1, list.Omitted);
    }

    [Fact]
    public void Given_a_negative_limit_When_created_Then_it_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CappedList<int>(-1));
    }

    [Property(MaxTest = 300)]
    public bool Given_any_items_and_limit_When_added_Then_the_kept_items_are_the_prefix_and_nothing_is_lost_from_the_count(int[] items, byte limit)
    {
        items ??= [];
        var list = new CappedList<int>(limit);

        list.AddRange(items);

        return list.Items.SequenceEqual(items.Take(limit)) && list.Total == items.Length && list.Omitted == Math.Max(0, items.Length - limit);
    }
}
