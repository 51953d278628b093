using FsCheck.Xunit;
using NewsLens.Mentions;
using NewsLens.Sentiment.Process;
using NewsLens.Stories;
using NewsLens.Tests.Mentions;
using NewsLens.Tests.Sentiment.Legacy;
using NewsLens.Text;

namespace NewsLens.Tests.Sentiment;

/// <summary>
/// The process matcher reads each article's words once and looks patterns up by their first word; these tests hold it
/// to the matcher it replaced (kept in Legacy/ as the oracle): the same rule and words for every sentence.
/// </summary>
public sealed class ProcessMatcherEquivalenceTests
{
    // Participants and another country by name, capital and demonym; relation, event and reference words (wildcards
    // and multi-word patterns with words in between); demonstratives, anaphors, time words and clause breaks.
    private static readonly string[] Words =
    [
        "Turkey", "Turkish", "Ankara", "Syria", "Syrian", "Damascus", "Russia", "Moscow", "Iran", "Saudi", "Arabia", "Riyadh",
        "Cavusoglu", "Mekdad", "normalisation", "normalising", "normalization", "reconciliation", "rapprochement", "restore",
        "their", "full", "diplomatic", "ties", "relations", "reopen", "embassies", "talks", "meeting", "summit", "road", "map",
        "the", "next", "step", "process", "this", "these", "it", "however", "but", "month", "year", "a", "and", "with", "said",
        ",", ";", ":", "—", "(", ")", ".", "\n\n", "It", "This", "However",
    ];

    private static readonly Lazy<Story> SeedStory = new(() => Story.Load(Path.Combine(TestCorpora.Seeds, "story.json")));

    private static void AssertSameAsLegacy(ProcessDefinition process, ActorDictionary actors, TokenizedArticle article)
    {
        var mentions = new MentionMatcher(actors);
        var found = mentions.Find(article);

        var expected = new LegacyProcessMatcher(process, mentions).Match(article, found);
        Assert.Equal(expected.AsEnumerable(), new ProcessMatcher(process, mentions).Match(article, found).AsEnumerable());
    }

    [Fact]
    public void Given_the_seed_corpus_and_story_When_matched_Then_every_sentence_equals_the_legacy_matcher()
    {
        foreach (var article in MentionTestData.SeedCorpus.Articles)
        {
            AssertSameAsLegacy(SeedStory.Value.Process, MentionTestData.SeedActors, article);
        }
    }

    [Fact]
    public void Given_no_actor_dictionary_When_matched_Then_every_sentence_equals_the_legacy_matcher()
    {
        var process = SeedStory.Value.Process;
        foreach (var article in MentionTestData.SeedCorpus.Articles)
        {
            Assert.Equal(new LegacyProcessMatcher(process).Match(article).AsEnumerable(), new ProcessMatcher(process).Match(article).AsEnumerable());
        }
    }

    [Property(MaxTest = 300)]
    public void Given_any_word_soup_When_matched_Then_every_sentence_equals_the_legacy_matcher(int[] picks)
    {
        var text = string.Join(' ', picks.Select(p => Words[(int)((uint)p % (uint)Words.Length)]));
        var article = new TokenizedArticle(TestCorpora.Article(text));
        AssertSameAsLegacy(SeedStory.Value.Process, MentionTestData.SeedActors, article);
    }
}
