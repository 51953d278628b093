using NewsLens.Tests.Golden;
using static NewsLens.Tests.Cli.CliRun;

namespace NewsLens.Tests.Cli;

/// <summary>
/// The CSV of mentions, sentiment and compare on the seeds, compared with committed files: any change to counts,
/// scores, intervals or column order shows up as a diff. Regenerate with NEWSLENS_UPDATE_GOLDEN=1 and review it.
/// </summary>
public class AnalysisGoldenTests
{
    [Theory]
    [InlineData("mentions-seeds.csv", "mentions")]
    [InlineData("mentions-co-mentions-seeds.csv", "mentions", "--show", "co-mentions")]
    [InlineData("sentiment-seeds.csv", "sentiment")]
    [InlineData("sentiment-stance-seeds.csv", "sentiment", "--show", "stance")]
    [InlineData("compare-seeds.csv", "compare")]
    [InlineData("compare-quotes-seeds.csv", "compare", "--show", "quotes")]
    public void Given_the_seeds_When_an_analysis_prints_csv_Then_it_matches_the_golden_file(string golden, params string[] command)
    {
        var (code, output, error) = Run([.. command, TestCorpora.Seeds, "--format", "csv"]);

        Assert.True(code == 0, error);
        GoldenFile.AssertMatches(golden, output);
    }
}
