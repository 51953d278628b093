using NewsLens.Corpora;
using static NewsLens.Tests.Cli.CliRun;

namespace NewsLens.Tests.Corpora;

/// <summary>
/// tests/NewsLens.Tests/Data/HostileCorpus: a repeated sidebar across one outlet's articles (a subfolder), mojibake, a
/// stray NUL, exact and near duplicates, a one-line article ending in a comment form, an &lt;svg onload&gt; element, a
/// file without an extension, a resources folder, a README and a binary file. Nothing is lost and every repair is told.
/// </summary>
public sealed class HostileCorpusTests
{
    private static string Folder => Path.Combine(TestCorpora.RepositoryRoot, "tests", "NewsLens.Tests", "Data", "HostileCorpus");

    private static Corpus Read(bool dedupe = false) => CorpusReader.Read(Folder, CorpusReaderOptions.Default with { Dedupe = dedupe });

    [Fact]
    public void Given_the_hostile_corpus_When_read_Then_every_article_is_kept_and_what_is_not_an_article_is_listed_with_a_reason()
    {
        var corpus = Read();

        Assert.Equal(14, corpus.Count);
        Assert.Empty(corpus.Skipped);
        Assert.Equal(
            [("README.md", "documentation"), ("chart.png", "not an article format"), ("resources/", "resources folder")],
            corpus.Ignored.Select(i => (i.Source, i.Reason.Split([':', '('], 2)[0].Trim())));
    }

    [Fact]
    public void Given_a_subfolder_When_read_Then_its_name_is_the_outlet_and_a_file_without_extension_is_an_article()
    {
        var corpus = Read();

        var gazette = corpus.Articles.Where(a => a.Outlet == "gazette").ToList();
        Assert.Equal(7, gazette.Count);
        Assert.Contains(gazette, a => a.Id == "wire-copy");
    }

    [Fact]
    public void Given_a_sidebar_repeated_across_an_outlet_When_read_Then_it_is_removed_from_each_article_with_an_audit()
    {
        var corpus = Read();

        Assert.All(corpus.Articles.Where(a => a.Outlet == "gazette"), a =>
        {
            Assert.DoesNotContain("bond sale", a.Text, StringComparison.Ordinal);
            Assert.Contains(a.Cleaning.Removals, r => r.Kind == BoilerplateKind.Repeated);
            Assert.Contains("Freedonia", a.Text, StringComparison.Ordinal); // the article itself stays
        });
        Assert.Contains(corpus.Warnings, w => w.Message.StartsWith("repeated passages removed", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_mojibake_a_stray_nul_markup_and_a_comment_footer_in_one_line_When_read_Then_each_is_repaired_and_reported()
    {
        var corpus = Read();
        Article Get(string id) => corpus.Articles.Single(a => a.Id == id);

        Assert.StartsWith("Ruritania’s envoy met the café owners", Get("mojibake").Text, StringComparison.Ordinal);
        Assert.Contains(corpus.Warnings, w => w.Source == "mojibake.txt" && w.Message.StartsWith("mojibake repaired: 4 characters", StringComparison.Ordinal));
        Assert.Equal("Plain text with a stray NUL byte in it. The Freedonia talks went on.", Get("stray-nul").Text);
        Assert.Contains(corpus.Warnings, w => w.Source == "stray-nul.txt" && w.Message.Contains("1 stray NUL byte removed", StringComparison.Ordinal));
        Assert.Equal("The Freedonia parliament voted.  The vote passed.", Get("markup").Text);
        var oneLine = Get("one-line").Text;
        Assert.Contains("Sentence 8 of the one-line article", oneLine, StringComparison.Ordinal);
        Assert.DoesNotContain("email address", oneLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_duplicates_When_read_Then_they_are_reported_and_dedupe_drops_them()
    {
        var kept = Read();
        var deduped = Read(dedupe: true);

        Assert.Contains(kept.Warnings, w => w.Source == "duplicate-b.txt" && w.Message.StartsWith("duplicate: same text as 'duplicate-a'", StringComparison.Ordinal));
        Assert.Contains(kept.Warnings, w => w.Source == "duplicate-c.txt" && w.Message.StartsWith("near-duplicate", StringComparison.Ordinal));
        Assert.Equal(kept.Count - 2, deduped.Count);
        Assert.Equal(["duplicate-b.txt", "duplicate-c.txt"], deduped.Skipped.Select(s => s.Source));
    }

    [Theory]
    [InlineData("corpus")]
    [InlineData("mentions")]
    [InlineData("sentiment")]
    [InlineData("compare")]
    public void Given_the_hostile_corpus_When_any_command_runs_Then_it_ends_with_a_summary_of_what_was_skipped_cleaned_and_repaired(string command)
    {
        var (code, _, error) = Run(command, Folder, "--format", "csv");

        Assert.Equal(0, code);
        var summary = error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.StartsWith("Summary: 14 articles read; none skipped; 3 not read as not articles", summary, StringComparison.Ordinal);
        Assert.Contains("repeated passage", summary, StringComparison.Ordinal);
        Assert.Contains("repaired 2 (1 mojibake, 1 stray NUL)", summary, StringComparison.Ordinal);
        Assert.Contains("2 duplicates kept", summary, StringComparison.Ordinal);
    }
}
