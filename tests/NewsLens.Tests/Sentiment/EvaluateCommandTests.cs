using static NewsLens.Tests.Cli.CliRun;

namespace NewsLens.Tests.Sentiment;

public sealed class EvaluateCommandTests
{
    [Fact]
    public void Given_the_seed_gold_file_When_evaluate_stance_runs_Then_it_prints_coverage_kappa_confusion_and_disagreements()
    {
        var gold = Path.Combine(AppContext.BaseDirectory, "Data", "StanceGold", "seeds_gold.tsv");

        var (code, output, _) = Run("evaluate", "stance", "--gold", gold, TestCorpora.Seeds, "--disagreements", "3");

        Assert.Equal(0, code);
        Assert.Contains("coverage: ", output, StringComparison.Ordinal);
        Assert.Contains("Cohen's kappa", output, StringComparison.Ordinal);
        Assert.Contains("confusion (rows: gold, columns: tool):", output, StringComparison.Ordinal);
        Assert.Contains("Pearson r", output, StringComparison.Ordinal);
        Assert.Contains("| why", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_rated_file_When_evaluate_sentiment_runs_Then_it_prints_r_and_the_worst_disagreements()
    {
        var file = Path.GetTempFileName();
        File.WriteAllLines(file, ["1\t3.0\tWhat a wonderful, lovely day.", "2\t-3.0\tA horrible, awful mess.", "3\t2.0\tNot bad at all, I liked it."]);

        var (code, output, _) = Run("evaluate", "sentiment", "--gold", file, "--disagreements", "1");
        File.Delete(file);

        Assert.Equal(0, code);
        Assert.Contains("texts: 3; rules: news", output, StringComparison.Ordinal);
        Assert.Contains("Pearson r (compound vs rating): ", output, StringComparison.Ordinal);
        Assert.Contains("Largest disagreements", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_missing_or_bad_gold_file_When_evaluated_Then_a_one_line_error_names_it()
    {
        var bad = Path.GetTempFileName();
        File.WriteAllText(bad, "sentence\tlabel\nGood.\tmaybe\n");

        var missing = Run("evaluate", "sentiment", "--gold", "no-such-file.tsv");
        var malformed = Run("evaluate", "stance", "--gold", bad, TestCorpora.Seeds);
        File.Delete(bad);

        Assert.Equal(1, missing.Code);
        Assert.Contains("no-such-file.tsv: gold file not found.", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, malformed.Code);
        Assert.Contains("line 2: the label \"maybe\"", malformed.Error, StringComparison.Ordinal);
    }
}
