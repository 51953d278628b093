using static NewsLens.Tests.Cli.CliRun;

namespace NewsLens.Tests.Sentiment;

public class SentimentCommandTests
{
    [Fact]
    public void Given_SentencesFile_When_Scored_Then_CsvWithOneRowPerLine()
    {
        var file = Path.GetTempFileName();
        File.WriteAllLines(file, ["VADER is smart, handsome, and funny.", "", "The talks failed."]);

        var (code, output, _) = Run("sentiment", "--sentences", file);
        File.Delete(file);

        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("line,compound,positive,negative,neutral", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("1,0.8316,0.7458,0,0.2542", lines[1], StringComparison.Ordinal);
        Assert.Equal("2,0,0,0,0", lines[2]);
        Assert.StartsWith("3,-0.", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Given_ShortMultiSentenceLine_When_ScoredWithNewsOrReferenceRules_Then_ScoredAsOneUnitLikeVader()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, string.Concat(Enumerable.Repeat("The talks were good. ", 6)) + "\n");

        var news = Run("sentiment", "--sentences", file).Output.Split('\n')[1];
        var reference = Run("sentiment", "--sentences", file, "--reference-rules").Output.Split('\n')[1];
        File.Delete(file);

        // A line is one text, scored as one unit by both rule sets (averaging its sentences diluted short texts);
        // News rules cut only texts longer than SentimentScorer.WindowWords words.
        Assert.StartsWith("1,0.9468,", news, StringComparison.Ordinal);
        Assert.StartsWith("1,0.9468,", reference, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_Seeds_When_AggregatedAsCsv_Then_OneRowPerOutletWithIntervals()
    {
        var (code, output, _) = Run("sentiment", "--by", "outlet", "--format", "csv");

        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.StartsWith("outlet,articles,sentences,general,general_low,general_high,stance_sentences,stance,stance_low,stance_high", lines[0], StringComparison.Ordinal);
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public void Given_Seeds_When_Table_Then_SaysGroupsRestOnOneArticle()
    {
        var (code, output, _) = Run("sentiment", "--by", "date");

        Assert.Equal(0, code);
        Assert.Contains("3 of 4 groups rest on a single article", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_StanceView_When_Json_Then_SentencesWithSpeakerAndEvidence()
    {
        var (code, output, _) = Run("sentiment", "--show", "stance", "--format", "json");

        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var lavrov = json.RootElement.EnumerateArray().Single(e => e.GetProperty("speaker").GetString() == "Lavrov");
        Assert.Contains("pave the way +1.8", lavrov.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Equal("positive", lavrov.GetProperty("label").GetString());
    }

    [Fact]
    public void Given_BrokenStanceLexicon_When_Run_Then_OneLineErrorNamingFileAndLine()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "target\ttalks\npolarity\tgood\tplenty\n");

        var (code, _, error) = Run("sentiment", "--stance-lexicon", file);
        File.Delete(file);

        Assert.Equal(1, code);
        Assert.Equal($"newslens: {file}:2: the polarity valence \"plenty\" is not a number", error.Trim());
    }

    [Fact]
    public void Given_MissingSentencesFile_When_Run_Then_Error()
    {
        var (code, _, error) = Run("sentiment", "--sentences", "/nonexistent/lines.txt");

        Assert.Equal(1, code);
        Assert.Contains("file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_outlet_whose_only_article_has_no_words_When_aggregated_Then_its_row_is_kept_with_zero_sentences()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "The talks were good.");
        folder.Write("q.txt", "!!! ???");
        folder.Write("manifest.csv", "file,outlet\na.txt,Alpha News\nq.txt,Quiet Post\n");

        var (code, output, error) = Run("sentiment", folder.Path, "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains("\nQuiet Post,0,0,,,,0,,,,,,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_view_in_any_case_When_shown_Then_it_is_accepted_and_a_wrong_one_lists_the_choices()
    {
        var (code, output, _) = Run("sentiment", "--show", "STANCE", "--format", "csv");
        var (badCode, _, error) = Run("sentiment", "--show", "evidence");

        Assert.Equal(0, code);
        Assert.StartsWith("article,outlet,sentence,file_start,file_end,speaker", output, StringComparison.Ordinal);
        Assert.Equal(1, badCode);
        Assert.Contains("--show: 'evidence' is not one of the choices; choose aggregate, stance or sentences.", error, StringComparison.Ordinal);
    }
}
