namespace NewsLens.Comparison;

/// <summary>Which continuity correction the log-likelihood G² uses on its 2×2 table.</summary>
public enum KeynessCorrection
{
    /// <summary>G² = 2 Σ O ln(O/E), uncorrected.</summary>
    None,

    /// <summary>Every observed cell moved 0.5 toward its expected value (never past it) before computing G².</summary>
    Yates,

    /// <summary>G² divided by Williams' q = 1 + (N/R₁ + N/R₂ − 1)(N/C₁ + N/C₂ − 1) / 6N (the 2×2 case).</summary>
    Williams,
}

/// <summary>Which keyness measure ranks the features.</summary>
public enum KeynessMeasure
{
    /// <summary>Dunning's log-likelihood G², signed: positive when the target uses the feature more than the reference.</summary>
    LogLikelihood,

    /// <summary>Monroe, Colaresi &amp; Quinn (2008) log-odds ratio with an informative Dirichlet prior, as a z-score.</summary>
    LogOdds,
}

/// <summary>The log-odds estimate of one feature: the difference δ (natural logs), its approximate variance and z = δ/√variance.</summary>
public readonly record struct LogOddsEstimate(double Delta, double Variance, double Z);

/// <summary>
/// The arithmetic of keyness on one feature's 2×2 table:
/// <code>
///              target        reference
/// feature      a             b
/// other words  c = Nt − a    d = Nr − b
/// </code>
/// </summary>
public static class KeynessStatistics
{
    /// <summary>Signed G²: positive when the feature's rate in the target (a/Nt) is above its rate in the reference (b/Nr).</summary>
    public static double LogLikelihood(int targetCount, int referenceCount, int targetTotal, int referenceTotal, KeynessCorrection correction)
    {
        Validate(targetCount, referenceCount, targetTotal, referenceTotal);
        double a = targetCount, b = referenceCount, c = targetTotal - targetCount, d = referenceTotal - referenceCount;
        double n = a + b + c + d;
        double row1 = a + b, row2 = c + d, col1 = a + c, col2 = b + d;
        if (row1 == 0 || row2 == 0 || col1 == 0 || col2 == 0)
        {
            return 0; // a margin of zero: the table carries no evidence either way
        }

        double ea = row1 * col1 / n, eb = row1 * col2 / n, ec = row2 * col1 / n, ed = row2 * col2 / n;
        var sign = Math.Sign((a * d) - (b * c)); // a/Nt > b/Nr exactly when ad > bc
        if (sign == 0)
        {
            return 0;
        }

        if (correction == KeynessCorrection.Yates)
        {
            (a, b, c, d) = (TowardExpected(a, ea), TowardExpected(b, eb), TowardExpected(c, ec), TowardExpected(d, ed));
        }

        var g2 = 2 * (Term(a, ea) + Term(b, eb) + Term(c, ec) + Term(d, ed));
        if (correction == KeynessCorrection.Williams)
        {
            var q = 1 + (((n / row1) + (n / row2) - 1) * ((n / col1) + (n / col2) - 1) / (6 * n));
            g2 /= q;
        }

        // Rounding can leave a tiny negative sum when O ≈ E.
        return sign * Math.Max(0, g2);
    }

