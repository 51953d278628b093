using FsCheck.Xunit;
using NewsLens.Corpora;
using NewsLens.Mentions;
using NewsLens.Stories;
using NewsLens.Text;

namespace NewsLens.Tests.Stories;

public sealed class StoryDraftTests
{
    private static string OtherStoryCorpus => Path.Combine(AppContext.BaseDirectory, "Data", "OtherStory", "articles.csv");

    [Theory]
    [InlineData("Cavusoglu", "Çavuşoğlu")]
    [InlineData("Cavusoglu", "Cavushoglu")]
    [InlineData("Mevlut Cavusoglu", "Cavusoglu")]
    [InlineData("Jürgen Müller", "Juergen Mueller")]
    [InlineData("Marta Kowalczyk", "Marta Kowalcyzk")]
    public void Given_two_spellings_of_one_name_When_compared_Then_they_are_variants(string a, string b) =>
        Assert.True(StoryDraft.AreVariants(a, b));

    [Theory]
    [InlineData("Iran", "Iraq")]
    [InlineData("Anna Smith", "Anna")]
    [InlineData("Berg", "Bern")]
    [InlineData("Valmora", "Valmora Port Authority")]
    public void Given_two_different_names_When_compared_Then_they_are_not_variants(string a, string b) =>
        Assert.False(StoryDraft.AreVariants(a, b));

    [Property]
    public bool Given_any_two_names_When_compared_both_ways_Then_the_answer_is_the_same(string a, string b) =>
        a is null || b is null || StoryDraft.AreVariants(a, b) == StoryDraft.AreVariants(b, a);

    [Fact]
    public void Given_the_other_story_corpus_When_a_story_is_proposed_Then_variants_are_grouped_and_process_terms_found()
    {
        var corpus = CorpusReader.Read(OtherStoryCorpus).Tokenize();

        var draft = StoryDraft.Propose(corpus, "harbour");

        var muller = Assert.Single(draft.Actors, a => a.Variants.Any(v => v.Written == "Jürgen Müller"));
        Assert.Contains(muller.Variants, v => v.Written == "Juergen Mueller");
        Assert.Equal("person", muller.Kind);
        Assert.Contains(draft.Actors, a => a.Name == "Dock Workers Union" && a.Kind == "organisation");
        Assert.Contains("pay deal", draft.Terms.Select(t => t.Term));
        Assert.Contains("wage talks", draft.Terms.Select(t => t.Term));
        Assert.DoesNotContain(draft.Terms, t => t.Term.Contains("said", StringComparison.Ordinal));
        Assert.Equal(1, draft.CaseFoldedArticles);
        Assert.Equal(6, draft.Variables["url"]);
    }

    [Fact]
    public void Given_a_proposed_story_When_written_and_loaded_Then_the_story_and_its_actors_load_and_match_the_corpus()
    {
        using var folder = new TempFolder();
        var corpus = CorpusReader.Read(OtherStoryCorpus).Tokenize();
        var draft = StoryDraft.Propose(corpus, "harbour");
        folder.Write(StoryDraft.ActorsFileName, draft.ActorsJson());
        var file = folder.Write("story.json", draft.StoryJson());

        var story = Story.Load(file);
        var actors = story.LoadActors();
        var mentions = corpus.CountMentions(actors);

        Assert.Equal(draft.Actors.Length, actors.Count);
        Assert.Equal(["pay deal", "wage talks"], story.Process.Relations.Take(2).ToArray());
        Assert.All(story.Process.Participants, key => Assert.True(actors.Contains(key)));
        Assert.Contains(mentions.Mentions, m => m.ActorKey == "jurgen_muller");
    }

    [Fact]
    public void Given_a_corpus_with_no_recurring_name_or_term_When_a_story_is_proposed_Then_it_still_loads()
    {
        using var folder = new TempFolder();
        var corpus = TestCorpora.Corpus(("a", "x", "It rained."));
        var draft = StoryDraft.Propose(corpus, "weather");
        folder.Write(StoryDraft.ActorsFileName, draft.ActorsJson());

        var story = Story.Load(folder.Write("story.json", draft.StoryJson()));

        Assert.Empty(draft.Actors);
        Assert.Equal(["weather"], story.Process.Relations.ToArray());
        Assert.Equal(0, story.LoadActors().Count);
    }
}
