using FsCheck.Xunit;
using NewsLens.Mentions;
using NewsLens.Tests.Mentions.Legacy;
using NewsLens.Text;

namespace NewsLens.Tests.Mentions;

/// <summary>
/// The matcher skips every token that cannot start a form without building anything; these tests hold it to the
/// matcher it replaced (kept in Legacy/ as the oracle): the same mentions, in the same order, field for field.
/// </summary>
public sealed class MentionMatcherEquivalenceTests
{
    private static readonly MentionOptions[] AllOptions =
    [
        MentionOptions.Default,
        MentionOptions.DirectOnly,
        MentionOptions.Default with { Metonyms = false, ImpliedActors = false },
        MentionOptions.Default with { PersonStateLinks = false, Demonyms = false },
    ];

    // Forms that share first words, nest, differ only in case (matchCase), fold to the same units ("Çavuşoğlu" and
    // "Cavusoglu"), hold hyphens and punctuation, and two actors with the very same form.
    private const string TrickyActors = """
        {
          "actors": [
            { "key": "us", "kind": "country", "aliases": [{ "text": "US", "matchCase": true }, "United States", "United States of America", "U.S."],
              "demonyms": ["American"], "metonyms": ["Washington"] },
            { "key": "us_state", "kind": "place", "aliases": [{ "text": "us", "alsoMentions": ["us"] }, "United", "Washington"] },
            { "key": "cav", "kind": "person", "state": "tr", "aliases": ["Çavuşoğlu", "Mevlüt Çavuşoğlu", { "text": "CAVUSOGLU", "matchCase": true }, "Dr. Cavusoglu"] },
            { "key": "tr", "kind": "country", "aliases": ["Turkey", "Türkiye", "Republic of Turkey", "Turkey-Syria"], "demonyms": ["Turkish"],
              "metonyms": ["Ankara", "İstanbul"] },
            { "key": "sy", "kind": "country", "aliases": ["Syria", { "text": "Assad regime", "alsoMentions": ["assad"] }, "al-Assad regime", "Syria's"],
              "demonyms": ["Syrian"] },
            { "key": "assad", "kind": "person", "state": "sy", "aliases": ["Assad", "al-Assad", "Bashar al-Assad", "Straße"] }
          ]
        }
        """;

    private static readonly Lazy<ActorDictionary> Tricky = new(() => ActorDictionary.Parse(TrickyActors, "tricky.json"));

    private static readonly string[] Vocabulary =
    [
        "Turkey", "Türkiye", "TÜRKIYE", "türkiye", "Turkish", "Syria", "Syria's", "Syrian", "regime", "Assad", "al-Assad", "AL-ASSAD",
        "Bashar", "Al-Miqdad", "Faisal", "Mekdad", "Çavuşoğlu", "CAVUSOGLU", "Cavusoglu", "Mevlüt", "Ankara-Damascus", "Moscow",
        "Moscow's", "Russia's", "Saudi", "Arabia", "Arab", "League", "US", "us", "Us", "U.S.", "the", "and", "met", "in", "Hussein",
        "Amir", "Abdullahian", "Amir-Abdollahian", "Syria-Turkey", "Turkey-Syria", "pro-Syrian", "-", "‐", ",", ".", "\n\n", "3.5",
        "“", "”", "United", "States", "of", "America", "Washington", "Dr.", "Dr", "İstanbul", "ISTANBUL", "ıstanbul", "Strasse",
        "STRASSE", "Straße", "Republic", "Assad's", "x-", "-y", "Turkey--Syria", "'", "’s", "Lavrov", "Sergei", "NATO", "Nato",
        "e\u0301", "Cafe\u0301", "Ankara—Damascus", "ﬁ", "Ǆ", "İ", "\u0130stanbul",
    ];

    private static string Text(int[] picks) =>
        string.Join(' ', picks.Select(p => Vocabulary[(int)((uint)p % (uint)Vocabulary.Length)]));

    [Fact]
    public void Given_the_seed_corpus_When_matched_with_each_option_set_Then_the_mentions_equal_the_legacy_matchers()
    {
        foreach (var options in AllOptions)
        {
            var fast = new MentionMatcher(MentionTestData.SeedActors, options);
            var legacy = new LegacyMentionMatcher(MentionTestData.SeedActors, options);
            foreach (var article in MentionTestData.SeedCorpus.Articles)
            {
                var expected = legacy.Find(article);
                Assert.NotEmpty(expected);
                Assert.Equal<Mention>([.. expected], [.. fast.Match(article)]);
            }
        }
    }