    /// <summary>
    /// Monroe, Colaresi &amp; Quinn (2008, eq. 16 and 20): with the prior α_w = α0 · (a + b) / (Nt + Nr) taken from the whole
    /// corpus's counts scaled to the total <paramref name="priorTotal"/> (α0),
    /// δ = ln[(a + α_w) / (Nt + α0 − a − α_w)] − ln[(b + α_w) / (Nr + α0 − b − α_w)], variance ≈ 1/(a + α_w) + 1/(b + α_w).
    /// </summary>
    public static LogOddsEstimate LogOdds(int targetCount, int referenceCount, int targetTotal, int referenceTotal, double priorTotal)
    {
        Validate(targetCount, referenceCount, targetTotal, referenceTotal);
        if (!(priorTotal > 0) || double.IsInfinity(priorTotal))
        {
            throw new ArgumentOutOfRangeException(nameof(priorTotal), priorTotal, "The prior total α0 must be a positive finite number.");
        }

        var corpusTotal = (double)targetTotal + referenceTotal;
        if (corpusTotal == 0 || targetCount + referenceCount == 0)
        {
            return new LogOddsEstimate(0, double.NaN, 0);
        }

        var alpha = priorTotal * (targetCount + referenceCount) / corpusTotal;
        double a = targetCount, b = referenceCount;
        var targetOther = targetTotal + priorTotal - a - alpha;
        var referenceOther = referenceTotal + priorTotal - b - alpha;
        if (targetOther <= 0 || referenceOther <= 0)
        {
            return new LogOddsEstimate(0, double.NaN, 0); // the feature is the whole corpus: no odds to compare
        }

        var delta = Math.Log((a + alpha) / targetOther) - Math.Log((b + alpha) / referenceOther);
        var variance = (1 / (a + alpha)) + (1 / (b + alpha));
        return new LogOddsEstimate(delta, variance, delta / Math.Sqrt(variance));
    }

    /// <summary>Upper-tail probability of a χ² statistic with one degree of freedom (the p-value of |G²|).</summary>
    public static double ChiSquareOneDfPValue(double statistic) => statistic <= 0 ? 1 : Erfc(Math.Sqrt(statistic / 2));

    /// <summary>Two-sided p-value of a standard normal z.</summary>
    public static double NormalTwoSidedPValue(double z) => double.IsNaN(z) ? double.NaN : Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>Complementary error function: Maclaurin series of erf below 0.5, else the continued fraction of Q(1/2, x²), accurate to ~1e-15 relative.</summary>
    public static double Erfc(double x)
    {
        if (x < 0)
        {
            return 2 - Erfc(-x);
        }

        if (x < 0.5)
        {
            return 1 - Erf(x);
        }

        if (x > 27)
        {
            return 0;
        }

        // 1 − erf(x) would lose the small p-values to cancellation; the continued fraction keeps them.
        return IncompleteGammaQHalf(x * x);
    }

    private static double Erf(double x)
    {
        // Maclaurin series; converges fast for |x| < 0.5.
        double sum = x, term = x, x2 = x * x;
        for (var n = 1; n < 60; n++)
        {
            term *= -x2 / n;
            var add = term / ((2 * n) + 1);
            sum += add;
            if (Math.Abs(add) < 1e-17 * Math.Abs(sum))
            {
                break;
            }
        }

        return 2 / Math.Sqrt(Math.PI) * sum;
    }

    /// <summary>Q(1/2, y) by Lentz's continued fraction; erfc(x) = Q(1/2, x²) for x ≥ 0.</summary>
    private static double IncompleteGammaQHalf(double y)
    {
        const double a = 0.5;
        const double tiny = 1e-300;
        var b = y + 1 - a;
        var c = 1 / tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < 300; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            if (Math.Abs(d) < tiny)
            {
                d = tiny;
            }

            c = b + (an / c);
            if (Math.Abs(c) < tiny)
            {
                c = tiny;
            }

            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        // Γ(1/2) = √π
        return Math.Exp(-y + (a * Math.Log(y))) * h / Math.Sqrt(Math.PI);
    }

    private static double TowardExpected(double observed, double expected) =>
        observed > expected ? observed - Math.Min(0.5, observed - expected) : observed + Math.Min(0.5, expected - observed);

    private static double Term(double observed, double expected) => observed == 0 ? 0 : observed * Math.Log(observed / expected);

    private static void Validate(int targetCount, int referenceCount, int targetTotal, int referenceTotal)
    {
        if (targetCount < 0 || referenceCount < 0 || targetCount > targetTotal || referenceCount > referenceTotal)
        {
            throw new ArgumentOutOfRangeException(nameof(targetCount), $"Counts must satisfy 0 ≤ a ≤ Nt and 0 ≤ b ≤ Nr (got a={targetCount}, b={referenceCount}, Nt={targetTotal}, Nr={referenceTotal}).");
        }
    }
}
