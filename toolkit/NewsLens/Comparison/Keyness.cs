using System.Collections.Immutable;
using NewsLens.Tables;
using NewsLens.Text;

namespace NewsLens.Comparison;

/// <summary>What keyness compares and how it scores.</summary>
public sealed record KeynessOptions
{
    public static KeynessOptions Default { get; } = new();

    /// <summary>The document variable whose values are the targets (each compared with all other documents); "document" compares single articles.</summary>
    public string By { get; init; } = Corpora.DocumentVariables.Outlet;

    /// <summary>The measure <see cref="KeynessScore.Score"/> reports and results are ranked by. Both are always computed.</summary>
    public KeynessMeasure Measure { get; init; } = KeynessMeasure.LogLikelihood;

    /// <summary>The G² correction. Williams by default (as quanteda's textstat_keyness for "lr").</summary>
    public KeynessCorrection Correction { get; init; } = KeynessCorrection.Williams;

    /// <summary>
    /// α0, the total weight of the log-odds prior: each feature's prior count is α0 times its share of the whole corpus.
    /// 500 means the prior weighs as much as 500 words of text: it pulls the rates of rare features toward the corpus rate
    /// so one or two uses cannot make a word "key". Raise it to shrink harder; lower it to trust the counts more.
    /// </summary>
    public double PriorTotal { get; init; } = 500;

    /// <summary>Features used fewer times than this in the whole corpus are left out.</summary>
    public int MinCount { get; init; } = 1;

    public FeatureOptions Features { get; init; } = FeatureOptions.Default;

    /// <summary>
    /// When set, only this many of each group's most over-used features are kept (a bounded heap per group, filled from
    /// the features the group uses), so memory and time follow the groups' own vocabularies, not groups × vocabulary.
    /// Under-used features are then not scored. Null scores every group against the whole vocabulary.
    /// </summary>
    public int? TopPerGroup { get; init; }
}

/// <summary>
/// One feature's keyness for one target group against all other documents. Counts are raw; <see cref="Score"/> is the
/// chosen measure, signed so that positive means over-used by the target.
/// </summary>
public sealed record KeynessScore(
    string Group,
    string Feature,
    int TargetCount,
    int ReferenceCount,
    int TargetTotal,
    int ReferenceTotal,
    KeynessMeasure Measure,
    KeynessCorrection Correction,
    double PriorTotal,
    double G2,
    LogOddsEstimate LogOdds)
{
    public double Score => Measure == KeynessMeasure.LogLikelihood ? G2 : LogOdds.Z;

    /// <summary>p-value of the chosen measure: χ²(1) upper tail of |G²|, or two-sided normal of z.</summary>
    public double PValue => Measure == KeynessMeasure.LogLikelihood
        ? KeynessStatistics.ChiSquareOneDfPValue(Math.Abs(G2))
        : KeynessStatistics.NormalTwoSidedPValue(LogOdds.Z);

    public double TargetPerThousand => TargetTotal == 0 ? 0 : 1000.0 * TargetCount / TargetTotal;

    public double ReferencePerThousand => ReferenceTotal == 0 ? 0 : 1000.0 * ReferenceCount / ReferenceTotal;

    /// <summary>The correction as reported in tables: the G² correction, or "n/a" for log-odds (which has its prior instead).</summary>
    public string CorrectionName => Measure == KeynessMeasure.LogLikelihood ? Correction.ToString().ToLowerInvariant() : "n/a";

    public string MeasureName => Keyness.NameOf(Measure);
}

/// <summary>Keyness of every group, each against the rest of the corpus, ranked by score within each group.</summary>
public sealed record KeynessResult(KeynessOptions Options, ImmutableArray<string> Groups, ImmutableArray<KeynessScore> Scores)
{
    /// <summary>The <paramref name="n"/> most over-used features of each group (and the <paramref name="n"/> most under-used when asked).</summary>
    public ImmutableArray<KeynessScore> Top(int n, bool includeUnderused = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var builder = ImmutableArray.CreateBuilder<KeynessScore>();
        foreach (var group in Groups)
        {
            var scores = Scores.Where(s => s.Group == group).ToList();
            builder.AddRange(scores.Where(s => s.Score > 0).Take(n));
            if (includeUnderused)
            {
                builder.AddRange(scores.Where(s => s.Score < 0).TakeLast(n));
            }
        }

        return builder.ToImmutable();
    }

