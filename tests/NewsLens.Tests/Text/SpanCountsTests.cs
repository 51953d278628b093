using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class SpanCountsTests
{
    [Property(MaxTest = 300)]
    public bool Given_random_keys_When_counted_Then_counts_equal_a_dictionary(NonEmptyString[] keys, PositiveInt repeat)
    {
        var table = new SpanCounts(capacity: 1);
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < 1 + (repeat.Get % 3); r++)
        {
            foreach (var key in keys)
            {
                table.Add(key.Get);
                expected[key.Get] = expected.GetValueOrDefault(key.Get) + 1;
            }
        }

        return table.Count == expected.Count
            && expected.All(p => table[p.Key] == p.Value)
            && table.Entries().OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(expected.OrderBy(p => p.Key, StringComparer.Ordinal))
            && table["\u0000never added\u0000"] == 0;
    }

    [Fact]
    public void Given_many_distinct_keys_When_the_table_grows_Then_no_count_is_lost()
    {
        var table = new SpanCounts(capacity: 1);
        for (var i = 0; i < 50_000; i++)
        {
            table.Add($"w{i}");
            table.Add($"w{i % 100}");
        }

        Assert.Equal(50_000, table.Count);
        Assert.Equal(501, table["w7"]);
        Assert.Equal(1, table["w49999"]);
    }

    [Fact]
    public void Given_two_tables_When_merged_Then_counts_add_up()
    {
        var first = new SpanCounts();
        var second = new SpanCounts();
        first.Add("moscow", 2);
        second.Add("moscow", 3);
        second.Add("ankara");
        first.Merge(second);
        Assert.Equal(5, first["moscow"]);
        Assert.Equal(1, first["ankara"]);
        Assert.Equal(2, first.Count);
    }

    [Fact]
    public void Given_keys_that_fill_arena_pages_When_counted_Then_every_key_reads_back()
    {
        var table = new SpanCounts();
        var huge = new string('x', (1 << 20) + 5);
        var keys = Enumerable.Range(0, 200_000).Select(i => $"key-{i:D8}").Append(huge).Append("after").ToList();
        foreach (var key in keys)
        {
            table.Add(key);
        }

        Assert.Equal(keys.Count, table.Count);
        Assert.All(keys, key => Assert.Equal(1, table[key]));
        Assert.Contains(table.Entries(), e => e.Key == huge);
    }

    [Fact]
    public void Given_an_empty_key_When_added_Then_it_throws()
    {
        Assert.Throws<ArgumentException>(() => new SpanCounts().Add(""));
    }
}
