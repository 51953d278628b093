namespace NewsLens.Sentiment;

/// <summary>A mean with a percentile bootstrap interval, and how many values are behind it.</summary>
public readonly record struct MeanInterval(double Mean, double Lower, double Upper, int Count)
{
    public static MeanInterval None { get; } = new(double.NaN, double.NaN, double.NaN, 0);
}

/// <summary>Percentile bootstrap of the mean with a seeded generator, so the same input always gives the same interval.</summary>
public static class Bootstrap
{
    public static MeanInterval Mean(IReadOnlyList<double> values, int resamples = 2000, double level = 0.95, int seed = 20230404) =>
        Mean(new ReadOnlySpan<double>(values as double[] ?? [.. values]), resamples, level, seed);

    /// <summary>As <see cref="Mean(IReadOnlyList{double}, int, double, int)"/>, reading the values straight from memory (not through an interface call per draw).</summary>
    internal static MeanInterval Mean(ReadOnlySpan<double> values, int resamples, double level, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        if (level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be between 0 and 1.");
        }

        var count = values.Length;
        if (count == 0)
        {
            return MeanInterval.None;
        }

        double total = 0;
        foreach (var value in values)
        {
            total += value; // in order, as Enumerable.Average adds them: the same mean to the last bit
        }

        var mean = total / count;
        if (count == 1)
        {
            return new MeanInterval(mean, mean, mean, 1);
        }

        var random = new Random(seed);
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            double sum = 0;
            for (var k = 0; k < count; k++)
            {
                sum += values[random.Next(count)];
            }

            means[r] = sum / count;
        }

        Array.Sort(means);
        var alpha = (1 - level) / 2;
        return new MeanInterval(mean, Percentile(means, alpha), Percentile(means, 1 - alpha), count);
    }

    /// <summary>A stable 32-bit FNV-1a hash (string.GetHashCode changes between runs), to derive per-group seeds.</summary>
    public static int StableHash(string text) => (int)Fnv(2166136261u, text);

    /// <summary>The <see cref="StableHash(string)"/> of <paramref name="first"/> + <paramref name="separator"/> + <paramref name="second"/>, without making that string.</summary>
    public static int StableHash(ReadOnlySpan<char> first, char separator, ReadOnlySpan<char> second) =>
        (int)Fnv(Fnv(Fnv(2166136261u, first), [separator]), second);

    private static uint Fnv(uint hash, ReadOnlySpan<char> text)
    {
        unchecked
        {
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash;
        }
    }

    /// <summary>Linear interpolation between order statistics (the "type 7" definition used by R and NumPy).</summary>
    private static double Percentile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
