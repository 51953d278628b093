using System.Text.Json;
using NewsLens.Cli;
using static NewsLens.Tests.Cli.CliRun;

namespace NewsLens.Tests.Mentions;

public sealed class MentionsCommandTests
{
    [Fact]
    public void Given_the_seeds_When_mentions_are_printed_as_csv_by_outlet_Then_every_outlet_and_actor_has_a_row()
    {
        var (code, output, error) = Run("mentions", RepositoryPaths.Seeds, "--format", "csv");

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("outlet,actor,kind,direct,indirect,linked,mentions,per_1000_words,direct_per_1000,documents,group_documents,group_words", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Daily Sabah,turkey,country,", StringComparison.Ordinal));
        Assert.Equal(0, (lines.Length - 1) % 5);
    }

    [Fact]
    public void Given_by_article_and_json_When_printed_Then_groups_are_article_ids()
    {
        var (code, output, _) = Run("mentions", RepositoryPaths.Seeds, "--by", "article", "--format", "json", "--direct-only");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("article").GetString() == "002_eb0de0a4b13104a6" && r.GetProperty("actor").GetString() == "mekdad" && r.GetProperty("mentions").GetInt32() == 3);
        Assert.All(rows, r => Assert.Equal(0, r.GetProperty("linked").GetInt32()));
    }

    [Fact]
    public void Given_the_default_table_When_printed_Then_counts_and_co_mentions_and_a_summary_are_shown()
    {
        var (code, output, _) = Run("mentions", RepositoryPaths.Seeds, "--by", "corpus");

        Assert.Equal(0, code);
        Assert.Contains("Actors named in the same sentence", output);
        Assert.Contains("mentions (", output);
        Assert.Contains("actors.json", output);
    }

    [Fact]
    public void Given_context_view_for_one_actor_When_printed_Then_lines_show_the_match()
    {
        var (code, output, _) = Run("mentions", RepositoryPaths.Seeds, "--show", "context", "--actor", "mekdad", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Contains("Al-Miqdad", output);
        Assert.Equal(9, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header + 7 names + 1 title-only ("the Syrian regime's foreign minister")
    }

    [Fact]
    public void Given_a_bad_actor_file_When_run_Then_exit_code_1_and_one_line_naming_file_and_line()
    {
        var path = MentionTestData.DataPath("bad-kind.json");

        var (code, output, error) = Run("mentions", RepositoryPaths.Seeds, "--actors", path);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal($"newslens: {path}, line 7: unknown kind the string \"ngo\" for actor \"red_crescent\" (expected country, person, organisation or place)", error.TrimEnd());
    }

    [Fact]
    public void Given_an_unknown_actor_key_When_run_Then_the_error_lists_the_keys()
    {
        var (code, _, error) = Run("mentions", RepositoryPaths.Seeds, "--show", "matches", "--actor", "erdogann");

        Assert.Equal(1, code);
        Assert.Contains("defines no actor \"erdogann\"", error);
    }

    [Fact]
    public void Given_co_mentions_view_When_printed_as_csv_Then_pairs_come_with_sentence_counts()
    {
        var (code, output, error) = Run("mentions", RepositoryPaths.Seeds, "--show", "co-mentions", "--by", "corpus", "--direct-only", "--format", "csv");

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("corpus,actor_a,actor_b,sentences", lines[0]);
        Assert.StartsWith("all,syria,turkey,", lines[1]);
    }

    [Fact]
    public void Given_an_unknown_grouping_variable_When_run_Then_the_error_lists_the_variables()
    {
        var (code, _, error) = Run("mentions", RepositoryPaths.Seeds, "--by", "outlett");

        Assert.Equal(1, code);
        Assert.Contains("no article has the variable \"outlett\"", error);
        Assert.Contains("outlet", error);
    }

    [Fact]
    public void Given_another_manifest_variable_When_grouped_by_it_Then_its_values_are_the_groups()
    {
        var (code, output, error) = Run("mentions", RepositoryPaths.Seeds, "--by", "date_precision", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.StartsWith("date_precision,actor,", output);
        Assert.Contains("\nmonth,syria,", output);
    }

    [Fact]
    public void Given_matches_view_When_printed_Then_sentences_are_numbered_from_1_like_sentiment()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Turkey spoke. Syria listened.");

        var mentions = Run("mentions", folder.Path, "--show", "matches", "--format", "csv");
        var sentiment = Run("sentiment", folder.Path, "--show", "sentences", "--format", "csv");

        Assert.True(mentions.Code == 0, mentions.Error);
        var header = mentions.Output.Split('\n')[0].Split(',');
        var sentence = Array.IndexOf(header, "sentence");
        var rows = mentions.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal([("turkey", "1"), ("syria", "2")], rows.Select(r => (r[Array.IndexOf(header, "actor")], r[sentence])));
        Assert.Contains("\na,unknown,1,", sentiment.Output, StringComparison.Ordinal);
        Assert.Contains("\na,unknown,2,", sentiment.Output, StringComparison.Ordinal);
    }
}
