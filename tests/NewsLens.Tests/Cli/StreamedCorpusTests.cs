namespace NewsLens.Tests.Cli;

/// <summary>The streamed commands (corpus, mentions, sentiment, compare): progress goes to stderr only, and --quiet is accepted.</summary>
public sealed class StreamedCorpusTests
{
    [Theory]
    [InlineData("corpus")]
    [InlineData("mentions")]
    [InlineData("sentiment")]
    [InlineData("compare")]
    public void Given_a_streamed_command_When_run_with_and_without_quiet_Then_standard_output_is_the_same(string command)
    {
        var loud = CliRun.Run(command, TestCorpora.Seeds, "--format", "csv");
        var quiet = CliRun.Run(command, TestCorpora.Seeds, "--format", "csv", "--quiet");

        Assert.True(loud.Code == 0 && quiet.Code == 0, loud.Error + quiet.Error);
        Assert.Equal(loud.Output, quiet.Output);
        Assert.DoesNotContain("articles/s", quiet.Error, StringComparison.Ordinal);
    }
}
