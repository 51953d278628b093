using NewsLens.Comparison;
using NewsLens.Mentions;
using NewsLens.Sentiment;
using NewsLens.Text;

namespace NewsLens.Benchmarks;

/// <summary>Actor mentions with the seed dictionary, counted per actor (every link kind included).</summary>
public sealed class MentionTally
{
    private readonly MentionMatcher _matcher = new(ActorDictionary.Load(Path.Combine(RepositoryRoot.Path, ActorDictionary.DefaultRelativePath)));
    private readonly Dictionary<string, long> _byActor = new(StringComparer.Ordinal);
    private long _total;

    public void Add(TokenizedCorpus batch)
    {
        foreach (var article in batch.Articles)
        {
            foreach (var mention in _matcher.Find(article))
            {
                _byActor[mention.ActorKey] = _byActor.GetValueOrDefault(mention.ActorKey) + 1;
                _total++;
            }
        }
    }

    public string Summary() =>
        $"{_total:N0} mentions of {_byActor.Count} actors; top: {string.Join(", ", _byActor.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(3).Select(p => $"{p.Key} {p.Value:N0}"))}";
}

/// <summary>General sentiment of every sentence (VADER rules with the news fixes), averaged per outlet.</summary>
public sealed class SentimentTally
{
    private readonly SentimentScorer _scorer = new();
    private readonly Dictionary<string, (double Sum, long Count)> _byOutlet = new(StringComparer.Ordinal);

    public void Add(TokenizedCorpus batch)
    {
        foreach (var article in batch.Articles)
        {
            var (sum, count) = _byOutlet.GetValueOrDefault(article.Article.Outlet);
            foreach (var sentence in article.Sentences)
            {
                sum += _scorer.Score(article, sentence).Compound;
                count++;
            }

            _byOutlet[article.Article.Outlet] = (sum, count);
        }
    }

    public string Summary() =>
        $"{_byOutlet.Values.Sum(v => v.Count):N0} sentences scored; mean compound by outlet {string.Join(", ", _byOutlet.OrderBy(p => p.Key, StringComparer.Ordinal).Take(3).Select(p => $"{p.Key} {p.Value.Sum / p.Value.Count:+0.000;-0.000}"))}…";
}

/// <summary>Word counts per outlet (a streaming <see cref="NGramCounter"/> each), then Dunning G² (Williams) of each outlet's words against the rest.</summary>
public sealed class KeynessTally
{
    private readonly Dictionary<string, NGramCounter> _byOutlet = new(StringComparer.Ordinal);

    public void Add(TokenizedCorpus batch)
    {
        foreach (var article in batch.Articles)
        {
            if (!_byOutlet.TryGetValue(article.Article.Outlet, out var counts))
            {
                _byOutlet[article.Article.Outlet] = counts = new NGramCounter(1);
            }

            counts.Add(article);
        }
    }

    /// <summary>The keyness itself: every outlet's every word against the rest of the corpus.</summary>
    public string Summary()
    {
        var byOutlet = _byOutlet.ToDictionary(p => p.Key, p => p.Value.ToFrequencies(), StringComparer.Ordinal);
        var corpus = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in byOutlet.Values.SelectMany(f => f))
        {
            corpus[feature.Feature] = corpus.GetValueOrDefault(feature.Feature) + feature.Frequency;
        }

        var corpusTotal = corpus.Values.Sum();
        var scored = 0L;
        var best = (Outlet: "", Word: "", Score: double.MinValue);
        foreach (var (outlet, features) in byOutlet.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var total = features.Sum(f => f.Frequency);
            foreach (var feature in features)
            {
                var score = KeynessStatistics.LogLikelihood(feature.Frequency, corpus[feature.Feature] - feature.Frequency, total, corpusTotal - total, KeynessCorrection.Williams);
                scored++;
                if (score > best.Score)
                {
                    best = (outlet, feature.Feature, score);
                }
            }
        }

        return $"{scored:N0} outlet × word G² scores over {_byOutlet.Count} outlets; most key: '{best.Word}' for {best.Outlet} (G² {best.Score:F1})";
    }
}
