namespace NewsLens.Sentiment.Evaluation;

public static class Correlation
{
    /// <summary>Pearson's r of two equally long series; NaN when either has no variance or fewer than two values.</summary>
    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count)
        {
            throw new ArgumentException("the two series differ in length", nameof(y));
        }

        if (x.Count < 2)
        {
            return double.NaN;
        }

        double meanX = x.Average(), meanY = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }
}
