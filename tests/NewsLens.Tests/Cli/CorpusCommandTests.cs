using System.Text.Json;
using static NewsLens.Tests.Cli.CliRun;
using NewsLens.Tests.Golden;

namespace NewsLens.Tests.Cli;

public sealed class CorpusCommandTests
{
    [Fact]
    public void Given_the_seeds_When_listed_as_csv_Then_the_output_matches_the_golden_file()
    {
        var (exit, output, error) = Run("corpus", TestCorpora.Seeds, "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        GoldenFile.AssertMatches("corpus-seeds.csv", output);
    }

    [Fact]
    public void Given_the_seeds_When_listed_as_a_table_Then_articles_and_the_summary_are_shown()
    {
        var (exit, output, _) = Run("corpus", TestCorpora.Seeds);

        Assert.Equal(0, exit);
        Assert.Contains("Daily Sabah", output, StringComparison.Ordinal);
        Assert.Contains("removed_chars", output, StringComparison.Ordinal);
        Assert.Contains("5 articles loaded, none skipped.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_seeds_When_listed_as_json_Then_numbers_are_numbers()
    {
        var (exit, output, _) = Run("corpus", TestCorpora.Seeds, "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(5, json.RootElement.GetArrayLength());
        Assert.Equal(JsonValueKind.Number, json.RootElement[0].GetProperty("words").ValueKind);
    }

    [Fact]
    public void Given_a_missing_path_When_listed_Then_exit_code_is_1_with_a_one_line_reason()
    {
        var (exit, output, error) = Run("corpus", "/no/such/folder");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal("newslens: /no/such/folder: no such file or folder.", error.Trim());
    }

    [Fact]
    public void Given_a_folder_where_nothing_loads_When_listed_Then_exit_code_is_1_and_the_reasons_are_named()
    {
        using var folder = new TempFolder();
        folder.Write("empty.txt", "");

        var (exit, _, error) = Run("corpus", folder.Path);

        Assert.Equal(1, exit);
        Assert.Contains("empty.txt: empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_one_bad_file_among_good_ones_When_listed_Then_exit_code_is_0_and_the_skip_is_reported()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", "Talks resumed in Moscow.");
        folder.Write("bad.txt", [0x00, 0x01, 0x02]);

        var (exit, output, _) = Run("corpus", folder.Path);

        Assert.Equal(0, exit);
        Assert.Contains("binary", output, StringComparison.Ordinal);
        Assert.Contains("1 article loaded, 1 skipped (1 binary).", output, StringComparison.Ordinal);
    }
}
