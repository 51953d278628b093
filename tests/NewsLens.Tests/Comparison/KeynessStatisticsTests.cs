using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsLens.Comparison;

namespace NewsLens.Tests.Comparison;

public sealed class KeynessStatisticsTests
{
    // Table a=10, b=20, Nt=1000, Nr=5000: N=6000, rows R1=30, R2=5970, columns C1=1000, C2=5000.
    // Expected E = R·C/N: Ea=30·1000/6000=5, Eb=30·5000/6000=25, Ec=5970·1000/6000=995, Ed=5970·5000/6000=4975.
    // None:  G² = 2[10 ln(10/5) + 20 ln(20/25) + 990 ln(990/995) + 4980 ln(4980/4975)]
    //           = 2[6.931472 − 4.462871 − 4.987449 + 5.002510] = 4.967393 (positive: 10/1000 > 20/5000).
    // Yates: O' = (9.5, 20.5, 990.5, 4979.5); G² = 2[9.5 ln(9.5/5) + 20.5 ln(20.5/25) + 990.5 ln(990.5/995) + 4979.5 ln(4979.5/4975)] = 4.083187.
    // Williams: q = 1 + (6000/30 + 6000/5970 − 1)(6000/1000 + 6000/5000 − 1)/(6·6000) = 1 + 200.005025·6.2/36000 = 1.034445;
    //           G² = 4.967393 / 1.034445 = 4.801987.
    [Theory]
    [InlineData(KeynessCorrection.None, 4.967392822)]
    [InlineData(KeynessCorrection.Yates, 4.083186984)]
    [InlineData(KeynessCorrection.Williams, 4.801986896)]
    public void Given_a_feature_overused_by_the_target_When_G2_is_computed_Then_it_matches_the_hand_computed_positive_value(KeynessCorrection correction, double expected) =>
        Assert.Equal(expected, KeynessStatistics.LogLikelihood(10, 20, 1000, 5000, correction), 6);

    // Table a=2, b=0, Nt=10, Nr=12: N=22, R1=2, R2=20; Ea=2·10/22=0.909091, Eb=1.090909, Ec=9.090909, Ed=10.909091.
    // None:  2[2 ln(2/0.909091) + 0 + 8 ln(8/9.090909) + 12 ln(12/10.909091)] = 2[1.576915 − 1.022716 + 1.143731] = 3.395940.
    // Yates: O' = (1.5, 0.5, 8.5, 11.5) → 2[1.5 ln(1.65) + 0.5 ln(0.458333) + 8.5 ln(0.935) + 11.5 ln(1.054167)] = 0.792882.
    // Williams: q = 1 + (22/2 + 22/20 − 1)(22/10 + 22/12 − 1)/(6·22) = 1 + 11.1·3.033333/132 = 1.255076 → 3.395940/1.255076 = 2.705765.
    [Theory]
    [InlineData(KeynessCorrection.None, 3.395939813)]
    [InlineData(KeynessCorrection.Yates, 0.792881565)]
    [InlineData(KeynessCorrection.Williams, 2.705764805)]
    public void Given_a_zero_reference_cell_When_G2_is_computed_Then_zero_cells_contribute_nothing_and_the_value_matches(KeynessCorrection correction, double expected) =>
        Assert.Equal(expected, KeynessStatistics.LogLikelihood(2, 0, 10, 12, correction), 6);

    // Table a=0, b=3, Nt=8, Nr=9: N=17; Ea=3·8/17=1.411765, Eb=1.588235, Ec=6.588235, Ed=7.411765.
    // None: 2[0 + 3 ln(3/1.588235) + 8 ln(8/6.588235) + 6 ln(6/7.411765)] = 4.386720, negative because the target never uses it.
    // Yates: O' = (0.5, 2.5, 7.5, 6.5) → 1.468148.  Williams: q = 1 + (17/3 + 17/14 − 1)(17/8 + 17/9 − 1)/102 = 1.173770 → 3.737291.
    [Theory]
    [InlineData(KeynessCorrection.None, -4.386719707)]
    [InlineData(KeynessCorrection.Yates, -1.468147764)]
    [InlineData(KeynessCorrection.Williams, -3.737290795)]
    public void Given_a_feature_the_target_never_uses_When_G2_is_computed_Then_it_is_negative_with_the_hand_computed_size(KeynessCorrection correction, double expected) =>
        Assert.Equal(expected, KeynessStatistics.LogLikelihood(0, 3, 8, 9, correction), 6);

    // Prior α0 = 100; α_w = 100·(10+20)/6000 = 0.5.
    // δ = ln(10.5 / (1000 + 100 − 10 − 0.5)) − ln(20.5 / (5000 + 100 − 20 − 0.5)) = ln(10.5/1089.5) − ln(20.5/5079.5) = 0.870444
    // variance = 1/10.5 + 1/20.5 = 0.144019; z = 0.870444 / √0.144019 = 2.293674.
    [Fact]
    public void Given_counts_and_a_prior_total_When_log_odds_are_computed_Then_delta_variance_and_z_match_the_hand_computed_values()
    {
        var estimate = KeynessStatistics.LogOdds(10, 20, 1000, 5000, 100);
        Assert.Equal(0.870444327, estimate.Delta, 6);
        Assert.Equal(0.144018583, estimate.Variance, 6);
        Assert.Equal(2.293674215, estimate.Z, 6);
    }

