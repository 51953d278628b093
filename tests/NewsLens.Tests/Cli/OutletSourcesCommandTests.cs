using static NewsLens.Tests.Cli.CliRun;

namespace NewsLens.Tests.Cli;

/// <summary>Where outlets come from, end to end through the CLI: a URL column, subfolders, a folder of shards.</summary>
public sealed class OutletSourcesCommandTests
{
    [Fact]
    public void Given_a_csv_with_urls_and_no_id_column_When_listed_with_outlet_from_url_Then_outlets_are_domains_and_the_id_fallback_is_noted()
    {
        using var folder = new TempFolder();
        var path = folder.Write("news.csv", "category,url,text\nworld,https://www.bbc.co.uk/news/1,Talks began in Geneva.\nworld,https://edition.cnn.com/x,Talks ended in Geneva.\n");

        var (code, output, error) = Run("corpus", path, "--outlet-from", "url", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Contains(",bbc.co.uk,", output, StringComparison.Ordinal);
        Assert.Contains(",cnn.com,", output, StringComparison.Ordinal);
        Assert.Contains("no 'id' column (columns: category, url, text): ids are file:line", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_misspelt_url_column_When_listed_Then_a_warning_names_the_columns()
    {
        using var folder = new TempFolder();
        var path = folder.Write("news.csv", "id,link,text\na,https://www.bbc.co.uk/1,Talks began.\n");

        var (code, _, error) = Run("corpus", path, "--outlet-from", "url", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Contains("no 'url' column for --outlet-from (columns: id, link, text)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_folder_of_outlet_subfolders_and_jsonl_shards_When_listed_Then_it_is_one_corpus_with_outlets_from_folders()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "herald"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "shards"));
        folder.Write("herald/one.txt", "The harbour reopened.");
        folder.Write("shards/part-0.jsonl", "{\"id\":\"s1\",\"outlet\":\"wire\",\"text\":\"Rail strike ends.\"}\n");
        folder.Write("shards/part-1.jsonl", "{\"id\":\"s2\",\"text\":\"Budget passes.\"}\n");

        var (code, output, error) = Run("corpus", folder.Path, "--format", "csv");

        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(3, rows.Length);
        Assert.Contains(rows, r => r.StartsWith("one,herald,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("s1,wire,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("s2,shards,", StringComparison.Ordinal));
        Assert.StartsWith("Summary: 3 articles read; none skipped.", error.Trim(), StringComparison.Ordinal);
    }
}
