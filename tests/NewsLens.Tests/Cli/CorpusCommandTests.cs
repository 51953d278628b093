using System.Text.Json;
using NewsLens.Cli.Commands;
using NewsLens.Corpora;
using NewsLens.Tests.Golden;
using NewsLens.Tests.Pipeline;
using NewsLens.Text;
using static NewsLens.Tests.Cli.CliRun;

namespace NewsLens.Tests.Cli;

public sealed class CorpusCommandTests
{
    [Fact]
    public void Given_the_seeds_When_listed_as_csv_Then_the_output_matches_the_golden_file()
    {
        var (exit, output, error) = Run("corpus", TestCorpora.Seeds, "--format", "csv", "--quiet");

        Assert.Equal(0, exit);
        Assert.StartsWith("Summary: ", error, StringComparison.Ordinal); // stderr holds only the one-line summary
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
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

    [Theory]
    [InlineData("CSV")]
    [InlineData("Csv")]
    [InlineData("csv")]
    public void Given_a_format_in_any_case_When_listed_Then_it_is_accepted(string format)
    {
        var (exit, output, _) = Run("corpus", TestCorpora.Seeds, "--format", format);

        Assert.Equal(0, exit);
        Assert.StartsWith("id,outlet,date,words,sentences,removed_chars", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unknown_format_When_listed_Then_the_error_lists_the_choices_without_type_names()
    {
        var (exit, _, error) = Run("corpus", TestCorpora.Seeds, "--format", "xml");

        Assert.Equal(1, exit);
        Assert.Contains("--format: 'xml' is not one of the choices; choose table, csv or json.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("OutputFormat", error, StringComparison.Ordinal);
        Assert.DoesNotContain("NewsLens.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_help_When_shown_Then_format_lists_lowercase_choices_and_the_corpus_options_are_there()
    {
        var (_, output, _) = Run("sentiment", "--help");

        Assert.Contains("--format <table|csv|json>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<Csv|Json|Table>", output, StringComparison.Ordinal);
        Assert.Contains("--id-column", output, StringComparison.Ordinal);
        Assert.Contains("--text-column", output, StringComparison.Ordinal);
        Assert.Contains("--max-file-mb", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_csv_with_other_column_names_When_listed_with_id_and_text_column_options_Then_the_rows_load()
    {
        using var folder = new TempFolder();
        var path = folder.Write("articles.csv", "doc,body,outlet\nd1,Talks resumed in Moscow.,Arab News\nd2,Ankara and Damascus met.,Daily Sabah\n");

        var (exit, output, error) = Run("corpus", path, "--id-column", "doc", "--text-column", "body", "--format", "csv", "--quiet");

        Assert.Equal(0, exit);
        Assert.StartsWith("Summary: ", error, StringComparison.Ordinal); // stderr holds only the one-line summary
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["d1", "d2"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]));
    }

    [Theory]
    [InlineData("mentions")]
    [InlineData("sentiment")]
    [InlineData("compare")]
    public void Given_jsonl_with_other_field_names_When_an_analysis_command_runs_with_the_column_options_Then_it_loads_them(string command)
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.jsonl",
            "{\"doc\":\"d1\",\"body\":\"Turkish Foreign Minister Mevlut Cavusoglu met Syrian Foreign Minister Faisal Mekdad in Moscow.\",\"outlet\":\"Daily Sabah\"}\n" +
            "{\"doc\":\"d2\",\"body\":\"Syria and Turkey held talks on normalisation in Moscow, said Lavrov.\",\"outlet\":\"Arab News\"}\n");

        var without = Run(command, path, "--format", "csv");
        var with = Run(command, path, "--id-column", "doc", "--text-column", "body", "--format", "csv", "--quiet");

        Assert.Equal(1, without.Code);
        Assert.Contains("--text-column", without.Error, StringComparison.Ordinal);
        Assert.Equal(0, with.Code);
        Assert.Contains("Daily Sabah", with.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_csv_without_a_text_column_When_listed_Then_the_error_names_the_option()
    {
        using var folder = new TempFolder();
        var path = folder.Write("articles.csv", "id,body\n1,hello\n");

        var (exit, _, error) = Run("corpus", path);

        Assert.Equal(1, exit);
        Assert.Contains("no 'text' column", error, StringComparison.Ordinal);
        Assert.Contains("--text-column", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_max_file_size_When_listed_Then_larger_files_are_skipped()
    {
        using var folder = new TempFolder();
        folder.Write("small.txt", "Talks resumed in Moscow.");
        folder.Write("big.txt", "Talks. " + new string('x', 2 * 1024 * 1024));

        var (exit, output, _) = Run("corpus", folder.Path, "--max-file-mb", "1", "--show", "skipped", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.StartsWith("source,reason\nbig.txt,\"too large: 2,097,159 bytes is over the 1,048,576-byte limit\"", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_skipped_inputs_When_listed_with_show_skipped_as_json_Then_stdout_is_a_json_array_of_skips_with_relative_sources()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", "Talks resumed in Moscow.");
        folder.Write("bad.txt", [0x00, 0x01, 0x02]);
        folder.Write("empty.txt", "");

        var (exit, output, error) = Run("corpus", folder.Path, "--show", "skipped", "--format", "json", "--quiet");

        Assert.Equal(0, exit);
        Assert.StartsWith("Summary: ", error, StringComparison.Ordinal); // stderr holds only the one-line summary
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["bad.txt", "empty.txt"], json.RootElement.EnumerateArray().Select(e => e.GetProperty("source").GetString()));
        Assert.StartsWith("binary", json.RootElement[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_warnings_When_listed_with_show_warnings_as_csv_Then_they_are_on_stdout()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Story A.");
        folder.Write("manifest.csv", "id,file,date\na,a.txt,2023-02-30\n");

        var (exit, output, _) = Run("corpus", folder.Path, "--show", "warnings", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.StartsWith("source,message\nmanifest.csv:2,\"date '2023-02-30' is not a valid date", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_folder_of_one_article_When_listed_as_a_table_Then_the_summary_says_article_in_the_singular()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "One sentence only.");

        var (_, output, _) = Run("corpus", folder.Path);

        Assert.Contains("1 article loaded, none skipped.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("1 articles", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_output_that_is_not_a_terminal_When_listed_as_a_table_Then_each_article_is_one_plain_line()
    {
        var (_, output, _) = Run("corpus", TestCorpora.Seeds);

        var lines = output.Split('\n');
        Assert.Equal("Articles", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("| 003_fdfdaaa6477da48d | Daily Sabah ", StringComparison.Ordinal) && l.EndsWith("|   308 |        13 |           203 |", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Equal(l.TrimEnd(), l));
    }

    [Fact]
    public void Given_a_folder_of_json_lines_parts_When_listed_as_csv_Then_the_rows_are_each_part_read_in_corpus_order()
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteParts(folder, parts: 4);
        var expected = string.Concat(Directory.EnumerateFiles(corpus).Order(StringComparer.Ordinal).Select((file, i) =>
        {
            using var csv = new StringWriter();
            CorpusCommand.ArticlesTable(CorpusReader.Read(file).Tokenize()).WriteCsv(csv);
            var text = csv.ToString();
            return i == 0 ? text : text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        }));

        var (exit, output, error) = Run("corpus", corpus, "--format", "csv", "--quiet");

        Assert.Equal(0, exit);
        Assert.Equal(expected, output);
        Assert.Equal(1 + (5 + 4 + 3 + 2) * 2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("Summary: 28 articles read;", error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Given_more_skipped_lines_than_are_listed_When_listed_as_a_table_Then_the_first_ones_and_a_count_of_the_rest_are_shown()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.jsonl", "{\"id\":\"a1\",\"text\":\"Talks resumed in Moscow.\"}\n" + string.Concat(Enumerable.Repeat("not json\n", CorpusCommand.ListedProblems + 3)));

        var (exit, output, _) = Run("corpus", path, "--quiet");

        Assert.Equal(0, exit);
        Assert.Equal(CorpusCommand.ListedProblems, output.Split('\n').Count(l => l.StartsWith("| a.jsonl:", StringComparison.Ordinal)));
        Assert.Contains("... and 3 more skipped not listed (the first 1,000 are; --show skipped --format csv lists all).", output, StringComparison.Ordinal);
        Assert.Contains($"1 article loaded, {CorpusCommand.ListedProblems + 3} skipped", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_more_skipped_lines_than_are_listed_When_shown_as_csv_Then_every_one_is_on_stdout_and_only_the_first_ones_on_stderr_otherwise()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.jsonl", "{\"id\":\"a1\",\"text\":\"Talks resumed in Moscow.\"}\n" + string.Concat(Enumerable.Repeat("not json\n", CorpusCommand.ListedProblems + 3)));

        var skipped = Run("corpus", path, "--show", "skipped", "--format", "csv", "--quiet");
        var articles = Run("corpus", path, "--format", "csv", "--quiet");

        Assert.Equal(0, skipped.Code);
        Assert.Equal(CorpusCommand.ListedProblems + 3, skipped.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.Equal(CorpusCommand.ListedProblems, articles.Error.Split('\n').Count(l => l.StartsWith("skipped: a.jsonl:", StringComparison.Ordinal)));
        Assert.Contains("... and 3 more skipped not listed", articles.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_file_where_nothing_loads_When_its_skips_are_shown_Then_they_are_listed_and_the_exit_code_is_1()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.jsonl", "not json\nnor this\n");

        var (exit, output, _) = Run("corpus", path, "--show", "skipped", "--format", "csv", "--quiet");

        Assert.Equal(1, exit);
        Assert.Equal(3, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Given_a_folder_of_json_lines_files_with_a_marker_file_When_its_skips_are_shown_Then_the_unread_file_is_listed_with_its_reason()
    {
        using var folder = new TempFolder();
        folder.Write("a.jsonl", "{\"id\":\"a\",\"text\":\"Talks resumed in Moscow.\"}\nnot json\n");
        folder.Write(".complete", "done");

        var (exit, output, error) = Run("corpus", folder.Path, "--show", "skipped", "--format", "csv", "--quiet");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("a.jsonl:2,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith(".complete,not streamed: ", lines[2], StringComparison.Ordinal);
        Assert.Contains("1 not read as not articles (1 not streamed)", error, StringComparison.Ordinal);
    }
}
