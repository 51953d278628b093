using NewsLens.Sentiment;

namespace NewsLens.Tests.Sentiment;

public class BootstrapTests
{
    [Fact]
    public void Given_SameSeed_When_Resampled_Then_SameInterval()
    {
        double[] values = [0.1, -0.4, 0.8, 0.3, 0.0, 0.5];

        // Pinned once. Checks by reasoning: the mean is 1.3 / 6; each resampled mean is a sum of six tenths over 6, so
        // both ends lie on the 1/60 grid (-6/60 and 31/60); the normal interval 0.2167 ± 1.96 × 0.155 is [-0.088, 0.521].
        var interval = Bootstrap.Mean(values, seed: 7);
        Assert.Equal(1.3 / 6, interval.Mean, 12);
        Assert.Equal(-6 / 60.0, interval.Lower, 12);
        Assert.Equal(31 / 60.0, interval.Upper, 12);
        Assert.Equal(6, interval.Count);
        Assert.NotEqual(interval.Lower, Bootstrap.Mean(values, seed: 8).Lower);
    }

    [Fact]
    public void Given_TwoValues_When_Resampled_Then_IntervalSpansBoth()
    {
        // Resampled means of {0, 1} are 0, 0.5 or 1, with 0 and 1 each a quarter of the draws: far more than the 2.5%
        // in each tail, so the 95% interval is [0, 1] whatever the seed.
        Assert.Equal(new MeanInterval(0.5, 0, 1, 2), Bootstrap.Mean([0.0, 1.0], seed: 7));
        Assert.Equal(new MeanInterval(0.5, 0, 1, 2), Bootstrap.Mean([0.0, 1.0], seed: 99));
    }

    [Fact]
    public void Given_NormalSample_When_Resampled_Then_IntervalCloseToTheTextbookOne()
    {
        var random = new Random(1);
        var values = Enumerable.Range(0, 400).Select(_ => random.NextDouble()).ToArray();
        var mean = values.Average();
        var standardError = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1) / values.Length);

        var interval = Bootstrap.Mean(values);

        Assert.Equal(mean - (1.96 * standardError), interval.Lower, 0.005);
        Assert.Equal(mean + (1.96 * standardError), interval.Upper, 0.005);
        Assert.Equal(400, interval.Count);
    }

    [Fact]
    public void Given_NoOrOneValue_When_Resampled_Then_NaNOrDegenerate()
    {
        Assert.True(double.IsNaN(Bootstrap.Mean([]).Mean));
        Assert.Equal(new MeanInterval(0.5, 0.5, 0.5, 1), Bootstrap.Mean([0.5]));
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool Given_any_values_and_seed_When_resampled_Then_the_interval_equals_the_plain_list_algorithm_to_the_last_bit(double[] raw, int seed, bool asList)
    {
        var values = (raw ?? []).Where(double.IsFinite).Select(v => v % 1.0).ToArray();
        IReadOnlyList<double> input = asList ? values.ToList() : values;

        return Bootstrap.Mean(input, resamples: 300, seed: seed) == Reference(values.ToList(), 300, 0.95, seed);
    }

    /// <summary>The algorithm as first written (values read through the list interface, mean by Enumerable.Average).</summary>
    private static MeanInterval Reference(IReadOnlyList<double> values, int resamples, double level, int seed)
    {
        if (values.Count == 0)
        {
            return MeanInterval.None;
        }

        var mean = values.Average();
        if (values.Count == 1)
        {
            return new MeanInterval(mean, mean, mean, 1);
        }

        var random = new Random(seed);
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            double sum = 0;
            for (var k = 0; k < values.Count; k++)
            {
                sum += values[random.Next(values.Count)];
            }

            means[r] = sum / values.Count;
        }

        Array.Sort(means);
        double At(double p)
        {
            var position = p * (means.Length - 1);
            var lower = (int)Math.Floor(position);
            var upper = Math.Min(lower + 1, means.Length - 1);
            return means[lower] + ((position - lower) * (means[upper] - means[lower]));
        }

        var alpha = (1 - level) / 2;
        return new MeanInterval(mean, At(alpha), At(1 - alpha), values.Count);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Given_two_texts_and_a_separator_When_hashed_in_parts_Then_it_is_the_hash_of_the_joined_text(string first, char separator, string second) =>
        Bootstrap.StableHash(first ?? "", separator, second ?? "") == Bootstrap.StableHash((first ?? "") + separator + (second ?? ""));

    [Fact]
    public void Given_Text_When_Hashed_Then_StableAcrossRuns()
    {
        Assert.Equal(unchecked((int)2166136261u), Bootstrap.StableHash(""));
        // FNV-1a 32-bit: "a" is the published test vector 0xe40c292c; "Arab News" was computed once (0xdf5ba128).
        Assert.Equal(unchecked((int)0xe40c292cu), Bootstrap.StableHash("a"));
        Assert.Equal(unchecked((int)0xdf5ba128u), Bootstrap.StableHash("Arab News"));
        Assert.Equal(-547643096, Bootstrap.StableHash("Arab News"));
    }
}
