using System.Text.Json;
using static NewsLens.Tests.Cli.CliRun;

namespace NewsLens.Tests.Comparison;

public sealed class CompareCommandTests
{
    [Theory]
    [InlineData("none")]
    [InlineData("yates")]
    [InlineData("williams")]
    public void Given_the_seeds_When_compare_prints_g2_keyness_as_json_Then_rows_carry_raw_counts_the_measure_and_the_chosen_correction(string correction)
    {
        var (code, output, _) = Run("compare", "--top", "3", "--correction", correction, "--format", "json");
        Assert.Equal(0, code);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(15, rows.Count); // 5 outlets × top 3
        Assert.All(rows, r => Assert.Equal(correction, r.GetProperty("correction").GetString()));
        Assert.All(rows, r => Assert.Equal("g2", r.GetProperty("measure").GetString()));
        Assert.All(rows, r => Assert.True(r.GetProperty("score").GetDouble() > 0));
        var turkiye = rows.Single(r => r.GetProperty("feature").GetString() == "türkiye");
        Assert.Equal(("Daily Sabah", 7, 0), (turkiye.GetProperty("group").GetString(), turkiye.GetProperty("target_count").GetInt32(), turkiye.GetProperty("reference_count").GetInt32()));
    }

    [Fact]
    public void Given_logodds_When_compare_prints_a_table_Then_the_title_names_the_measure_and_prior_and_a_note_warns_about_single_articles()
    {
        var (code, output, error) = Run("compare", "--measure", "logodds", "--prior", "200", "--top", "2");
        Assert.Equal(0, code);
        var text = string.Join(' ', output.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("log-odds z, informative Dirichlet prior α0 = 200", text, StringComparison.Ordinal);
        Assert.Contains("single article", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("similarity", "cosine_tfidf")]
    [InlineData("framing", "framing_group")]
    [InlineData("quotes", "speaker")]
    public void Given_another_view_When_compare_prints_csv_Then_its_header_is_there(string show, string column)
    {
        var (code, output, _) = Run("compare", "--show", show, "--format", "csv");
        Assert.Equal(0, code);
        Assert.Contains(column, output.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Given_documents_as_groups_When_compare_runs_by_document_Then_each_article_id_is_a_group()
    {
        var (code, output, _) = Run("compare", "--by", "document", "--top", "1", "--format", "csv");
        Assert.Equal(0, code);
        Assert.Contains("003_fdfdaaa6477da48d,türkiye", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unknown_variable_When_compare_runs_Then_it_fails_with_one_line_listing_the_known_variables()
    {
        var (code, _, error) = Run("compare", "--by", "nope");
        Assert.Equal(1, code);
        Assert.Contains("no article has the variable \"nope\"", error, StringComparison.Ordinal);
        Assert.Contains("outlet", error, StringComparison.Ordinal);
    }
}
