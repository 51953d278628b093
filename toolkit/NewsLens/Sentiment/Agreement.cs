using System.Collections.Immutable;

namespace NewsLens.Sentiment;

/// <summary>Agreement between hand labels and predicted labels: accuracy, Cohen's kappa and macro-averaged F1.</summary>
public sealed record Agreement(int Count, double Accuracy, double Kappa, double MacroF1, ImmutableSortedDictionary<(string Expected, string Predicted), int> Confusion)
{
    public static Agreement Compute(IEnumerable<(string Expected, string Predicted)> pairs)
    {
        var list = pairs.ToList();
        var confusion = list
            .GroupBy(p => p)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), Comparer<(string, string)>.Create((a, b) =>
            {
                var first = string.CompareOrdinal(a.Item1, b.Item1);
                return first != 0 ? first : string.CompareOrdinal(a.Item2, b.Item2);
            }));
        if (list.Count == 0)
        {
            return new Agreement(0, double.NaN, double.NaN, double.NaN, confusion);
        }

        var n = (double)list.Count;
        var labels = list.SelectMany(p => new[] { p.Expected, p.Predicted }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var observed = list.Count(p => p.Expected == p.Predicted) / n;
        var chance = labels.Sum(l => list.Count(p => p.Expected == l) / n * (list.Count(p => p.Predicted == l) / n));
        var kappa = chance >= 1 ? 1 : (observed - chance) / (1 - chance);
        var f1s = labels.Where(l => list.Any(p => p.Expected == l)).Select(l =>
        {
            var truePositive = list.Count(p => p.Expected == l && p.Predicted == l);
            var predicted = list.Count(p => p.Predicted == l);
            var actual = list.Count(p => p.Expected == l);
            var precision = predicted == 0 ? 0 : truePositive / (double)predicted;
            var recall = truePositive / (double)actual;
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }).ToList();
        return new Agreement(list.Count, observed, kappa, f1s.Average(), confusion);
    }
}
