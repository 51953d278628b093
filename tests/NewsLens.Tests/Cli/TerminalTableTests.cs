using NewsLens.Cli;
using NewsLens.Cli.Commands;
using NewsLens.Tables;
using NewsLens.Tests.Golden;

namespace NewsLens.Tests.Cli;

/// <summary>
/// The analyses' default tables as a terminal shows them at 80, 120 and 200 columns, pinned as golden files, plus the
/// layout rules: no line wider than the terminal, no header cut, numbers whole and with one number of decimals.
/// </summary>
public class TerminalTableTests
{
    public static TheoryData<string, int, string[]> Commands()
    {
        var data = new TheoryData<string, int, string[]>();
        foreach (var width in new[] { 80, 120, 200 })
        {
            data.Add("mentions", width, ["mentions"]);
            data.Add("sentiment", width, ["sentiment"]);
            data.Add("sentiment-stance", width, ["sentiment", "--show", "stance"]);
            data.Add("compare", width, ["compare"]);
            data.Add("corpus", width, ["corpus"]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Given_the_seeds_When_a_command_prints_to_a_terminal_Then_it_matches_the_golden_file_and_fits(string name, int width, string[] command)
    {
        using var terminal = new TerminalWriter(width);
        using var error = new StringWriter();
        var code = NewsLensCli.Run([.. command, TestCorpora.Seeds], terminal, error);

        Assert.True(code == 0, error.ToString());
        var text = terminal.ToString().Replace(TestCorpora.RepositoryRoot, "<repository>", StringComparison.Ordinal);
        GoldenFile.AssertMatches($"Terminal/{name}-{width}.txt", text);
    }

    [Fact]
    public void Given_a_column_mixing_whole_and_fractional_numbers_When_laid_out_Then_every_value_has_the_same_decimals()
    {
        var table = ResultTable.From(new[] { ("a", 26.0), ("b", 27.569) }, ("outlet", r => r.Item1), ("rate", r => r.Item2));

        var lines = TerminalTable.Render(table, 80).Split('\n');

        Assert.Equal("a       26.000", lines[2]);
        Assert.Equal("b       27.569", lines[3]);
    }

    [Fact]
    public void Given_labels_too_long_for_the_width_When_laid_out_Then_they_end_in_an_ellipsis_and_headers_stay_whole()
    {
        var table = ResultTable.From(
            new[] { ("The Extremely Long Name Of An International News Outlet", "another rather long actor label", 3) },
            ("outlet", r => r.Item1), ("actor", r => r.Item2), ("mentions", r => r.Item3));

        var lines = TerminalTable.Render(table, 36).Split('\n');

        Assert.StartsWith("outlet", lines[0], StringComparison.Ordinal);
        Assert.Contains("mentions", lines[0], StringComparison.Ordinal);
        Assert.Contains("…", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(" 3", lines[2], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(l.Length <= 36, l));
    }

    [Fact]
    public void Given_free_text_When_laid_out_Then_it_wraps_at_word_boundaries_and_keeps_every_word()
    {
        var sentence = "Foreign ministers met in Moscow on Wednesday to discuss the normalisation of relations between the two states.";
        var table = ResultTable.From(new[] { ("Daily", sentence) }, ("outlet", r => r.Item1), ("sentence", r => r.Item2));

        var lines = TerminalTable.Render(table, 50).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.True(lines.Length > 3);
        Assert.Equal(sentence, string.Join(' ', lines.Skip(2).Select(l => l[8..].Trim())));
    }

    [Fact]
    public void Given_tables_of_many_shapes_When_laid_out_at_any_width_Then_no_line_is_wider_than_the_terminal()
    {
        var random = new Random(7);
        string Word() => new string('x', random.Next(1, 14));
        for (var trial = 0; trial < 300; trial++)
        {
            var columnCount = random.Next(1, 10);
            var width = random.Next(40, 220);
            var rows = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Enumerable.Range(0, columnCount).Select(c => c % 3 == 0
                ? (object?)(random.NextDouble() * 1000)
                : string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => Word()))).ToArray()).ToArray();
            var table = ResultTable.From(rows, [.. Enumerable.Range(0, columnCount).Select(c => ($"column_{c}_of_{columnCount}", (Func<object?[], object?>)(r => r[c])))]);

            var text = TerminalTable.Render(table, width);

            Assert.All(text.Split('\n'), line => Assert.True(line.Length <= width, $"{line.Length} > {width}: {line}"));
        }
    }

    [Fact]
    public void Given_more_columns_than_fit_When_laid_out_Then_each_row_becomes_a_record()
    {
        var columns = Enumerable.Range(1, 12).Select(i => ($"measure number {i}", (Func<int, object?>)(r => r * i))).ToArray();
        var table = ResultTable.From(new[] { 1, 2 }, columns);

        var text = TerminalTable.Render(table, 80);

        Assert.Contains("── 1 of 2", text, StringComparison.Ordinal);
        Assert.Contains("measure number 12  12", text, StringComparison.Ordinal);
        Assert.Contains("measure number 12  24", text, StringComparison.Ordinal);
    }
}
