using System.Collections.Immutable;

namespace NewsLens.Text;

/// <summary>A feature's frequency in a corpus, the way quanteda's textstat_frequency reports it.</summary>
public sealed record FeatureFrequency(string Feature, int Frequency, int Rank, int DocumentFrequency);

/// <summary>Word n-grams of folded word tokens; n-grams never cross a sentence boundary.</summary>
public static class NGrams
{
    public static IEnumerable<string> Of(TokenizedArticle article, int n, StopWords? stopWords = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var folded = article.Folded();
        var window = new List<string>(n);
        foreach (var sentence in article.Sentences)
        {
            window.Clear();
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var token = article.Tokens[i];
                if (!token.IsWordLike || (stopWords is not null && stopWords.Contains(folded[i])))
                {
                    if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
                    {
                        window.Clear();
                    }

                    continue;
                }

                window.Add(folded[i]);
                if (window.Count > n)
                {
                    window.RemoveAt(0);
                }

                if (window.Count == n)
                {
                    yield return string.Join(' ', window);
                }
            }
        }
    }

    /// <summary>Frequency table of n-grams over a corpus, most frequent first, ties in ordinal order.</summary>
    public static ImmutableArray<FeatureFrequency> Frequencies(TokenizedCorpus corpus, int n = 1, StopWords? stopWords = null)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in corpus.Articles)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var gram in Of(article, n, stopWords))
            {
                frequency[gram] = frequency.GetValueOrDefault(gram) + 1;
                if (seen.Add(gram))
                {
                    documents[gram] = documents.GetValueOrDefault(gram) + 1;
                }
            }
        }

        var ordered = frequency.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var builder = ImmutableArray.CreateBuilder<FeatureFrequency>(ordered.Count);
        var rank = 0;
        var previous = -1;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Value != previous)
            {
                rank = i + 1;
                previous = ordered[i].Value;
            }

            builder.Add(new FeatureFrequency(ordered[i].Key, ordered[i].Value, rank, documents[ordered[i].Key]));
        }

        return builder.MoveToImmutable();
    }
}