    public ResultTable ToTable() => ToTable(Scores);

    /// <summary>What the scores are, in words: "signed G², williams correction" or "log-odds z, prior α0 = 500".</summary>
    public string Describe() => Options.Measure == KeynessMeasure.LogLikelihood
        ? $"signed G², {Options.Correction.ToString().ToLowerInvariant()} correction"
        : $"log-odds z, informative Dirichlet prior α0 = {Options.PriorTotal.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>A narrower table for reading on screen (the measure and correction go in its title; see <see cref="Describe"/>).</summary>
    public static ResultTable ToCompactTable(IEnumerable<KeynessScore> scores) => ResultTable.From(
        scores,
        ("group", s => s.Group),
        ("feature", s => s.Feature),
        ("target", s => s.TargetCount),
        ("reference", s => s.ReferenceCount),
        ("score", s => s.Score),
        ("p", s => s.PValue < 0.0001 ? "<0.0001" : s.PValue.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)));

    public static ResultTable ToTable(IEnumerable<KeynessScore> scores) => ResultTable.From(
        scores,
        ("group", s => s.Group),
        ("feature", s => s.Feature),
        ("target_count", s => s.TargetCount),
        ("reference_count", s => s.ReferenceCount),
        ("target_total", s => s.TargetTotal),
        ("reference_total", s => s.ReferenceTotal),
        ("target_per_1000", s => Math.Round(s.TargetPerThousand, 3)),
        ("reference_per_1000", s => Math.Round(s.ReferencePerThousand, 3)),
        ("measure", s => s.MeasureName),
        ("correction", s => s.CorrectionName),
        ("score", s => s.Score),
        ("p_value", s => s.PValue));
}

/// <summary>Keyness of each group of documents (an outlet by default) against all the others.</summary>
public static class Keyness
{
    public static string NameOf(KeynessMeasure measure) => measure == KeynessMeasure.LogLikelihood ? "g2" : "logodds";

    public static KeynessResult Compute(TokenizedCorpus corpus, KeynessOptions? options = null)
    {
        options ??= KeynessOptions.Default;
        var groups = FeatureCounts.ByGroup(corpus, options.By, options.Features);
        return Compute(groups, options);
    }

    /// <summary>Keyness from counts already made (tests and callers with their own features use this).</summary>
    public static KeynessResult Compute(ImmutableArray<FeatureGroup> groups, KeynessOptions options)
    {
        if (options.TopPerGroup is { } top)
        {
            return KeynessTopK.Compute(groups, options, top);
        }

        var corpusCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (feature, count) in groups.SelectMany(g => g.Counts))
        {
            corpusCounts[feature] = corpusCounts.GetValueOrDefault(feature) + count;
        }

        var vocabulary = corpusCounts.Where(p => p.Value >= options.MinCount).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var corpusTotal = groups.Sum(g => g.Total);
        var scores = ImmutableArray.CreateBuilder<KeynessScore>(groups.Length * vocabulary.Count);
        foreach (var group in groups)
        {
            var referenceTotal = corpusTotal - group.Total;
            var groupScores = vocabulary.Select(feature =>
            {
                var a = group.Counts.GetValueOrDefault(feature);
                var b = corpusCounts[feature] - a;
                return new KeynessScore(
                    group.Name,
                    feature,
                    a,
                    b,
                    group.Total,
                    referenceTotal,
                    options.Measure,
                    options.Correction,
                    options.PriorTotal,
                    KeynessStatistics.LogLikelihood(a, b, group.Total, referenceTotal, options.Correction),
                    KeynessStatistics.LogOdds(a, b, group.Total, referenceTotal, options.PriorTotal));
            });
            scores.AddRange(groupScores
                .OrderByDescending(s => s.Score)
                .ThenByDescending(s => s.TargetCount)
                .ThenBy(s => s.Feature, StringComparer.Ordinal));
        }

        return new KeynessResult(options, [.. groups.Select(g => g.Name)], scores.MoveToImmutable());
    }
}
