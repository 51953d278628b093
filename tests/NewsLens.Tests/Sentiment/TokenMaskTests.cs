using FsCheck.Xunit;
using NewsLens.Sentiment;

namespace NewsLens.Tests.Sentiment;

public sealed class TokenMaskTests
{
    [Fact]
    public void Given_overlapping_ranges_When_asked_for_reasons_Then_each_token_keeps_the_first_reason_and_others_have_none()
    {
        var builder = new TokenMask.Builder();
        builder.Add(3, 2, "name A");
        builder.Add(4, 3, "name B");

        var mask = builder.Build();

        Assert.Equal([null, "name A", "name A", "name B", "name B", null], new[] { 2, 3, 4, 5, 6, 7 }.Select(mask.ReasonFor));
        Assert.Equal(4, mask.Count);
        Assert.Null(mask.ReasonFor(-1));
        Assert.Null(mask.ReasonFor(10_000));
        Assert.True(TokenMask.Empty.IsEmpty);
    }

    [Fact]
    public void Given_a_name_range_When_a_reason_is_asked_Then_it_quotes_the_name_from_its_text()
    {
        var builder = new TokenMask.Builder();
        builder.AddName(2, 3, "Officials of the Free Democratic Party met.", 17, 21);
        builder.Add(4, 2, "past event (2011): not a stance toward the process now");

        var mask = builder.Build();

        Assert.Equal("part of the name 'Free Democratic Party'", mask.ReasonFor(3));
        Assert.Equal("past event (2011): not a stance toward the process now", mask.ReasonFor(5));
        Assert.True(mask.Contains(2) && mask.Contains(5) && !mask.Contains(1) && !mask.Contains(6));
    }

    [Property(MaxTest = 300)]
    public bool Given_any_ranges_When_masked_built_on_and_joined_Then_reasons_and_counts_equal_a_first_reason_table(byte[] starts, byte[] lengths, byte extraStart, byte extraLength)
    {
        var ranges = (starts ?? []).Zip(lengths ?? [], (s, l) => (First: (int)s * 3, Count: l % 70)).ToList();
        var expected = new Dictionary<int, string>();
        var builder = new TokenMask.Builder();
        for (var i = 0; i < ranges.Count; i++)
        {
            builder.Add(ranges[i].First, ranges[i].Count, $"r{i}");
            for (var t = ranges[i].First; t < ranges[i].First + ranges[i].Count; t++)
            {
                expected.TryAdd(t, $"r{i}");
            }
        }

        var mask = builder.Build();
        var extended = mask.With(extraStart, extraLength % 40, "extra");
        var joined = TokenMask.Empty.With(extraStart, extraLength % 40, "other").Union(mask);
        var withExtra = new Dictionary<int, string>(expected);
        var joinedExpected = new Dictionary<int, string>();
        for (var t = (int)extraStart; t < extraStart + (extraLength % 40); t++)
        {
            withExtra.TryAdd(t, "extra");
            joinedExpected.TryAdd(t, "other");
        }

        foreach (var (token, reason) in expected)
        {
            joinedExpected.TryAdd(token, reason);
        }

        bool Same(TokenMask actual, Dictionary<int, string> table) =>
            actual.Count == table.Count && Enumerable.Range(-1, 1000).All(t => actual.ReasonFor(t) == table.GetValueOrDefault(t));

        return Same(mask, expected) && Same(extended, withExtra) && Same(joined, joinedExpected);
    }
}