    // α0 = 500, a=0, b=3, Nt=8, Nr=9: α_w = 500·3/17 = 88.235294.
    // δ = ln(88.235294/(8 + 500 − 88.235294)) − ln(91.235294/(9 + 500 − 3 − 88.235294)) = ln(0.210196) − ln(0.218394) = −0.038211
    // variance = 1/88.235294 + 1/91.235294 = 0.022294; z = −0.255912: the strong prior all but erases three uses in seventeen words.
    [Fact]
    public void Given_a_strong_prior_When_log_odds_are_computed_for_a_rare_feature_Then_z_shrinks_toward_zero()
    {
        var estimate = KeynessStatistics.LogOdds(0, 3, 8, 9, 500);
        Assert.Equal(-0.038210737, estimate.Delta, 6);
        Assert.Equal(-0.255912428, estimate.Z, 6);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(3.841458820694124, 0.05)] // the χ²(1) 95% critical value
    [InlineData(6.634896601021214, 0.01)]
    [InlineData(10.827566170662733, 0.001)]
    public void Given_a_G2_statistic_When_its_p_value_is_computed_Then_it_is_the_chi_square_one_df_upper_tail(double statistic, double expected) =>
        Assert.Equal(expected, KeynessStatistics.ChiSquareOneDfPValue(statistic), 9);

    [Fact]
    public void Given_z_of_1_96_When_the_two_sided_p_value_is_computed_Then_it_is_about_0_05() =>
        Assert.Equal(0.04999579, KeynessStatistics.NormalTwoSidedPValue(1.96), 7);

    [Property(MaxTest = 300)]
    public Property Given_any_valid_table_When_G2_is_computed_Then_its_size_is_non_negative_and_swapping_target_and_reference_flips_its_sign()
    {
        var tables = from nt in Gen.Choose(1, 5000)
                     from nr in Gen.Choose(1, 5000)
                     from a in Gen.Choose(0, nt)
                     from b in Gen.Choose(0, nr)
                     from correction in Gen.Elements(KeynessCorrection.None, KeynessCorrection.Yates, KeynessCorrection.Williams)
                     select (a, b, nt, nr, correction);
        return Prop.ForAll(tables.ToArbitrary(), t =>
        {
            var forward = KeynessStatistics.LogLikelihood(t.a, t.b, t.nt, t.nr, t.correction);
            var backward = KeynessStatistics.LogLikelihood(t.b, t.a, t.nr, t.nt, t.correction);
            var overused = (long)t.a * t.nr > (long)t.b * t.nt;
            return double.IsFinite(forward)
                && Math.Abs(forward + backward) <= 1e-9 * Math.Max(1, Math.Abs(forward))
                && (overused ? forward >= 0 : forward <= 0);
        });
    }

    [Property(MaxTest = 300)]
    public Property Given_any_valid_table_When_a_correction_is_applied_Then_it_never_enlarges_G2_nor_flips_its_sign()
    {
        var tables = from nt in Gen.Choose(1, 3000)
                     from nr in Gen.Choose(1, 3000)
                     from a in Gen.Choose(0, nt)
                     from b in Gen.Choose(0, nr)
                     select (a, b, nt, nr);
        return Prop.ForAll(tables.ToArbitrary(), t =>
        {
            var none = KeynessStatistics.LogLikelihood(t.a, t.b, t.nt, t.nr, KeynessCorrection.None);
            var yates = KeynessStatistics.LogLikelihood(t.a, t.b, t.nt, t.nr, KeynessCorrection.Yates);
            var williams = KeynessStatistics.LogLikelihood(t.a, t.b, t.nt, t.nr, KeynessCorrection.Williams);
            return Math.Abs(yates) <= Math.Abs(none) + 1e-9 && Math.Abs(williams) <= Math.Abs(none) + 1e-9
                && (yates == 0 || Math.Sign(yates) == Math.Sign(none))
                && (williams == 0 || Math.Sign(williams) == Math.Sign(none));
        });
    }

    [Property(MaxTest = 300)]
    public Property Given_any_valid_table_When_log_odds_are_computed_Then_swapping_target_and_reference_flips_z_and_the_sign_follows_the_rates()
    {
        var tables = from nt in Gen.Choose(1, 5000)
                     from nr in Gen.Choose(1, 5000)
                     from a in Gen.Choose(0, nt - 1)
                     from b in Gen.Choose(0, nr - 1)
                     from alpha in Gen.Choose(1, 2000)
                     where a + b > 0
                     select (a, b, nt, nr, alpha);
        return Prop.ForAll(tables.ToArbitrary(), t =>
        {
            var forward = KeynessStatistics.LogOdds(t.a, t.b, t.nt, t.nr, t.alpha);
            var backward = KeynessStatistics.LogOdds(t.b, t.a, t.nr, t.nt, t.alpha);
            var rateDifference = ((double)t.a / t.nt) - ((double)t.b / t.nr);
            return Math.Abs(forward.Z + backward.Z) <= 1e-9 * Math.Max(1, Math.Abs(forward.Z))
                && (Math.Abs(rateDifference) < 1e-12 || Math.Sign(forward.Z) == Math.Sign(rateDifference));
        });
    }
}
