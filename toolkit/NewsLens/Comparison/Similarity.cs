using System.Collections.Immutable;
using NewsLens.Tables;
using NewsLens.Text;

namespace NewsLens.Comparison;

/// <summary>One cell of a similarity matrix: how alike two documents (or groups) are.</summary>
/// <param name="Left">The row document or group.</param>
/// <param name="Right">The column document or group.</param>
/// <param name="Cosine">Cosine of the TF-IDF vectors, in [0, 1].</param>
/// <param name="Jaccard">Shared vocabulary over combined vocabulary, in [0, 1].</param>
/// <param name="SharedTerms">Distinct features both use.</param>
public sealed record SimilarityPair(string Left, string Right, double Cosine, double Jaccard, int SharedTerms);

/// <summary>
/// Pairwise similarity of documents or groups. TF is the raw count; IDF is the smoothed ln((1 + n) / (1 + df)) + 1
/// over the n units compared (scikit-learn's default), so a term every unit uses still counts, only less.
/// Undefined values (an empty document) are 0.
/// </summary>
public sealed record SimilarityMatrix(ImmutableArray<string> Labels, ImmutableArray<SimilarityPair> Pairs)
{
    public SimilarityPair this[string left, string right] =>
        Pairs.FirstOrDefault(p => p.Left == left && p.Right == right) ?? throw new KeyNotFoundException($"No pair ({left}, {right}).");

    public double[,] Values(SimilarityMetric metric)
    {
        var values = new double[Labels.Length, Labels.Length];
        foreach (var pair in Pairs)
        {
            values[Labels.IndexOf(pair.Left), Labels.IndexOf(pair.Right)] = metric == SimilarityMetric.Cosine ? pair.Cosine : pair.Jaccard;
        }

        return values;
    }

    /// <summary>Long form: one row per ordered pair (left, right, cosine, jaccard, shared_terms).</summary>
    public ResultTable ToTable() => ResultTable.From(
        Pairs,
        ("left", p => p.Left),
        ("right", p => p.Right),
        ("cosine_tfidf", p => p.Cosine),
        ("jaccard", p => p.Jaccard),
        ("shared_terms", p => p.SharedTerms));

    /// <summary>Wide form: one row per label and one column per label, the way a matrix is read.</summary>
    public ResultTable ToMatrixTable(SimilarityMetric metric)
    {
        var values = Values(metric);
        var columns = ImmutableArray.Create(metric == SimilarityMetric.Cosine ? "cosine_tfidf" : "jaccard").AddRange(Labels);
        var rows = Labels.Select((label, i) => Enumerable.Range(0, Labels.Length)
            .Select(j => (object?)values[i, j])
            .Prepend(label)
            .ToImmutableArray());
        return new ResultTable(columns, [.. rows]);
    }
}

public enum SimilarityMetric
{
    Cosine,
    Jaccard,
}

/// <summary>Cosine on TF-IDF and Jaccard on vocabulary between every pair of documents or groups.</summary>
public static class Similarity
{
    /// <summary>Similarity between the groups of <paramref name="by"/> (an outlet by default; "document" for single articles).</summary>
    public static SimilarityMatrix Compute(TokenizedCorpus corpus, string by = Corpora.DocumentVariables.Outlet, FeatureOptions? features = null) =>
        Compute(FeatureCounts.ByGroup(corpus, by, features));

    public static SimilarityMatrix Compute(ImmutableArray<FeatureGroup> groups)
    {
        var n = groups.Length;
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in groups.SelectMany(g => g.Counts.Keys))
        {
            documentFrequency[feature] = documentFrequency.GetValueOrDefault(feature) + 1;
        }

        var vectors = groups.Select(g => g.Counts.ToDictionary(
            p => p.Key,
            p => p.Value * (Math.Log((1.0 + n) / (1.0 + documentFrequency[p.Key])) + 1),
            StringComparer.Ordinal)).ToList();
        var norms = vectors.Select(v => Math.Sqrt(v.Values.Sum(x => x * x))).ToList();

        var pairs = ImmutableArray.CreateBuilder<SimilarityPair>(n * n);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var (smaller, larger) = vectors[i].Count <= vectors[j].Count ? (vectors[i], vectors[j]) : (vectors[j], vectors[i]);
                double dot = 0;
                var shared = 0;
                foreach (var (feature, weight) in smaller)
                {
                    if (larger.TryGetValue(feature, out var other))
                    {
                        dot += weight * other;
                        shared++;
                    }
                }

                var union = vectors[i].Count + vectors[j].Count - shared;
                var cosine = norms[i] == 0 || norms[j] == 0 ? 0 : Math.Min(1, dot / (norms[i] * norms[j]));
                var jaccard = union == 0 ? 0 : (double)shared / union;
                pairs.Add(new SimilarityPair(groups[i].Name, groups[j].Name, cosine, jaccard, shared));
            }
        }

        return new SimilarityMatrix([.. groups.Select(g => g.Name)], pairs.MoveToImmutable());
    }
}
