using NewsLens.Corpora;
using NewsLens.Stories;
using NewsLens.Text;

namespace NewsLens.Tests.Stories;

public sealed class StoryTests
{
    private static string OtherStoryCorpus => Path.Combine(AppContext.BaseDirectory, "Data", "OtherStory", "articles.csv");

    [Fact]
    public void Given_no_file_When_the_default_story_is_asked_for_Then_it_and_its_dictionaries_come_from_the_toolkit()
    {
        var story = Story.Default;

        Assert.True(story.IsBuiltIn);
        Assert.Equal(Story.BuiltInSource, story.Source);
        Assert.Null(story.ActorsPath);
        Assert.NotEmpty(story.Process.Relations);
        Assert.True(story.LoadActors().Count > 0);
        Assert.NotEmpty(story.LoadFraming().Groups);
        Assert.NotEmpty(story.LoadStanceLexicon().Targets);
    }

    [Fact]
    public void Given_a_corpus_with_a_story_next_to_it_When_resolved_without_a_story_path_Then_that_story_is_used()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Some text.");
        folder.Write("story.json", """{"name": "Harbour", "process": {"relations": ["pay deal"]}}""");

        var story = Story.Resolve(CorpusReader.Read(folder.Path).Tokenize(), folder.Path, "");

        Assert.Equal("Harbour", story.Name);
        Assert.False(story.IsBuiltIn);
        Assert.False(story.IsDrafted);
    }

    [Fact]
    public void Given_a_story_path_When_resolved_Then_it_wins_over_the_story_next_to_the_corpus()
    {
        using var folder = new TempFolder();
        folder.Write("story.json", """{"name": "Beside", "process": {"relations": ["x"]}}""");
        var other = folder.Write("other.json", """{"name": "Given", "process": {"relations": ["y"]}}""");

        Assert.Equal("Given", Story.Resolve(TestCorpora.Corpus(), folder.Path, other).Name);
    }

    [Fact]
    public void Given_a_corpus_without_a_story_When_resolved_Then_a_story_is_drafted_from_the_corpus_itself()
    {
        using var folder = new TempFolder();
        var corpusPath = Path.Combine(folder.Path, "articles.csv");
        File.Copy(OtherStoryCorpus, corpusPath);
        var corpus = CorpusReader.Read(corpusPath).Tokenize();

        var story = Story.Resolve(corpus, corpusPath, null);

        Assert.True(story.IsDrafted);
        Assert.False(story.IsBuiltIn);
        Assert.Equal(Story.DraftedSource, story.Source);
        Assert.Null(Story.Find(corpusPath, null));
        Assert.Equal("articles", story.Name);
        var draft = StoryDraft.Propose(corpus, Story.CorpusName(corpusPath));
        Assert.Equal(draft.Terms.Select(t => t.Term), story.Process.Relations);
        Assert.True(story.HasProcess);
        var actors = story.LoadActors();
        Assert.Equal(draft.Actors.Select(a => a.Key), actors.Actors.Select(a => a.Key));
        Assert.True(actors.Contains("dock_workers_union"));
        Assert.Empty(story.LoadFraming().Groups);
    }

    [Fact]
    public void Given_a_drafted_story_When_its_words_are_read_Then_none_is_a_word_of_the_seed_story()
    {
        var corpus = CorpusReader.Read(OtherStoryCorpus).Tokenize();

        var story = Story.Resolve(corpus, Path.GetDirectoryName(OtherStoryCorpus) + "-missing", null);

        var words = string.Join(" ", story.Process.Relations.Concat(story.Process.Participants).Append(story.Name)
            .Concat(story.LoadActors().Actors.SelectMany(a => a.Aliases.Select(x => x.Text).Append(a.Name))));
        foreach (var seed in new[] { "Turkey", "Türkiye", "Syria", "normalis", "Moscow", "Assad", "Daily Sabah" })
        {
            Assert.DoesNotContain(seed, words, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("all lower case text about nothing in particular.|more words, no names at all here.")]
    [InlineData("A quick note. It rains.")]
    public void Given_a_corpus_with_no_names_or_terms_When_a_story_is_drafted_Then_it_is_empty_but_valid(string articles)
    {
        var texts = articles.Split('|', StringSplitOptions.RemoveEmptyEntries);
        var corpus = TestCorpora.Corpus([.. texts.Select((t, i) => ($"a{i}", "outlet", t))]);

        var story = Story.Resolve(corpus, null, null);

        Assert.True(story.IsDrafted);
        Assert.False(story.HasProcess);
        Assert.Empty(story.Process.Relations);
        Assert.Equal(0, story.LoadActors().Count);
        Assert.Empty(story.LoadFraming().Groups);
        Assert.Empty(new NewsLens.Sentiment.SentimentAnalyzer(process: story.Process, actors: story.LoadActors()).Analyze(corpus).StanceSentences);
    }

    [Fact]
    public void Given_a_story_naming_no_dictionaries_When_they_are_loaded_Then_they_are_empty()
    {
        using var folder = new TempFolder();
        var file = folder.Write("story.json", """{"process": {"relations": ["pay deal"]}, "labels": {"outlet": "paper"}}""");

        var story = Story.Load(file);

        Assert.Equal(0, story.LoadActors().Count);
        Assert.Empty(story.LoadFraming().Groups);
        Assert.Equal("paper", story.Label("outlet"));
        Assert.Equal("article", story.Label("article"));
    }
    [Fact]
    public void Given_a_drafted_story_When_written_and_loaded_Then_it_is_the_same_story_still_marked_as_drafted()
    {
        using var folder = new TempFolder();
        var drafted = Story.Draft(CorpusReader.Read(OtherStoryCorpus).Tokenize(), "articles");

        var loaded = Story.Load(drafted.WriteDrafted(Path.Combine(folder.Path, "work")));

        Assert.True(loaded.IsDrafted);
        Assert.Equal(drafted.Name, loaded.Name);
        Assert.Equal(drafted.Process.Name, loaded.Process.Name);
        Assert.Equal(drafted.Process.Label, loaded.Process.Label);
        Assert.Equal(drafted.Process.Participants.ToArray(), loaded.Process.Participants.ToArray());
        Assert.Equal(drafted.Process.Relations.ToArray(), loaded.Process.Relations.ToArray());
        static IEnumerable<string> Described(Story story) => story.LoadActors().Actors.Select(a => $"{a.Key} {a.Name} {a.Kind} {string.Join("|", a.Aliases.Select(x => x.Text))} {a.State}");
        Assert.NotEmpty(Described(drafted));
        Assert.Equal(Described(drafted), Described(loaded));
        Assert.Equal(drafted.Labels, loaded.Labels);
    }

    [Fact]
    public void Given_a_drafted_story_without_a_process_When_written_and_loaded_Then_it_still_has_no_process()
    {
        using var folder = new TempFolder();
        var corpus = Corpus.FromArticles([TestCorpora.Article("rain fell on the hills today.", "a"), TestCorpora.Article("wind blew across the plain.", "b")]).Tokenize();
        var drafted = Story.Draft(corpus, "plain");

        var loaded = Story.Load(drafted.WriteDrafted(folder.Path));

        Assert.False(drafted.HasProcess);
        Assert.False(loaded.HasProcess);
        Assert.Equal(drafted.Process.Name, loaded.Process.Name);
    }

    [Fact]
    public void Given_a_story_read_from_a_file_When_written_as_drafted_Then_it_is_refused()
    {
        using var folder = new TempFolder();

        Assert.Throws<InvalidOperationException>(() => Story.Default.WriteDrafted(folder.Path));
        Assert.Throws<FormatException>(() => Story.Parse("""{"process": {"relations": []}}""", "s.json", folder.Path));
    }
}
