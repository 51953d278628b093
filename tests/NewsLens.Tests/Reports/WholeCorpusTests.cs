using NewsLens.Reports;
using NewsLens.Tests.Cli;

namespace NewsLens.Tests.Reports;

/// <summary>The whole-corpus tables of `newslens analyze` as the report reads and links them.</summary>
public sealed class WholeCorpusTests
{
    [Fact]
    public void Given_an_analyze_folder_When_read_Then_its_groups_actors_and_key_words_add_up_to_the_articles_table()
    {
        using var folder = new TempFolder();
        var corpus = GeneratedNewsCorpus.Write(Path.Combine(folder.Path, "corpus"), articles: 300, articlesPerPart: 100, outlets: 4);
        var analysis = Path.Combine(folder.Path, "analysis");
        var run = CliRun.Run("analyze", corpus, "--out", analysis, "--top", "5", "--quiet");
        Assert.True(run.Code == 0, run.Error);

        var whole = WholeCorpus.Read(analysis);

        Assert.Equal("outlet", whole.By);
        Assert.Equal(300, whole.Articles);
        Assert.Equal(["Outlet A", "Outlet B", "Outlet C", "Outlet D"], whole.Groups.Select(g => g.Group).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllLines(Path.Combine(analysis, "articles.csv")).Length - 1, whole.Tables.Single(t => t.Name == "articles").Rows);
        Assert.Equal(4 * 5, whole.TopWords(5).Rows.Length);
        Assert.Equal(4 * 2, whole.TopWords(2).Rows.Length);
        Assert.All(whole.TopActors(3).Rows, r => Assert.InRange((int)r[1]!, 1, 3));
        Assert.Contains("300 articles", whole.Summary(), StringComparison.Ordinal);
        Assert.Equal(whole.Groups.Length, whole.SentimentTable().Rows.Length);
        Assert.Equal(whole.Groups.OrderByDescending(g => g.Articles).ThenBy(g => g.Group, StringComparer.Ordinal).Select(g => (object?)g.Group), whole.GroupsTable().Rows.Select(r => r[0]));
    }

    [Fact]
    public void Given_a_folder_without_a_manifest_When_read_Then_the_error_names_the_folder_and_what_to_pass()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<FileNotFoundException>(() => WholeCorpus.Read(folder.Path));

        Assert.Contains(folder.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("newslens analyze", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_table_files_When_linked_Then_each_link_is_relative_escaped_and_percent_encoded()
    {
        var links = new TableLinks("../my analysis", [new AnalysisTableFile("sentences", "per-article", 1234567, "sentences.csv", "sentences.parquet"), new AnalysisTableFile("x<y", "aggregate", 2, "a&b.csv", "a&b.parquet")]);

        var html = links.ToHtml();

        Assert.Contains("<a href=\"../my%20analysis/sentences.csv\">sentences.csv</a>", html, StringComparison.Ordinal);
        Assert.Contains("(per-article, 1,234,567 rows)", html, StringComparison.Ordinal);
        Assert.Contains("<strong>x&lt;y</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../my%20analysis/a%26b.csv\">a&amp;b.csv</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<y", html, StringComparison.Ordinal);
        Assert.Equal("analysis/t.csv", new TableLinks("analysis/", []).Href("t.csv"));
    }
}
