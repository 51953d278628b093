using System.Collections.Immutable;
using FsCheck.Xunit;
using NewsLens.Comparison;
using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Tests.Comparison;

public sealed class FeatureTallyTests
{
    private static readonly string[] Pool =
        ["the", "Regime", "regime", "talks", "Çavuşoğlu", "Cavusoglu", "Türkiye", "and", "2011", "3.5", "government", "of", "rebels", "Erdoğan", "said", "—", "!"];

    [Fact]
    public void Given_the_seeds_tokenised_with_and_without_a_vocabulary_When_tallied_by_outlet_Then_each_group_equals_a_straight_count()
    {
        var plain = CorpusReader.Read(TestCorpora.Seeds);
        foreach (var corpus in new[] { plain.Tokenize(), plain.Tokenize(new Vocabulary()) })
        {
            var groups = Tally(corpus.Articles, DocumentVariables.Outlet, FeatureOptions.Default).ToGroups();

            Assert.Equal(Expected(corpus.Articles, DocumentVariables.Outlet, FeatureOptions.Default), groups.Select(Describe));
        }
    }

    [Fact]
    public void Given_the_seeds_When_keyness_is_asked_of_the_tally_with_a_top_k_Then_it_equals_the_full_ranking_cut_to_k()
    {
        var corpus = CorpusReader.Read(TestCorpora.Seeds).Tokenize(new Vocabulary());
        var options = KeynessOptions.Default with { MinCount = 2 };

        var bounded = Tally(corpus.Articles, DocumentVariables.Outlet, options.Features).Keyness(options with { TopPerGroup = 4 });

        var full = Keyness.Compute(corpus, options);
        Assert.Equal(full.Groups.ToArray(), bounded.Groups.ToArray());
        Assert.Equal(full.Top(4).ToArray(), bounded.Scores.ToArray());
    }

    [Fact]
    public void Given_a_tally_turned_into_groups_When_asked_again_or_for_keyness_Then_the_same_groups_serve_and_adding_more_fails()
    {
        var corpus = ComparisonCorpus.Of(("a1", "A", "Regime regime talks."), ("b1", "B", "Government talks."));
        var tally = Tally(corpus.Articles, DocumentVariables.Outlet, FeatureOptions.Default);

        var groups = tally.ToGroups();

        Assert.Equal(groups.ToArray(), tally.ToGroups().ToArray());
        Assert.Equal(2, groups.Single(g => g.Name == "A").Counts["regime"]);
        Assert.Equal(["regime"], tally.Keyness(KeynessOptions.Default with { TopPerGroup = 1 }).Scores.Where(s => s.Group == "A").Select(s => s.Feature));
        Assert.Throws<InvalidOperationException>(() => tally.Add(corpus.Articles[0]));
    }

    [Property(MaxTest = 300)]
    public bool Given_random_articles_and_options_When_tallied_Then_groups_equal_straight_counts_and_bounded_keyness_equals_the_full_ranking(
        int[][] articles, bool foldDiacritics, bool numbers, bool stopWords, bool logOdds, byte k, bool shareVocabulary)
    {
        var vocabulary = new Vocabulary();
        var tokenized = (articles ?? []).Where(a => a is not null).Select((words, i) =>
        {
            var text = string.Join(' ', words.Select(w => Pool[(w & int.MaxValue) % Pool.Length])) + ".";
            var article = ComparisonCorpus.Article($"d{i}", $"g{i % 3}", text);
            return article.Tokenize(shareVocabulary || i % 2 == 0 ? vocabulary : null); // mixed: some with, some without
        }).ToImmutableArray();
        var features = new FeatureOptions { FoldDiacritics = foldDiacritics, IncludeNumbers = numbers, StopWords = stopWords ? StopWords.English : StopWords.None };
        var options = KeynessOptions.Default with { Features = features, MinCount = 1 + (k % 2), Measure = logOdds ? KeynessMeasure.LogOdds : KeynessMeasure.LogLikelihood };
        var expected = ImmutableArray.CreateRange(tokenized.GroupBy(a => a.Article.Variables[DocumentVariables.Outlet])
            .Select(g => FeatureCounts.Count(g.Key, [.. g], features)));
        if (expected.Any(g => g.Total == 0))
        {
            return true; // a group without words: the full ranking can give its absent words rounding-noise scores (see KeynessTopKTests)
        }

        var top = k % 5;
        var bounded = Tally(tokenized, DocumentVariables.Outlet, features).Keyness(options with { TopPerGroup = top });
        var groups = Tally(tokenized, DocumentVariables.Outlet, features).ToGroups();

        return groups.Select(Describe).SequenceEqual(expected.Select(Describe))
            && bounded.Scores.SequenceEqual(Keyness.Compute(expected, options).Top(top));
    }

