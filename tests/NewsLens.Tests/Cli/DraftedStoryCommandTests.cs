using NewsLens.Stories;
using NewsLens.Text;

namespace NewsLens.Tests.Cli;

/// <summary>The analysis commands on a corpus with no story.json: a story proposed from the corpus, never the seeds'.</summary>
public sealed class DraftedStoryCommandTests : IDisposable
{

    private readonly TempFolder _folder = new();

    private string Corpus { get; }

    public DraftedStoryCommandTests()
    {
        Corpus = Path.Combine(_folder.Path, "articles.csv");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "OtherStory", "articles.csv"), Corpus);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Given_a_corpus_without_a_story_When_mentions_run_Then_the_proposed_actors_are_counted_and_no_seed_word_appears()
    {
        var (code, output, error) = CliRun.Run("mentions", Corpus);

        Assert.True(code == 0, error);
        Assert.Contains("dock_workers_union", output, StringComparison.Ordinal);
        Assert.Contains(Story.DraftedNote, error, StringComparison.Ordinal);
        AssertNoSeedWord(output + error);
    }

    [Fact]
    public void Given_a_corpus_without_a_story_When_sentiment_runs_Then_stance_is_toward_the_proposed_process_and_no_seed_word_appears()
    {
        var (code, output, error) = CliRun.Run("sentiment", Corpus, "--show", "stance", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains("pay deal", output, StringComparison.Ordinal);
        Assert.Contains(Story.DraftedNote, error, StringComparison.Ordinal);
        AssertNoSeedWord(output + error);
    }

    [Fact]
    public void Given_a_corpus_with_no_process_word_When_sentiment_runs_Then_it_says_no_process_is_defined_and_scores_no_stance()
    {
        using var plain = new TempFolder();
        plain.Write("a.txt", "rain fell on the hills today.");
        plain.Write("b.txt", "wind blew across the plain.");

        var (code, output, error) = CliRun.Run("sentiment", plain.Path);

        Assert.True(code == 0, error);
        Assert.Contains(Story.NoProcessNote, error, StringComparison.Ordinal);
        Assert.Contains("0 about the target", output, StringComparison.Ordinal);
        AssertNoSeedWord(output + error);
    }

    [Fact]
    public void Given_a_corpus_without_a_story_When_framing_is_compared_Then_no_seed_framing_group_is_listed()
    {
        var (code, output, error) = CliRun.Run("compare", Corpus, "--show", "framing", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Equal(["group,framing_group,term,count,group_total,share,per_1000_words"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(Story.DraftedNote, error, StringComparison.Ordinal);
        AssertNoSeedWord(output + error);
    }

    [Fact]
    public void Given_a_corpus_without_a_story_When_analyze_streams_it_Then_the_actors_of_a_story_drafted_from_its_first_parts_are_counted_and_the_story_is_recorded()
    {
        var folder = Path.Combine(_folder.Path, "analysis");

        var (code, _, error) = CliRun.Run("analyze", Corpus, "--out", folder, "--quiet");

        Assert.True(code == 0, error);
        Assert.Contains(Story.DraftedNote, error, StringComparison.Ordinal);
        Assert.Contains("dock_workers_union", File.ReadAllText(Path.Combine(folder, "group_actors.csv")), StringComparison.Ordinal);
        var recorded = NewsLens.Pipeline.CorpusAnalysis.RecordedStory(folder);
        Assert.Equal(Path.Combine(folder, "story.json"), recorded);
        var story = Story.Load(recorded!);
        Assert.True(story.IsDrafted);
        Assert.Equal(Story.Draft(NewsLens.Corpora.CorpusReader.Read(Corpus).Tokenize(), "articles").LoadActors().Actors.Select(a => a.Key), story.LoadActors().Actors.Select(a => a.Key));
        AssertNoSeedWord(string.Concat(Directory.GetFiles(folder, "*.csv").Select(File.ReadAllText)) + error);
    }

    [Fact]
    public void Given_a_corpus_with_a_story_file_When_analyzed_Then_the_manifest_records_the_file_and_no_story_is_drafted()
    {
        var storyFile = Path.Combine(_folder.Path, "story.json");
        File.WriteAllText(Path.Combine(_folder.Path, "actors.json"), """{"actors": [{"key": "harbour", "name": "Harbour", "kind": "place", "aliases": ["harbour"]}]}""");
        File.WriteAllText(storyFile, """{"name": "Port", "process": {"relations": ["pay deal"]}, "actors": "actors.json"}""");
        var folder = Path.Combine(_folder.Path, "analysis");

        var (code, _, error) = CliRun.Run("analyze", Corpus, "--out", folder, "--quiet");

        Assert.True(code == 0, error);
        Assert.DoesNotContain(Story.DraftedNote, error, StringComparison.Ordinal);
        Assert.Equal(storyFile, NewsLens.Pipeline.CorpusAnalysis.RecordedStory(folder));
        Assert.False(File.Exists(Path.Combine(folder, "story.json")));
    }

    private static void AssertNoSeedWord(string text)
    {
        var found = SeedStoryWords.FoundIn(text);
        Assert.True(found.Count == 0, $"the output mentions the seed story: {string.Join(", ", found)}\n{text}");
    }
}
