using FsCheck.Xunit;
using NewsLens.Pipeline;

namespace NewsLens.Tests.Pipeline;

public sealed class ShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData("4/4", 4, 4)]
    public void Given_K_slash_N_When_parsed_Then_number_and_count_are_read(string text, int number, int count) =>
        Assert.Equal(new Shard(number, count), Shard.Parse(text));

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("-1/2")]
    public void Given_a_malformed_shard_When_parsed_Then_a_format_error_names_it(string text) =>
        Assert.Contains(text, Assert.Throws<FormatException>(() => Shard.Parse(text)).Message);

    [Property]
    public bool Given_any_position_When_shards_are_asked_Then_exactly_one_of_N_keeps_it(byte part, ushort row, byte count)
    {
        var n = 1 + (count % 8);
        var position = new ArticlePosition(part, row);
        return Enumerable.Range(1, n).Count(k => new Shard(k, n).Keeps(position)) == 1;
    }
}
