namespace NewsLens.Tests.Mentions;

public sealed class EvaluateMentionsTests
{
    [Fact]
    public void Given_the_seed_gold_When_newslens_evaluate_mentions_runs_Then_the_figures_are_printed()
    {
        var gold = Path.Combine(TestCorpora.RepositoryRoot, "tests", "NewsLens.Tests", "Data", "MentionsGold", "seeds-gold.tsv");

        var (code, output, _) = NewsLens.Tests.Cli.CliRun.Run("evaluate", "mentions", TestCorpora.Seeds, "--gold", gold);

        Assert.Equal(0, code);
        Assert.Contains("precision 1.000, recall 1.000", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_seed_gold_When_evaluate_mentions_runs_Then_it_prints_precision_and_recall()
    {
        var gold = Path.Combine(TestCorpora.RepositoryRoot, "tests", "NewsLens.Tests", "Data", "MentionsGold", "seeds-gold.tsv");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new System.CommandLine.RootCommand { NewsLens.Cli.Commands.EvaluateMentions.Create(output, error) };

        var code = root.Parse(["mentions", TestCorpora.Seeds, "--gold", gold]).Invoke();

        Assert.Equal(0, code);
        Assert.StartsWith("gold 216, counted 216, true 216: precision 1.000, recall 1.000", output.ToString(), StringComparison.Ordinal);
    }
}