    [Property(MaxTest = 300)]
    public bool Given_random_articles_in_groups_When_similarity_is_asked_of_the_tally_Then_it_equals_similarity_of_its_groups(int[][] articles, byte groupCount, bool stopWords)
    {
        var vocabulary = new Vocabulary();
        var tokenized = (articles ?? []).Where(a => a is not null).Select((words, i) =>
            ComparisonCorpus.Article($"d{i}", $"g{i % (1 + (groupCount % 7))}", string.Join(' ', words.Select(w => Pool[(w & int.MaxValue) % Pool.Length])) + ".").Tokenize(vocabulary)).ToArray();
        var features = new FeatureOptions { StopWords = stopWords ? StopWords.English : StopWords.None };

        var fromNumbers = Tally(tokenized, DocumentVariables.Outlet, features).Similarity();
        var fromGroups = Similarity.Compute(Tally(tokenized, DocumentVariables.Outlet, features).ToGroups());

        return fromNumbers.Labels.SequenceEqual(fromGroups.Labels)
            && fromNumbers.Pairs.Length == fromGroups.Pairs.Length
            && fromNumbers.Pairs.Zip(fromGroups.Pairs).All(p => p.First.Left == p.Second.Left && p.First.Right == p.Second.Right
                && p.First.SharedTerms == p.Second.SharedTerms && p.First.Jaccard == p.Second.Jaccard && Math.Abs(p.First.Cosine - p.Second.Cosine) < 1e-12);
    }

    [Fact]
    public void Given_the_seeds_by_outlet_When_similarity_is_asked_of_the_tally_Then_it_equals_similarity_of_the_corpus()
    {
        var corpus = CorpusReader.Read(TestCorpora.Seeds).Tokenize(new Vocabulary());

        var fromNumbers = Tally(corpus.Articles, DocumentVariables.Outlet, FeatureOptions.Default).Similarity();

        var expected = Similarity.Compute(corpus);
        Assert.Equal(expected.Labels.ToArray(), fromNumbers.Labels.ToArray());
        Assert.Equal(expected.Pairs.Select(p => (p.Left, p.Right, p.SharedTerms, p.Jaccard, Math.Round(p.Cosine, 12))), fromNumbers.Pairs.Select(p => (p.Left, p.Right, p.SharedTerms, p.Jaccard, Math.Round(p.Cosine, 12))));
    }

    private static FeatureTally Tally(IEnumerable<TokenizedArticle> articles, string variable, FeatureOptions features)
    {
        var tally = new FeatureTally(variable, features);
        foreach (var article in articles)
        {
            tally.Add(article);
        }

        return tally;
    }

    private static IEnumerable<string> Expected(IEnumerable<TokenizedArticle> articles, string variable, FeatureOptions features) =>
        articles.GroupBy(a => DocumentGrouping.GroupOf(a.Article, variable)).Select(g => Describe(FeatureCounts.Count(g.Key, [.. g], features)));

    /// <summary>Name, ids, totals and every count (in ordinal order: the tally keeps its counts by word number, not in the order words came).</summary>
    private static string Describe(FeatureGroup group) =>
        $"{group.Name} [{string.Join(",", group.DocumentIds)}] {group.Total}/{group.WordCount}: {string.Join(" ", group.Counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))}";
}
