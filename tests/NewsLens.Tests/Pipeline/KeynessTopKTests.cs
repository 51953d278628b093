using System.Collections.Frozen;
using System.Collections.Immutable;
using FsCheck.Xunit;
using NewsLens.Comparison;
using NewsLens.Text;

namespace NewsLens.Tests.Pipeline;

public sealed class KeynessTopKTests
{
    [Fact]
    public void Given_the_seeds_When_keyness_is_bounded_to_top_5_by_outlet_Then_it_equals_the_first_5_positive_scores_of_the_full_computation()
    {
        var corpus = NewsLens.Corpora.CorpusReader.Read(TestCorpora.Seeds).Tokenize();
        var full = Keyness.Compute(corpus);
        var bounded = Keyness.Compute(corpus, KeynessOptions.Default with { TopPerGroup = 5 });

        Assert.Equal(full.Top(5).Select(s => $"{s.Group}/{s.Feature}/{s.Score}/{s.TargetCount}"), bounded.Scores.Select(s => $"{s.Group}/{s.Feature}/{s.Score}/{s.TargetCount}"));
        Assert.Equal(full.Groups.ToArray(), bounded.Groups.ToArray());
    }

    [Property(MaxTest = 500)]
    public bool Given_random_counts_When_bounded_keyness_is_computed_Then_it_equals_the_full_ranking_cut_to_top_k(byte[] a, byte[] b, byte k, bool logOdds)
    {
        static FeatureGroup Group(string name, byte[] counts)
        {
            var dictionary = counts.Select((c, i) => (Feature: $"w{i % 12}", Count: c % 6))
                .GroupBy(p => p.Feature).Where(g => g.Sum(p => p.Count) > 0)
                .ToFrozenDictionary(g => g.Key, g => g.Sum(p => p.Count), StringComparer.Ordinal);
            return new FeatureGroup(name, [name], dictionary, dictionary.Values.Sum(), dictionary.Values.Sum());
        }

        ImmutableArray<FeatureGroup> groups = [Group("x", a ?? []), Group("y", b ?? [])];
        if (groups.Any(g => g.Total == 0))
        {
            return true; // a group with no words: the full computation can give its absent words a rounding-noise z of 1e-15
        }

        var options = KeynessOptions.Default with { Measure = logOdds ? KeynessMeasure.LogOdds : KeynessMeasure.LogLikelihood };
        var top = k % 5;
        var full = Keyness.Compute(groups, options).Top(top);
        var bounded = Keyness.Compute(groups, options with { TopPerGroup = top }).Scores;
        return full.SequenceEqual(bounded);
    }
}