    [Fact]
    public void Given_one_matcher_shared_by_a_parallel_loop_When_articles_are_matched_Then_each_result_is_the_sequential_one()
    {
        var articles = MentionTestData.SeedCorpus.Articles
            .Append(MentionTestData.Tokenized("İstanbul, Türkiye — “Çavuşoğlu” met al‐Assad’s men; Cafe\u0301 Straße ﬁ."))
            .ToList();
        var sequential = articles.Select(a => new MentionMatcher(Tricky.Value).Match(a)).ToList();
        var shared = new MentionMatcher(Tricky.Value);

        var parallel = new System.Collections.Immutable.ImmutableArray<Mention>[articles.Count * 16];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = shared.Match(articles[i % articles.Count]));

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal<Mention>([.. sequential[i % articles.Count]], [.. parallel[i]]);
        }
    }

    [Fact]
    public void Given_more_distinct_accented_words_than_the_fold_cache_holds_When_matched_Then_the_mentions_equal_the_legacy_matchers()
    {
        var words = Enumerable.Range(0, 20_000).Select(i => $"Türk{i}");
        var article = MentionTestData.Tokenized(string.Join(' ', words) + " Türkiye, Çavuşoğlu and Türkiye again.");
        var matcher = new MentionMatcher(MentionTestData.SeedActors);

        var first = matcher.Match(article);
        var again = matcher.Match(article); // the cache is full now

        var expected = new LegacyMentionMatcher(MentionTestData.SeedActors).Find(article);
        Assert.Equal(4, expected.Length);
        Assert.Equal<Mention>([.. expected], [.. first]);
        Assert.Equal<Mention>([.. expected], [.. again]);
    }

    [Fact]
    public void Given_tricky_forms_When_matched_Then_the_mentions_equal_the_legacy_matchers()
    {
        const string text = "The US and us met the United States of America in İstanbul; Dr. Cavusoglu, CAVUSOGLU and Mevlut "
            + "Cavusoglu saw the al-Assad regime, the Assad regime, Syria's Turkey-Syria talks and Turkey--Syria ones. "
            + "Strasse, STRASSE and Straße. United States. Of America.";
        var article = MentionTestData.Tokenized(text);

        foreach (var options in AllOptions)
        {
            var expected = new LegacyMentionMatcher(Tricky.Value, options).Find(article);
            Assert.True(expected.Length > 10);
            Assert.Equal<Mention>([.. expected], [.. new MentionMatcher(Tricky.Value, options).Match(article)]);
        }
    }

    [Property(MaxTest = 400)]
    public bool Given_any_text_of_alias_words_When_matched_with_the_seed_actors_Then_the_mentions_equal_the_legacy_matchers(int[] picks)
    {
        var article = MentionTestData.Tokenized(Text(picks));

        return AllOptions.All(options =>
            new LegacyMentionMatcher(MentionTestData.SeedActors, options).Find(article)
                .SequenceEqual(new MentionMatcher(MentionTestData.SeedActors, options).Match(article)));
    }

    [Property(MaxTest = 400)]
    public bool Given_any_text_of_alias_words_When_matched_with_tricky_forms_Then_the_mentions_equal_the_legacy_matchers(int[] picks)
    {
        var article = MentionTestData.Tokenized(Text(picks));

        return new LegacyMentionMatcher(Tricky.Value).Find(article).SequenceEqual(new MentionMatcher(Tricky.Value).Match(article));
    }

    [Property(MaxTest = 300)]
    public bool Given_any_string_When_matched_Then_the_mentions_equal_the_legacy_matchers(string? text)
    {
        var article = MentionTestData.Tokenized(text ?? "");

        return new LegacyMentionMatcher(Tricky.Value).Find(article).SequenceEqual(new MentionMatcher(Tricky.Value).Match(article))
            && new LegacyMentionMatcher(MentionTestData.SeedActors).Find(article).SequenceEqual(new MentionMatcher(MentionTestData.SeedActors).Match(article));
    }
}
