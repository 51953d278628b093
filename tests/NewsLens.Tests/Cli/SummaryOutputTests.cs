using System.Text.Json.Nodes;
using static NewsLens.Tests.Cli.CliRun;

namespace NewsLens.Tests.Cli;

/// <summary>The default summaries: compare shows all four analyses; mentions prints several tables for scripts.</summary>
public class SummaryOutputTests
{
    [Fact]
    public void Given_no_show_option_When_compare_prints_a_table_Then_each_of_the_four_analyses_is_summarised()
    {
        var (code, output, error) = Run("compare", TestCorpora.Seeds);

        Assert.True(code == 0, error);
        Assert.Contains("Keyness by outlet", output, StringComparison.Ordinal);
        Assert.Contains("Most similar pairs by outlet", output, StringComparison.Ordinal);
        Assert.Contains("Framing terms by outlet", output, StringComparison.Ordinal);
        Assert.Contains("Who is quoted or cited, by outlet", output, StringComparison.Ordinal);
        Assert.Contains("--show keyness|similarity|framing|quotes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_show_keyness_When_compare_prints_a_table_Then_only_keyness_is_printed()
    {
        var (code, output, error) = Run("compare", TestCorpora.Seeds, "--show", "keyness");

        Assert.True(code == 0, error);
        Assert.Contains("Keyness by outlet", output, StringComparison.Ordinal);
        Assert.DoesNotContain("similar", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_counts_and_co_mentions_When_mentions_prints_json_Then_one_object_holds_both_tables()
    {
        var (code, output, error) = Run("mentions", TestCorpora.Seeds, "--format", "json", "--show", "counts,co-mentions");

        Assert.True(code == 0, error);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(["counts", "co-mentions"], json.Select(p => p.Key));
        Assert.NotEmpty(json["counts"]!.AsArray());
        Assert.NotNull(json["co-mentions"]![0]!["actor_a"]);
    }

    [Fact]
    public void Given_counts_and_co_mentions_When_mentions_prints_csv_Then_two_blocks_with_their_headers_are_separated_by_a_blank_line()
    {
        var (code, output, error) = Run("mentions", TestCorpora.Seeds, "--format", "csv", "--show", "counts,co-mentions");
        var (_, countsOnly, _) = Run("mentions", TestCorpora.Seeds, "--format", "csv");

        Assert.True(code == 0, error);
        var blocks = output.Split("\n\n");
        Assert.Equal(2, blocks.Length);
        Assert.Equal(countsOnly, blocks[0] + "\n");
        Assert.StartsWith("outlet,actor_a,actor_b,sentences", blocks[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unknown_choice_in_the_list_When_mentions_runs_Then_it_names_the_choices()
    {
        var (code, _, error) = Run("mentions", TestCorpora.Seeds, "--show", "counts,nosuch");

        Assert.NotEqual(0, code);
        Assert.Contains("--show: 'counts,nosuch' is not one of the choices", error, StringComparison.Ordinal);
    }
}
