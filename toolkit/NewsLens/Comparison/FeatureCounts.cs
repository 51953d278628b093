using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Comparison;

/// <summary>How word features are counted for comparisons: folded word and number tokens, optionally without stop words or diacritics.</summary>
public sealed record FeatureOptions
{
    public static FeatureOptions Default { get; } = new();

    /// <summary>Stop words to drop before counting; <see cref="StopWords.English"/> by default, <see cref="StopWords.None"/> keeps every word.</summary>
    public StopWords StopWords { get; init; } = StopWords.English;

    /// <summary>Whether Çavuşoğlu and Cavusoglu count as one feature. Off by default: spelling is part of what differs between outlets.</summary>
    public bool FoldDiacritics { get; init; }

    /// <summary>Whether number tokens (2011, 3.5) count as features.</summary>
    public bool IncludeNumbers { get; init; } = true;
}

/// <summary>A named set of documents (an outlet, or any value of a document variable) and its feature counts.</summary>
public sealed record FeatureGroup(string Name, ImmutableArray<string> DocumentIds, FrozenDictionary<string, int> Counts, int Total, int WordCount);

/// <summary>Counts features per group of documents.</summary>
public static class FeatureCounts
{
    /// <summary>The pseudo-variable that groups by document id (one group per article).</summary>
    public const string ByDocument = DocumentGrouping.ByDocument;

    public static IEnumerable<string> Features(TokenizedArticle article, FeatureOptions options)
    {
        var folded = article.Folded(options.FoldDiacritics);
        for (var i = 0; i < article.Tokens.Length; i++)
        {
            var token = article.Tokens[i];
            if (token.Kind == TokenKind.Word || (options.IncludeNumbers && token.Kind == TokenKind.Number))
            {
                if (!options.StopWords.Contains(folded[i]))
                {
                    yield return folded[i];
                }
            }
        }
    }

    /// <summary>One group per distinct value of <paramref name="variable"/>, in order of first appearance in the corpus.</summary>
    public static ImmutableArray<FeatureGroup> ByGroup(TokenizedCorpus corpus, string variable, FeatureOptions? options = null)
    {
        DocumentGrouping.Check(corpus.Articles.Select(a => a.Article), variable);
        var tally = new FeatureTally(variable, options ?? FeatureOptions.Default);
        foreach (var article in corpus.Articles)
        {
            tally.Add(article);
        }

        return tally.ToGroups();
    }

    public static FeatureGroup Count(string name, IReadOnlyCollection<TokenizedArticle> articles, FeatureOptions options)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var feature in articles.SelectMany(a => Features(a, options)))
        {
            counts[feature] = counts.GetValueOrDefault(feature) + 1;
            total++;
        }

        return new FeatureGroup(name, [.. articles.Select(a => a.Id)], counts.ToFrozenDictionary(StringComparer.Ordinal), total, articles.Sum(a => a.WordCount));
    }
}

/// <summary>
/// Feature counts per group added up one article at a time (a streamed run feeds it batch by batch): what
/// <see cref="FeatureCounts.ByGroup"/> gives, holding per group its document ids and one count per distinct feature.
/// </summary>
public sealed class FeatureTally(string variable, FeatureOptions options)
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, Builder> _groups = new(StringComparer.Ordinal);

    public void Add(TokenizedArticle article)
    {
        var name = DocumentGrouping.GroupOf(article.Article, variable);
        if (!_groups.TryGetValue(name, out var group))
        {
            _groups[name] = group = new Builder();
            _order.Add(name);
        }

        group.Ids.Add(article.Id);
        group.WordCount += article.WordCount;
        foreach (var feature in FeatureCounts.Features(article, options))
        {
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(group.Counts, feature, out _);
            count++;
            group.Total++;
        }
    }

    /// <summary>The groups in first-seen order; each group's mutable counts are released as it is frozen.</summary>
    public ImmutableArray<FeatureGroup> ToGroups()
    {
        var groups = ImmutableArray.CreateBuilder<FeatureGroup>(_order.Count);
        foreach (var name in _order)
        {
            var group = _groups[name];
            groups.Add(new FeatureGroup(name, [.. group.Ids], group.Counts.ToFrozenDictionary(StringComparer.Ordinal), group.Total, group.WordCount));
            group.Counts = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        return groups.MoveToImmutable();
    }

    private sealed class Builder
    {
        public List<string> Ids { get; } = [];

        public Dictionary<string, int> Counts { get; set; } = new(StringComparer.Ordinal);

        public int Total { get; set; }

        public int WordCount { get; set; }
    }
}
