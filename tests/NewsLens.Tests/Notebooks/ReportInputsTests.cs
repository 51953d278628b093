using NewsLens.Notebooks;
using NewsLens.Pipeline;
using NewsLens.Stories;
using NewsLens.Text;
using NewsLens.Tests.Cli;

namespace NewsLens.Tests.Notebooks;

/// <summary>What render reads once for every notebook: the sample of a large corpus and, when needed, its story.</summary>
public sealed class ReportInputsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Work => Path.Combine(_folder.Path, "work");

    private string NotebooksFolder => Path.Combine(_folder.Path, "notebooks");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Given_a_corpus_of_at_most_maxArticles_When_prepared_Then_nothing_is_passed_and_the_notebooks_read_it_as_before()
    {
        var inputs = ReportInputs.Prepare(TestCorpora.Seeds, [], null, Work, NotebooksFolder);

        Assert.Empty(inputs.Parameters);
        Assert.Null(inputs.Sample);
        Assert.Equal("", inputs.Note);
        Assert.False(File.Exists(Path.Combine(Work, ReportInputs.SampleFileName)));
    }

    [Fact]
    public void Given_a_large_corpus_without_a_story_When_prepared_Then_the_sample_and_a_story_drafted_from_it_are_written_once_and_passed()
    {
        var corpus = GeneratedNewsCorpus.Write(Path.Combine(_folder.Path, "corpus"), articles: 400, articlesPerPart: 90);

        var inputs = ReportInputs.Prepare(corpus, [new("maxArticles", "60")], null, Work, NotebooksFolder);

        var parameters = inputs.Parameters.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("../work/sample.jsonl", parameters[ReportInputs.SampleParameter]);
        Assert.Equal("../work/story.json", parameters[ReportInputs.StoryParameter]);
        Assert.True(inputs.StoryDrafted);
        var sample = CorpusSample.Open(Path.Combine(Work, "sample.jsonl"), corpus, maxArticles: 60);
        Assert.Equal(60, sample.Corpus.Count);
        Assert.Equal(400, sample.Total);
        Assert.Equal(CorpusSample.Read(corpus, maxArticles: 60).Corpus.Articles.Select(a => a.Id), sample.Corpus.Articles.Select(a => a.Id));
        var story = Story.Load(Path.Combine(Work, "story.json"));
        Assert.True(story.IsDrafted);
        Assert.Equal(
            Story.Draft(sample.Corpus.Tokenize(), "corpus").LoadActors().Actors.Select(a => a.Key),
            story.LoadActors().Actors.Select(a => a.Key));
        Assert.Contains("a sample of 60 of 400 articles", inputs.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_analyze_folder_that_recorded_its_story_When_prepared_Then_that_story_is_passed_and_none_is_drafted()
    {
        var corpus = GeneratedNewsCorpus.Write(Path.Combine(_folder.Path, "corpus"), articles: 300, articlesPerPart: 100);
        var analysis = Path.Combine(_folder.Path, "analysis");
        Assert.Equal(0, CliRun.Run("analyze", corpus, "--out", analysis, "--quiet").Code);

        var inputs = ReportInputs.Prepare(corpus, [new("maxArticles", "50")], analysis, Work, NotebooksFolder);

        Assert.Equal("../analysis/story.json", inputs.Parameters.Single(p => p.Key == ReportInputs.StoryParameter).Value);
        Assert.False(inputs.StoryDrafted);
        Assert.False(File.Exists(Path.Combine(Work, "story.json")));
        Assert.Contains(inputs.Parameters, p => p.Key == ReportInputs.SampleParameter);
    }

    [Fact]
    public void Given_a_story_file_next_to_the_corpus_or_given_When_prepared_Then_no_story_is_passed_or_drafted()
    {
        var corpus = GeneratedNewsCorpus.Write(Path.Combine(_folder.Path, "corpus"), articles: 200, articlesPerPart: 100);
        var given = ReportInputs.Prepare(corpus, [new("maxArticles", "50"), new("storyPath", "/some/story.json")], null, Work, NotebooksFolder);
        File.WriteAllText(Path.Combine(corpus, "story.json"), """{"process": {"relations": ["ferry plan"]}}""");
        var nextTo = ReportInputs.Prepare(corpus, [new("maxArticles", "50")], null, Work, NotebooksFolder);

        Assert.All([given, nextTo], inputs =>
        {
            Assert.Equal([ReportInputs.SampleParameter], inputs.Parameters.Select(p => p.Key));
            Assert.Null(inputs.StoryFile);
        });
        Assert.False(File.Exists(Path.Combine(Work, "story.json")));
    }

    [Fact]
    public void Given_maxArticles_zero_or_a_sample_path_When_prepared_Then_the_corpus_is_not_read()
    {
        var missing = Path.Combine(_folder.Path, "no-such-corpus");

        Assert.Empty(ReportInputs.Prepare(missing, [new("maxArticles", "0")], null, Work, NotebooksFolder).Parameters);
        Assert.Empty(ReportInputs.Prepare(missing, [new("samplePath", "mine.jsonl")], null, Work, NotebooksFolder).Parameters);
    }

    [Fact]
    public void Given_output_folders_When_their_working_folders_are_named_Then_they_lie_under_artifacts_and_differ()
    {
        var artifacts = Path.Combine(_folder.Path, "artifacts");

        Assert.Equal(Path.Combine(artifacts, "render-input", "report"), ReportInputs.WorkFolder(artifacts, Path.Combine(artifacts, "report")));
        Assert.Equal(Path.Combine(artifacts, "render-input", "a-report"), ReportInputs.WorkFolder(artifacts, Path.Combine(artifacts, "a", "report")));
        var outside = ReportInputs.WorkFolder(artifacts, Path.Combine(_folder.Path, "x", "report"));
        Assert.StartsWith(Path.Combine(artifacts, "render-input", "report-"), outside, StringComparison.Ordinal);
        Assert.NotEqual(outside, ReportInputs.WorkFolder(artifacts, Path.Combine(_folder.Path, "y", "report")));
    }
}
