using System.Collections.Immutable;

namespace NewsLens.Comparison;

/// <summary>
/// Keyness with bounded memory: each group keeps its <c>k</c> most over-used features in a heap while its own counts
/// are scored, so nothing proportional to groups × vocabulary is ever built. The ranking is the one
/// <see cref="Keyness.Compute(ImmutableArray{FeatureGroup}, KeynessOptions)"/> uses (score, then target count, then
/// feature), so the result equals the first <c>k</c> positive scores of the full computation.
/// </summary>
public static class KeynessTopK
{
    public static KeynessResult Compute(ImmutableArray<FeatureGroup> groups, KeynessOptions options, int top)
    {
        var corpusCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (feature, count) in groups.SelectMany(g => g.Counts))
        {
            corpusCounts[feature] = corpusCounts.GetValueOrDefault(feature) + count;
        }

        var corpusTotal = groups.Sum(g => g.Total);
        var scores = ImmutableArray.CreateBuilder<KeynessScore>();
        foreach (var group in groups)
        {
            scores.AddRange(TopOf(group.Name, group.Counts.Select(p => (p.Key, p.Value)), group.Total, f => corpusCounts[f], corpusTotal, options, top));
        }

        return new KeynessResult(options, [.. groups.Select(g => g.Name)], scores.ToImmutable());
    }

    /// <summary>
    /// The <paramref name="top"/> most over-used features of one group (positive scores only), best first, from the
    /// group's own counts and each feature's count in the whole corpus (the group included).
    /// </summary>
    public static ImmutableArray<KeynessScore> TopOf(
        string group,
        IEnumerable<(string Feature, int Count)> groupCounts,
        int groupTotal,
        Func<string, int> corpusCount,
        int corpusTotal,
        KeynessOptions options,
        int top) =>
        TopOf(group, groupCounts.Select(c => (c.Feature, c.Count, corpusCount(c.Feature))), groupTotal, corpusTotal, options, top);

    /// <summary>
    /// The <paramref name="top"/> most over-used features of one group, best first, from each feature's count in the
    /// group and in the whole corpus (the group included).
    /// </summary>
    public static ImmutableArray<KeynessScore> TopOf(
        string group,
        IEnumerable<(string Feature, int Count, int CorpusCount)> counts,
        int groupTotal,
        int corpusTotal,
        KeynessOptions options,
        int top)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        if (top == 0)
        {
            return [];
        }

        var referenceTotal = corpusTotal - groupTotal;
        var heap = new PriorityQueue<(string Feature, int Count, int Reference), (double Score, int Count, string Feature)>(top + 1, WorstFirst.Instance);
        foreach (var (feature, count, inCorpus) in counts)
        {
            if (count <= 0 || inCorpus < options.MinCount)
            {
                continue;
            }

            var score = ScoreOf(count, inCorpus - count, groupTotal, referenceTotal, options);
            if (!(score > 0))
            {
                continue;
            }

            var key = (score, count, feature);
            if (heap.Count < top)
            {
                heap.Enqueue((feature, count, inCorpus - count), key);
            }
            else if (heap.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare(key, worst) > 0)
            {
                heap.DequeueEnqueue((feature, count, inCorpus - count), key);
            }
        }

        var best = new List<KeynessScore>(heap.Count);
        while (heap.TryDequeue(out var entry, out _))
        {
            var b = entry.Reference;
            best.Add(new KeynessScore(
                group,
                entry.Feature,
                entry.Count,
                b,
                groupTotal,
                referenceTotal,
                options.Measure,
                options.Correction,
                options.PriorTotal,
                KeynessStatistics.LogLikelihood(entry.Count, b, groupTotal, referenceTotal, options.Correction),
                KeynessStatistics.LogOdds(entry.Count, b, groupTotal, referenceTotal, options.PriorTotal)));
        }

        best.Reverse();
        return [.. best];
    }

    private static double ScoreOf(int a, int b, int targetTotal, int referenceTotal, KeynessOptions options) =>
        options.Measure == KeynessMeasure.LogLikelihood
            ? KeynessStatistics.LogLikelihood(a, b, targetTotal, referenceTotal, options.Correction)
            : KeynessStatistics.LogOdds(a, b, targetTotal, referenceTotal, options.PriorTotal).Z;

    /// <summary>Orders candidates worst first: lower score, then lower target count, then the later feature (ordinal).</summary>
    private sealed class WorstFirst : IComparer<(double Score, int Count, string Feature)>
    {
        public static WorstFirst Instance { get; } = new();

        public int Compare((double Score, int Count, string Feature) x, (double Score, int Count, string Feature) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byCount = x.Count.CompareTo(y.Count);
            return byCount != 0 ? byCount : string.CompareOrdinal(y.Feature, x.Feature);
        }
    }
}
