using NewsLens.Comparison;
using NewsLens.Text;

namespace NewsLens.Tests.Comparison;

public sealed class KeynessTests
{
    private static readonly KeynessOptions Uncorrected = new()
    {
        Correction = KeynessCorrection.None,
        Features = new FeatureOptions { StopWords = StopWords.None },
    };

    // Outlet A: "regime regime talks" (Nt = 3); outlet B: two articles, "government talks" + "government talks talks" (Nr = 5).
    private static TokenizedCorpus TwoOutlets() => ComparisonCorpus.Of(
        ("a1", "A", "Regime regime talks."),
        ("b1", "B", "Government talks."),
        ("b2", "B", "Government talks talks."));

    [Fact]
    public void Given_two_outlets_When_keyness_is_computed_by_outlet_Then_articles_of_one_outlet_are_pooled_and_raw_counts_are_reported()
    {
        var result = Keyness.Compute(TwoOutlets(), Uncorrected);

        Assert.Equal(["A", "B"], result.Groups.ToArray());
        var regime = result.Scores.Single(s => s.Group == "A" && s.Feature == "regime");
        Assert.Equal((2, 0, 3, 5), (regime.TargetCount, regime.ReferenceCount, regime.TargetTotal, regime.ReferenceTotal));
        var talksForB = result.Scores.Single(s => s.Group == "B" && s.Feature == "talks");
        Assert.Equal((3, 1, 5, 3), (talksForB.TargetCount, talksForB.ReferenceCount, talksForB.TargetTotal, talksForB.ReferenceTotal));
    }

    // regime (a=2, b=0, Nt=3, Nr=5): E = (0.75, 1.25, 2.25, 3.75); G² = 2[2 ln(2/0.75) + 1 ln(1/2.25) + 5 ln(5/3.75)] = 5.178277.
    // government (a=0, b=2): same E; G² = 2[0 + 2 ln(2/1.25) + 3 ln(3/2.25) + 3 ln(3/3.75)] = 2.267246, under-used by A so negative.
    // talks (a=1, b=3): E = (1.5, 2.5, 1.5, 2.5); G² = 2[ln(1/1.5) + 3 ln(3/2.5) + 2 ln(2/1.5) + 2 ln(2/2.5)] = 0.541153, negative (1/3 < 3/5).
    [Theory]
    [InlineData("regime", 5.178277304)]
    [InlineData("government", -2.267245644)]
    [InlineData("talks", -0.541153209)]
    public void Given_outlet_A_as_target_When_G2_keyness_is_computed_Then_scores_are_signed_and_match_hand_computed_values(string feature, double expected)
    {
        var score = Keyness.Compute(TwoOutlets(), Uncorrected).Scores.Single(s => s.Group == "A" && s.Feature == feature);
        Assert.Equal(expected, score.Score, 6);
        Assert.Equal("none", score.CorrectionName);
    }

    [Fact]
    public void Given_two_groups_When_keyness_is_computed_Then_each_feature_scores_the_same_size_with_opposite_signs_for_the_two_targets()
    {
        var result = Keyness.Compute(TwoOutlets(), Uncorrected with { Measure = KeynessMeasure.LogOdds, PriorTotal = 10 });
        foreach (var forA in result.Scores.Where(s => s.Group == "A"))
        {
            var forB = result.Scores.Single(s => s.Group == "B" && s.Feature == forA.Feature);
            Assert.Equal(-forA.Score, forB.Score, 9);
            Assert.Equal(-forA.G2, forB.G2, 9);
        }
    }

    [Fact]
    public void Given_a_group_When_scores_are_listed_Then_they_are_ranked_by_score_descending_and_top_keeps_only_overused_features()
    {
        var result = Keyness.Compute(TwoOutlets(), Uncorrected);
        var forA = result.Scores.Where(s => s.Group == "A").Select(s => s.Score).ToList();
        Assert.Equal(forA.OrderByDescending(x => x), forA);

        var top = result.Top(5);
        Assert.Equal(["regime"], top.Where(s => s.Group == "A").Select(s => s.Feature));
        Assert.Equal(["government", "talks"], top.Where(s => s.Group == "B").Select(s => s.Feature));
        Assert.All(top, s => Assert.True(s.Score > 0));
    }

    [Fact]
    public void Given_the_log_odds_measure_When_the_table_is_built_Then_measure_raw_counts_and_z_scores_are_columns()
    {
        var options = Uncorrected with { Measure = KeynessMeasure.LogOdds, PriorTotal = 10 };
        var table = Keyness.Compute(TwoOutlets(), options).ToTable();
        Assert.Equal(["group", "feature", "target_count", "reference_count", "target_total", "reference_total", "target_per_1000", "reference_per_1000", "measure", "correction", "score", "p_value"], table.Columns.ToArray());
        var regime = table.Rows.Single(r => (string)r[0]! == "A" && (string)r[1]! == "regime");
        Assert.Equal(("logodds", "n/a"), (regime[8], regime[9]));

        // α_w = 10·2/8 = 2.5; δ = ln(4.5/(3+10−2−2.5)) − ln(2.5/(5+10−0−2.5)) = ln(4.5/8.5) − ln(2.5/12.5) = 0.973449;
        // variance = 1/4.5 + 1/2.5 = 0.622222; z = 0.973449/0.788811 = 1.234071.
        Assert.Equal(1.234071, (double)regime[10]!, 5);
    }

    [Fact]
    public void Given_the_seed_corpus_When_keyness_is_computed_by_outlet_Then_each_outlet_has_every_corpus_feature_and_counts_add_up()
    {
        var corpus = ComparisonCorpus.Seeds;
        var result = Keyness.Compute(corpus);
        Assert.Equal(5, result.Groups.Length);
        var vocabulary = result.Scores.Select(s => s.Feature).Distinct().Count();
        Assert.Equal(5 * vocabulary, result.Scores.Length);
        Assert.All(result.Scores.GroupBy(s => s.Feature), g => Assert.Single(g.Select(s => s.TargetCount + s.ReferenceCount).Distinct()));
        Assert.Contains(result.Top(15), s => s.Group == "Daily Sabah" && s.Feature == "türkiye");
    }
}
