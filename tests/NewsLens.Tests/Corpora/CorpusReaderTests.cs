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
        folder.Write("latin.txt", [.. "Caf"u8.ToArray(), 0xE9, .. " talks "u8.ToArray(), 0x93, .. "quoted"u8.ToArray(), 0x94]);

        var corpus = CorpusReader.Read(folder.Path);

        Assert.Equal("Café talks “quoted”", Assert.Single(corpus.Articles).Text);
        var warning = Assert.Single(corpus.Warnings);
        Assert.Equal("latin.txt", warning.Source);
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
        folder.Write("manifest.csv", "id,file,outlet\na,a.txt,Outlet A\nb,b.txt,Outlet B\n");

        var corpus = CorpusReader.Read(folder.Path);

        Assert.Equal("Outlet A", Assert.Single(corpus.Articles).Outlet);
        var skipped = Assert.Single(corpus.Skipped);
        Assert.Equal("manifest.csv:3", skipped.Source);
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
        var warning = Assert.Single(corpus.Warnings);
        Assert.Equal("extra.txt", warning.Source);
        Assert.Contains("not listed", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_unlisted_empty_and_binary_files_beside_a_manifest_When_read_Then_each_is_reported_once_as_a_skip()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Story A.");
        folder.Write("empty.txt", "");
        folder.Write("binary.txt", [0x00, 0x01, 0x02, 0x03]);
        folder.Write("manifest.csv", "id,file,outlet\na,a.txt,Outlet A\n");

        var corpus = CorpusReader.Read(folder.Path);

        Assert.Empty(corpus.Warnings);
        Assert.Equal(["binary.txt", "empty.txt"], corpus.Skipped.Select(s => s.Source));
    }

    [Fact]
    public void Given_a_folder_anywhere_When_read_Then_sources_are_relative_to_the_folder()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Story A.");
        folder.Write("b.txt", "");
        folder.Write("manifest.csv", "id,file,outlet\na,a.txt,Outlet A\nc,c.txt,Outlet C\n");

        var corpus = CorpusReader.Read(folder.Path);

        Assert.Equal("a.txt", Assert.Single(corpus.Articles).Source);
        Assert.Equal(["manifest.csv:3", "b.txt"], corpus.Skipped.Select(s => s.Source));
        Assert.DoesNotContain(corpus.Skipped, s => s.Source.Contains(folder.Path, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2023-02-30", true)]
    [InlineData("2023-13", true)]
    [InlineData("23-03-01", true)]
    [InlineData("10 May 2023", true)]
    [InlineData("2023-02-28", false)]
    [InlineData("2024-02-29", false)]
    [InlineData("2023-03", false)]
    [InlineData("2023", false)]
    public void Given_a_manifest_date_When_read_Then_an_impossible_one_is_warned_about_with_file_and_line_and_kept(string date, bool warned)
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Story A.");
        folder.Write("b.txt", "Story B.");
        folder.Write("manifest.csv", $"id,file,date\na,a.txt,2023-05-10\nb,b.txt,{date}\n");

        var corpus = CorpusReader.Read(folder.Path);

        Assert.Equal(2, corpus.Count);
        Assert.Equal(date, corpus.Articles.Single(a => a.Id == "b").Date);
        if (warned)
        {
            var warning = Assert.Single(corpus.Warnings);
            Assert.Equal("manifest.csv:3", warning.Source);
            Assert.Contains($"'{date}' is not a valid date", warning.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(corpus.Warnings);
        }
    }

    [Fact]
    public void Given_a_jsonl_date_that_cannot_exist_When_read_Then_the_line_is_warned_about()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.jsonl", "{\"id\":\"a\",\"text\":\"Story.\",\"date\":\"2023-02-30\"}\n");

        var corpus = CorpusReader.Read(path);

        Assert.Equal(1, corpus.Count);
        Assert.Equal("a.jsonl:1", Assert.Single(corpus.Warnings).Source);
    }

    [Fact]
    public void Given_jsonl_with_byte_E9_When_read_Then_it_is_read_as_windows_1252_with_a_warning_not_replaced()
    {
        using var folder = new TempFolder();
        var path = folder.Write("latin.jsonl", [.. "{\"id\":\"a\",\"text\":\"Caf"u8.ToArray(), 0xE9, .. " talks\"}\n"u8.ToArray()]);

        var corpus = CorpusReader.Read(path);

        Assert.Equal("Café talks", Assert.Single(corpus.Articles).Text);
        var warning = Assert.Single(corpus.Warnings);
        Assert.Equal("latin.jsonl", warning.Source);
        Assert.Contains("Windows-1252", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_csv_with_byte_E9_When_read_Then_it_is_read_as_windows_1252_with_a_warning_not_replaced()
    {
        using var folder = new TempFolder();
        var path = folder.Write("latin.csv", [.. "id,text\na,Caf"u8.ToArray(), 0xE9, .. " talks\n"u8.ToArray()]);

        var corpus = CorpusReader.Read(path);

        Assert.Equal("Café talks", Assert.Single(corpus.Articles).Text);
        Assert.Equal("latin.csv", Assert.Single(corpus.Warnings).Source);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    public void Given_a_jsonl_file_with_a_bom_When_read_Then_it_decodes_exactly(string encoding)
    {
        const string line = "{\"id\":\"a\",\"text\":\"Çavuşoğlu met al-Miqdad — “talks”.\"}\n";
        byte[] bytes = encoding == "utf-8-bom"
            ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(line)]
            : [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(line)];
        using var folder = new TempFolder();
        var path = folder.Write("a.jsonl", bytes);

        var corpus = CorpusReader.Read(path);

        Assert.Equal("Çavuşoğlu met al-Miqdad — “talks”.", Assert.Single(corpus.Articles).Text);
        Assert.Empty(corpus.Warnings);
    }

    [Fact]
    public void Given_csv_with_an_unclosed_quote_When_read_Then_only_that_line_is_skipped_with_the_lines_it_spanned_and_later_rows_load()
    {
        using var folder = new TempFolder();
        var path = folder.Write("articles.csv", "id,text,outlet\n1,\"ok one\",A\n2,\"unterminated, B\n3,three,C\n4,four,D");

        var corpus = CorpusReader.Read(path);

        Assert.Equal(["1", "3", "4"], corpus.Articles.Select(a => a.Id));
        Assert.Equal("C", corpus.Articles[1].Outlet);
        var skipped = Assert.Single(corpus.Skipped);
        Assert.Equal("articles.csv:3", skipped.Source);
        Assert.Contains("never closed", skipped.Reason, StringComparison.Ordinal);
        Assert.Contains("lines 3–5 (3 lines)", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_csv_where_a_stray_quote_closes_lines_later_When_read_Then_the_rows_in_between_are_recovered()
    {
        using var folder = new TempFolder();
        var path = folder.Write("articles.csv", "id,text\n1,\"open\n2,two\n3,\"closes\" late\n4,four\n");

        var corpus = CorpusReader.Read(path);

        Assert.Equal(["2", "4"], corpus.Articles.Select(a => a.Id));
        Assert.Equal(["articles.csv:2", "articles.csv:4"], corpus.Skipped.Select(s => s.Source));
    }

    [Fact]
    public void Given_csv_with_a_legitimate_multi_line_quoted_field_When_read_Then_it_stays_one_row()
    {
        using var folder = new TempFolder();
        var path = folder.Write("articles.csv", "id,text\n1,\"line one\nline two\"\n2,two\n");

        var corpus = CorpusReader.Read(path);

        Assert.Equal("line one\nline two", corpus.Articles[0].Text);
        Assert.Equal(["1", "2"], corpus.Articles.Select(a => a.Id));
        Assert.Equal(4, int.Parse(corpus.Articles[1].Source.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(corpus.Skipped);
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
        Assert.Equal(["articles.jsonl:1", "articles.jsonl:2", "articles.jsonl:4"], corpus.Skipped.Select(s => s.Source));
        Assert.StartsWith("invalid JSON at column 2: ", corpus.Skipped[1].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", corpus.Skipped[1].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePosition", corpus.Skipped[1].Reason, StringComparison.Ordinal);
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
        Assert.Equal("articles.csv:3", skipped.Source);
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
        Assert.Contains("--text-column", error.Message, StringComparison.Ordinal);
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
