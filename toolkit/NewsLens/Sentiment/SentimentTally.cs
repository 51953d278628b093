using System.Collections.Immutable;
using System.Globalization;
using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Sentiment;

/// <summary>
/// The per-group aggregates of <see cref="SentimentAnalysis"/> added up one article at a time, in corpus order, so a
/// streamed run keeps no article text: per group and measure only each scored sentence's article id, index, value and
/// a hash of its text and value (for the bootstrap seed), about 24 bytes a sentence. The bootstrap needs every value of a
/// group, so this grows with the number of sentences, not with the text.
/// </summary>
public sealed class SentimentTally(SentimentOptions options, string by)
{
    private static readonly SentimentMeasure[] Measures = Enum.GetValues<SentimentMeasure>();

    private readonly List<string> _order = [];
    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);

    public string By => by;

    /// <summary>Articles added (with or without a scorable sentence).</summary>
    public int Articles { get; private set; }

    public int Sentences { get; private set; }

    public int StanceSentences { get; private set; }

    /// <summary>Adds one article and its scored sentences.</summary>
    public void Add(TokenizedArticle article, IEnumerable<ScoredSentence> sentences)
    {
        Articles++;
        var name = DocumentGrouping.GroupOf(article.Article, by);
        if (!_groups.TryGetValue(name, out var group))
        {
            _groups[name] = group = new Group(article.Article.Date);
            _order.Add(name);
        }

        group.Mixed |= !string.Equals(group.Date, article.Article.Date, StringComparison.Ordinal);
        foreach (var sentence in sentences)
        {
            Sentences++;
            StanceSentences += sentence.IsAboutTarget ? 1 : 0;
            foreach (var measure in Measures)
            {
                if (SentimentAnalysis.Value(sentence, measure) is { } value)
                {
                    group.Values[(int)measure].Add(new Entry(sentence.ArticleId, sentence.Index, value, Bootstrap.StableHash(sentence.Text + '\u0002' + value.ToString("R", CultureInfo.InvariantCulture))));
                }
            }
        }
    }

    /// <summary>Each measure per group (groups in first-seen order), as <see cref="SentimentAnalysis.Aggregate"/> documents.</summary>
    public ImmutableArray<SentimentAggregate> Aggregate()
    {
        var results = ImmutableArray.CreateBuilder<SentimentAggregate>(_order.Count * Measures.Length);
        foreach (var name in _order)
        {
            var group = _groups[name];
            foreach (var measure in Measures)
            {
                var scored = group.Values[(int)measure];
                scored.Sort(static (a, b) =>
                {
                    var byArticle = string.CompareOrdinal(a.ArticleId, b.ArticleId);
                    return byArticle != 0 ? byArticle : a.Index.CompareTo(b.Index);
                });
                var interval = Bootstrap.Mean([.. scored.Select(e => e.Value)], options.BootstrapResamples, options.ConfidenceLevel, Seed(measure, scored));
                var articles = scored.Select(e => e.ArticleId).Distinct(StringComparer.Ordinal).Count();
                results.Add(new SentimentAggregate(by, name, measure, interval.Mean, interval.Lower, interval.Upper, interval.Count, articles, group.Mixed ? "mixed" : group.Date));
            }
        }

        return results.MoveToImmutable();
    }

    /// <summary>
    /// The bootstrap seed of one sample: the options' seed combined with the measure and, in document order, a hash of
    /// each sentence's text and score; never the group's label, so identical sentences get identical intervals under
    /// any grouping or name. Combining per-sentence hashes (rather than hashing all the texts as one string) lets a
    /// streamed run keep one number per sentence instead of its text.
    /// </summary>
    private int Seed(SentimentMeasure measure, List<Entry> sample)
    {
        unchecked
        {
            var hash = (uint)Bootstrap.StableHash(measure.ToString());
            foreach (var entry in sample)
            {
                hash = (hash ^ (uint)entry.Hash) * 16777619u;
            }

            return options.Seed ^ (int)hash;
        }
    }

    private readonly record struct Entry(string ArticleId, int Index, double Value, int Hash);

    private sealed class Group(string date)
    {
        public string Date => date;

        public bool Mixed { get; set; }

        public List<Entry>[] Values { get; } = [.. Measures.Select(_ => new List<Entry>())];
    }
}
