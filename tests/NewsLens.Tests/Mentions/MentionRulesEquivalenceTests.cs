using FsCheck.Xunit;
using NewsLens.Mentions;
using NewsLens.Tests.Mentions.Legacy;
using NewsLens.Text;

namespace NewsLens.Tests.Mentions;

/// <summary>
/// The context rules fold the words around matches once per distinct word and build each rule text once; these tests
/// hold them to the rules they replaced (kept in Legacy/ as the oracle): the same mentions, counted flags and rules,
/// in the same order, field for field.
/// </summary>
public sealed class MentionRulesEquivalenceTests
{
    // Seed actors' names, capitals and demonyms with the words every rule looks at: locatives, gatherings, people,
    // acting verbs, title words (generic and the dictionary's), possessives, datelines and punctuation.
    private static readonly string[] Words =
    [
        "Turkey", "Türkiye", "Turkish", "Turks", "Syria", "Syria's", "Syrian", "Syrians", "Russia", "Russia’s", "Russian", "Russians",
        "Iran", "Iranian", "Moscow", "MOSCOW", "Moscow's", "Ankara", "Damascus", "Tehran", "Cavusoglu", "Çavuşoğlu", "Mevlut",
        "Mekdad", "Faisal", "Lavrov", "Sergei", "Erdogan", "Erdoğan", "Putin", "Assad", "al-Assad", "Bogdanov", "Kalin", "Sousan",
        "Amir-Abdollahian", "in", "at", "near", "the", "a", "this", "last", "of", "and", "said", "says", "agreed", "rejected",
        "meeting", "talks", "summit", "format", "visit", "refugees", "people", "civilians", "foreign", "minister", "Foreign",
        "Minister", "deputy", "FM", "president", "President", "presidential", "spokesman", "top", "diplomat", "affairs", "his",
        ",", ".", ":", "—", "(", "'s", "’", "\n", "\n\n", "  ", "US", "NATO", "Saudi", "Arabia", "Arab", "League",
    ];

    private static string Text(int[] picks) =>
        string.Join(' ', picks.Select(p => Words[(int)((uint)p % (uint)Words.Length)]));

    private static void AssertSameAsLegacy(ActorDictionary actors, TokenizedArticle article)
    {
        var matcher = new MentionMatcher(actors);
        var found = matcher.Match(article);

        var expected = new LegacyMentionRules(actors).Apply(article, found);
        Assert.Equal<Mention>([.. expected], [.. new MentionRules(actors).Apply(article, found)]);
        Assert.Equal<Mention>([.. expected], [.. matcher.Find(article)]);
    }

    [Fact]
    public void Given_the_seed_corpus_When_the_rules_apply_Then_the_mentions_equal_the_legacy_rules()
    {
        foreach (var article in MentionTestData.SeedCorpus.Articles)
        {
            AssertSameAsLegacy(MentionTestData.SeedActors, article);
        }
    }

    [Fact]
    public void Given_every_rule_at_work_When_the_rules_apply_Then_the_mentions_equal_the_legacy_rules()
    {
        const string text = "MOSCOW: Russian refugees and Syrians met in Damascus. Turkish Foreign Minister Mevlut Cavusoglu, "
            + "Syria's president and Russia's foreign minister said the Ankara talks at the Moscow summit were fine. "
            + "Russians said Tehran agreed; Russia’s deputy foreign minister Bogdanov came, Turkey's president spoke.\n"
            + "Ankara — Syria's top diplomat, Faisal Mekdad, saw the Moscow format in the Tehran visit.";
        var article = MentionTestData.Tokenized(text);

        var expected = new LegacyMentionRules(MentionTestData.SeedActors).Apply(article, new MentionMatcher(MentionTestData.SeedActors).Match(article));
        Assert.Contains(expected, m => m.Kind == MentionKind.Title);
        Assert.Contains(expected, m => m.Rule.StartsWith("venue: ", StringComparison.Ordinal));
        Assert.Contains(expected, m => m.Rule.StartsWith("demonym: people", StringComparison.Ordinal));
        Assert.Contains(expected, m => m.Rule.StartsWith("linked: in the title of", StringComparison.Ordinal));
        AssertSameAsLegacy(MentionTestData.SeedActors, article);
    }

    [Property(MaxTest = 500)]
    public bool Given_any_text_of_names_and_rule_words_When_the_rules_apply_Then_the_mentions_equal_the_legacy_rules(int[] picks)
    {
        var article = MentionTestData.Tokenized(Text(picks));
        var found = new MentionMatcher(MentionTestData.SeedActors).Match(article);

        return new LegacyMentionRules(MentionTestData.SeedActors).Apply(article, found)
            .SequenceEqual(new MentionRules(MentionTestData.SeedActors).Apply(article, found));
    }

    [Fact]
    public void Given_one_rule_set_shared_by_a_parallel_loop_When_applied_Then_each_result_is_the_legacy_one()
    {
        var articles = Enumerable.Range(0, 64).Select(i => MentionTestData.Tokenized(Text([.. Enumerable.Range(i, 40).Select(k => k * 7919 + i)]), $"p{i}")).ToList();
        var matcher = new MentionMatcher(MentionTestData.SeedActors);
        var legacy = new LegacyMentionRules(MentionTestData.SeedActors);
        var expected = articles.Select(a => legacy.Apply(a, matcher.Match(a))).ToList();

        var shared = new MentionRules(MentionTestData.SeedActors);
        var parallel = new System.Collections.Immutable.ImmutableArray<Mention>[articles.Count * 8];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = shared.Apply(articles[i % articles.Count], matcher.Match(articles[i % articles.Count])));

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal<Mention>([.. expected[i % articles.Count]], [.. parallel[i]]);
        }
    }
}
