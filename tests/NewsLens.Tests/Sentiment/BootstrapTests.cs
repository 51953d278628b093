using NewsLens.Sentiment;

namespace NewsLens.Tests.Sentiment;

public class BootstrapTests
{
    [Fact]
    public void Given_SameSeed_When_Resampled_Then_SameInterval()
    {
        double[] values = [0.1, -0.4, 0.8, 0.3, 0.0, 0.5];

        Assert.Equal(Bootstrap.Mean(values, seed: 7), Bootstrap.Mean(values, seed: 7));
        Assert.NotEqual(Bootstrap.Mean(values, seed: 7).Lower, Bootstrap.Mean(values, seed: 8).Lower);
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

    [Fact]
    public void Given_Text_When_Hashed_Then_StableAcrossRuns()
    {
        Assert.Equal(unchecked((int)2166136261u), Bootstrap.StableHash(""));
        Assert.Equal(Bootstrap.StableHash("Arab News"), Bootstrap.StableHash("Arab News"));
    }
}
