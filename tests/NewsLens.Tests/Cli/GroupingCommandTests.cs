using static NewsLens.Tests.Cli.CliRun;

namespace NewsLens.Tests.Cli;

/// <summary>mentions, sentiment and compare resolve --by the same way (through DocumentGrouping).</summary>
public sealed class GroupingCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public GroupingCommandTests()
    {
        // No manifest: the articles have no outlet.
        _folder.Write("one.txt", "Turkey and Syria met in Moscow. The talks were good and hopeful.");
        _folder.Write("two.txt", "Iran welcomed the normalisation. Russia said the meeting was a success.");
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("mentions", "counts", "outlet,actor,")]
    [InlineData("sentiment", "aggregate", "outlet,articles,")]
    [InlineData("compare", "similarity", "left,right,")]
    public void Given_a_corpus_without_a_manifest_When_run_by_the_default_outlet_Then_articles_fall_in_the_unknown_group(string command, string show, string header)
    {
        var (code, output, error) = Run(command, _folder.Path, "--show", show, "--format", "csv");

        Assert.True(code == 0, error);
        Assert.StartsWith(header, output, StringComparison.Ordinal);
        Assert.Contains("\nunknown,", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("keyness", "keyness compares each group with the rest")]
    [InlineData("similarity", "similarity compares groups with each other")]
    public void Given_a_single_group_When_compare_runs_Then_a_one_line_note_says_two_groups_are_needed(string show, string what)
    {
        var (code, _, error) = Run("compare", _folder.Path, "--show", show, "--format", "csv");

        Assert.Equal(0, code);
        var note = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => !l.StartsWith("Summary: ", StringComparison.Ordinal));
        Assert.Equal($"note: {what}, so it needs at least two groups; by outlet there is only \"unknown\" (try --by document).", note);
    }

    [Fact]
    public void Given_two_groups_When_compare_runs_Then_no_single_group_note()
    {
        var (code, _, error) = Run("compare", _folder.Path, "--by", "document", "--format", "csv");

        Assert.Equal(0, code);
        Assert.DoesNotContain("at least two groups", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mentions")]
    [InlineData("sentiment")]
    [InlineData("compare")]
    public void Given_a_variable_no_article_has_When_run_Then_exit_1_with_one_line_naming_it_and_the_variables(string command)
    {
        var (code, output, error) = Run(command, TestCorpora.Seeds, "--by", "nosuchvar");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no article has the variable \"nosuchvar\"", line, StringComparison.Ordinal);
        Assert.Contains("date, date_confidence", line, StringComparison.Ordinal);
        Assert.Contains("outlet", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mentions")]
    [InlineData("sentiment")]
    [InlineData("compare")]
    public void Given_a_corpus_without_a_manifest_When_grouped_by_date_Then_the_error_says_there_are_no_variables(string command)
    {
        var (code, _, error) = Run(command, _folder.Path, "--by", "date");

        Assert.Equal(1, code);
        Assert.Contains("no article has the variable \"date\"", error, StringComparison.Ordinal);
    }
}
