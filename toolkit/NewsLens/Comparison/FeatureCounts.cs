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
        options ??= FeatureOptions.Default;
        DocumentGrouping.Check(corpus.Articles.Select(a => a.Article), variable);
        var order = new List<string>();
        var members = new Dictionary<string, List<TokenizedArticle>>(StringComparer.Ordinal);
        foreach (var article in corpus.Articles)
        {
            var name = DocumentGrouping.GroupOf(article.Article, variable);
            if (!members.TryGetValue(name, out var list))
            {
                members[name] = list = [];
                order.Add(name);
            }

            list.Add(article);
        }

        return [.. order.Select(name => Count(name, members[name], options))];
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
