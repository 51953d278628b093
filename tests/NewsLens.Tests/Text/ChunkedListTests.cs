using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class ChunkedListTests
{
    [Fact]
    public void Given_an_empty_list_When_read_Then_it_has_no_items()
    {
        var list = new ChunkedList<long>();

        Assert.Equal(0, list.Count);
        Assert.Empty(list.ToArray());
    }

    [Fact]
    public void Given_more_items_than_one_chunk_holds_When_read_Then_every_item_comes_back_in_order()
    {
        var list = new ChunkedList<long>();
        const int items = 25_001; // 10,000 longs to a chunk: two full chunks and one started

        for (var i = 0; i < items; i++)
        {
            list.Add(i * 3L);
        }

        Assert.Equal(items, list.Count);
        Assert.Equal(Enumerable.Range(0, items).Select(i => i * 3L), list.ToArray());
    }

    [Property(MaxTest = 50)]
    public Property Given_any_items_When_added_Then_the_array_is_exactly_them_in_order(int[] items, PositiveInt extra)
    {
        // Repeat the items past a chunk boundary (80,000 bytes: 20,000 ints) often enough to cross one.
        var all = Enumerable.Repeat(items, items.Length == 0 ? 0 : 1 + (20_000 / items.Length) * (extra.Get % 3)).SelectMany(x => x).ToArray();
        var list = new ChunkedList<int>();
        foreach (var item in all)
        {
            list.Add(item);
        }

        return (list.Count == all.Length && list.ToArray().SequenceEqual(all)).ToProperty();
    }
}
