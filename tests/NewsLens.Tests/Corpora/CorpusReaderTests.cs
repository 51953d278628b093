using System.Text;
using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

public sealed class CorpusReaderTests
{
    [Fact]
    public void Given_the_seeds_When_read_Then_five_articles_load_with_manifest_metadata()
    {
        var corpus = CorpusReader.Read(TestCorpora.Seeds);

        Assert.Equal(5, corpus.Count);
        Assert.Empty(corpus.Skipped);
        Assert.Empty(corpus.Warnings);
        var sabah = corpus.Articles.Single(a => a.Id == "003_fdfdaaa6477da48d");
        Assert.Equal("Daily Sabah", sabah.Outlet);
        Assert.Equal("explicit", sabah[DocumentVariables.OutletAttribution]);
        Assert.Equal("2023-05-10", sabah.Date);
        Assert.Equal("inferred", sabah[DocumentVariables.DateConfidence]);
        Assert.Equal("2023-03", corpus.Articles.Single(a => a.Id == "004_ea0b75399adf5935").Date);
    }

    [Fact]
    public void Given_a_folder_without_manifest_When_read_Then_outlet_and_date_are_unknown_not_guessed()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "Daily Sabah\n\nTalks were held in Moscow on Wednesday.");

        var article = Assert.Single(CorpusReader.Read(folder.Path).Articles);

        Assert.Equal("story", article.Id);
        Assert.Equal(DocumentVariables.Unknown, article.Outlet);
        Assert.Equal(DocumentVariables.Unknown, article.Date);
        Assert.Equal("story.txt", article[DocumentVariables.File]);
    }

    [Fact]
    public void Given_a_folder_When_read_Then_the_folder_is_never_written()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "One story.");
        folder.Write("b.md", "Another story.");
        var before = Snapshot(folder.Path);

        CorpusReader.Read(folder.Path);

        Assert.Equal(before, Snapshot(folder.Path));
    }

    [Fact]
    public void Given_bad_files_among_good_ones_When_read_Then_each_bad_one_is_skipped_with_its_reason_and_the_others_load()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", "A good article about the talks.");
        folder.Write("empty.txt", "");
        folder.Write("blank.txt", "   \n  ");
        folder.Write("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10, 0x00]);
        folder.Write("huge.txt", new string('x', 2048));

        var corpus = CorpusReader.Read(folder.Path, new CorpusReaderOptions { MaxFileBytes = 1024 });

        Assert.Equal(["good"], corpus.Articles.Select(a => a.Id));
        var reasons = corpus.Skipped.ToDictionary(s => Path.GetFileName(s.Source), s => s.Reason.Split(':')[0]);
        Assert.Equal("empty", reasons["empty.txt"]);
        Assert.Equal("empty", reasons["blank.txt"]);
        Assert.Equal("binary", reasons["binary.txt"]);
        Assert.Equal("too large", reasons["huge.txt"]);
        Assert.Equal("1 article loaded, 4 skipped (1 binary, 2 empty, 1 too large).", corpus.Summary());
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Given_an_encoding_with_or_without_bom_When_read_Then_the_text_decodes_exactly(string encoding)
    {
        const string text = "Türkiye’s Çavuşoğlu met al-Miqdad — “talks”.";
        byte[] bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        };
        using var folder = new TempFolder();
        folder.Write("a.txt", bytes);

        var corpus = CorpusReader.Read(folder.Path);

        Assert.Equal(text, Assert.Single(corpus.Articles).Text);
        Assert.Empty(corpus.Warnings);
    }

    [Fact]
    public void Given_invalid_utf8_When_read_Then_it_falls_back_to_windows_1252_with_a_warning_naming_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("latin.txt", [.. "Caf"u8.ToArray(), 0xE9, .. " talks "u8.ToArray(), 0x93, .. "quoted"u8.ToArray(), 0x94]);

        var corpus = CorpusReader.Read(folder.Path);

        Assert.Equal("Café talks “quoted”", Assert.Single(corpus.Articles).Text);
        var warning = Assert.Single(corpus.Warnings);
        Assert.Equal(path, warning.Source);
        Assert.Contains("Windows-1252", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_missing_path_When_read_Then_a_clear_error_names_it()
    {
        var error = Assert.Throws<CorpusException>(() => CorpusReader.Read("/no/such/corpus"));

        Assert.Contains("/no/such/corpus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_manifest_listing_a_missing_file_When_read_Then_that_row_is_skipped_with_its_line()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Story A.");
        var manifest = folder.Write("manifest.csv", "id,file,outlet\na,a.txt,Outlet A\nb,b.txt,Outlet B\n");

        var corpus = CorpusReader.Read(folder.Path);

        Assert.Equal("Outlet A", Assert.Single(corpus.Articles).Outlet);
        var skipped = Assert.Single(corpus.Skipped);
        Assert.Equal($"{manifest}:3", skipped.Source);
        Assert.StartsWith("missing", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_manifest_row_without_a_file_When_read_Then_the_error_names_file_and_line()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("manifest.csv", "id,file,outlet\na,,Outlet A\n");

        var error = Assert.Throws<CorpusException>(() => CorpusReader.Read(folder.Path));

        Assert.StartsWith($"{manifest}:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unlisted_file_beside_a_manifest_When_read_Then_it_loads_with_a_warning()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Story A.");
        folder.Write("extra.txt", "Extra story.");
        folder.Write("manifest.csv", "id,file,outlet\na,a.txt,Outlet A\n");

        var corpus = CorpusReader.Read(folder.Path);

        Assert.Equal(["a", "extra"], corpus.Articles.Select(a => a.Id));
        Assert.Contains("not listed", Assert.Single(corpus.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_json_lines_with_a_bad_line_When_read_Then_the_bad_line_is_skipped_with_its_number_and_variables_ride_along()
    {
        using var folder = new TempFolder();
        var path = folder.Write("articles.jsonl",
            "{\"id\":\"x1\",\"text\":\"Ankara and Damascus met.\",\"outlet\":\"Daily Sabah\",\"date\":\"2023-05-10\"}\n" +
            "{not json}\n" +
            "\n" +
            "{\"id\":\"x2\",\"outlet\":\"Arab News\"}\n" +
            "{\"body\":\"Moscow hosted talks.\",\"source\":\"Al-Watan\",\"year\":2023}\n");

        var corpus = CorpusReader.Read(path, new CorpusReaderOptions { TextColumn = "body" });

        var article = Assert.Single(corpus.Articles);
        Assert.Equal("Al-Watan", article["source"]);
        Assert.Equal("2023", article["year"]);
        Assert.Equal("articles:5", article.Id);
        Assert.Equal([$"{path}:1", $"{path}:2", $"{path}:4"], corpus.Skipped.Select(s => s.Source));
        Assert.StartsWith("invalid JSON", corpus.Skipped[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_csv_with_configurable_columns_When_read_Then_rows_load_and_a_malformed_row_is_reported_with_its_line()
    {
        using var folder = new TempFolder();
        var path = folder.Write("articles.csv",
            "doc,content,outlet\n" +
            "c1,\"Talks, at last, in Moscow.\",Arab News\n" +
            "c2,too,many,fields\n" +
            "c3,\"A quoted\nmulti-line text.\",Daily Sabah\n");

        var corpus = CorpusReader.Read(path, new CorpusReaderOptions { IdColumn = "doc", TextColumn = "content" });

        Assert.Equal(["c1", "c3"], corpus.Articles.Select(a => a.Id));
        Assert.Equal("Talks, at last, in Moscow.", corpus.Articles[0].Text);
        Assert.Equal("Daily Sabah", corpus.Articles[1].Outlet);
        var skipped = Assert.Single(corpus.Skipped);
        Assert.Equal($"{path}:3", skipped.Source);
        Assert.StartsWith("malformed row", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_csv_without_the_text_column_When_read_Then_the_error_names_the_column_and_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("articles.csv", "id,body\n1,hello\n");

        var error = Assert.Throws<CorpusException>(() => CorpusReader.Read(path));

        Assert.Contains($"{path}:1", error.Message, StringComparison.Ordinal);
        Assert.Contains("'text'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_duplicate_ids_When_read_Then_the_second_is_skipped_not_merged()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.jsonl", "{\"id\":\"same\",\"text\":\"one\"}\n{\"id\":\"same\",\"text\":\"two\"}\n");

        var corpus = CorpusReader.Read(path);

        Assert.Equal("one", Assert.Single(corpus.Articles).Text);
        Assert.StartsWith("duplicate id", Assert.Single(corpus.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_decomposed_text_When_read_Then_article_text_is_nfc()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Mevlu\u0308t C\u0327avus\u0327og\u0306lu");

        Assert.Equal("Mevlüt Çavuşoğlu", Assert.Single(CorpusReader.Read(folder.Path).Articles).Text);
    }

    private static string Snapshot(string folder) =>
        string.Join("\n", Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{f}|{(File.Exists(f) ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))) + File.GetLastWriteTimeUtc(f).Ticks : "dir")}"));
}
