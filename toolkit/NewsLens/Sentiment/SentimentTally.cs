using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Sentiment;

/// <summary>
/// The per-group aggregates of <see cref="SentimentAnalysis"/> added up one article at a time, in corpus order, so a
/// streamed run keeps no article text: per group and measure only each scored sentence's article (a number), index,
/// value and a hash of its text and value (for the bootstrap seed), 20 bytes a sentence in fixed-size chunks that are
/// never copied as they fill (a growing list would hold up to three times that while it doubles, and leave the old
/// arrays as large-object garbage). The bootstrap needs every value of a group, so this grows with the number of
/// sentences, not with the text.
/// </summary>
public sealed class SentimentTally(SentimentOptions options, string by)
{
    private static readonly SentimentMeasure[] Measures = Enum.GetValues<SentimentMeasure>();

    private readonly List<string> _order = [];
    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);

    /// <summary>The id of each article a sentence came from, by the number its entries carry.</summary>
    private readonly List<string> _articleIds = [];

    /// <summary>What <see cref="Aggregate"/> last gave (null once another article is added).</summary>
    private ImmutableArray<SentimentAggregate>? _aggregate;

    public string By => by;

    /// <summary>Articles added (with or without a scorable sentence).</summary>
    public int Articles { get; private set; }

    public int Sentences { get; private set; }

    public int StanceSentences { get; private set; }

    /// <summary>Adds one article and its scored sentences.</summary>
    public void Add(TokenizedArticle article, IEnumerable<ScoredSentence> sentences)
    {
        _aggregate = null;
        Articles++;
        var name = DocumentGrouping.GroupOf(article.Article, by);
        if (!_groups.TryGetValue(name, out var group))
        {
            _groups[name] = group = new Group(article.Article.Date);
            _order.Add(name);
        }

        group.Mixed |= !string.Equals(group.Date, article.Article.Date, StringComparison.Ordinal);
        Span<char> number = stackalloc char[32]; // a score as the seed hashes it ("R")
        foreach (var sentence in sentences)
        {
            Sentences++;
            StanceSentences += sentence.IsAboutTarget ? 1 : 0;
            if (_articleIds.Count == 0 || !string.Equals(_articleIds[^1], sentence.ArticleId, StringComparison.Ordinal))
            {
                _articleIds.Add(sentence.ArticleId);
            }

            foreach (var measure in Measures)
            {
                if (SentimentAnalysis.Value(sentence, measure) is { } value)
                {
                    value.TryFormat(number, out var written, "R", CultureInfo.InvariantCulture);
                    group.Values[(int)measure].Add(new Entry(value, _articleIds.Count - 1, sentence.Index, Bootstrap.StableHash(sentence.Text, '\u0002', number[..written])));
                }
            }
        }
    }

    /// <summary>
    /// Each measure per group (groups in first-seen order), as <see cref="SentimentAnalysis.Aggregate"/> documents. The
    /// bootstraps (2,000 resamples of every sentence of a group: most of a large run's time) run on all cores, each
    /// with its own seed, so the result does not depend on how they are scheduled; it is kept until an article is added.
    /// </summary>
    public ImmutableArray<SentimentAggregate> Aggregate()
    {
        if (_aggregate is { } known)
        {
            return known;
        }

        var ranks = OrdinalRanks();
        var samples = _order.SelectMany(name => Measures.Select(measure => (Name: name, Group: _groups[name], Measure: measure))).ToArray();
        var results = new SentimentAggregate[samples.Length];
        Parallel.For(0, samples.Length, i =>
        {
            var (name, group, measure) = samples[i];

            // Sentences in (article id, index) order, ids compared ordinally: the order the seed and the values take.
            var scored = group.Values[(int)measure].ToArray();
            Array.Sort(scored, (a, b) =>
            {
                var byArticle = ranks[a.Article].CompareTo(ranks[b.Article]);
                return byArticle != 0 ? byArticle : a.Index.CompareTo(b.Index);
            });
            var values = new double[scored.Length];
            for (var k = 0; k < scored.Length; k++)
            {
                values[k] = scored[k].Value;
            }

            var interval = Bootstrap.Mean(values.AsSpan(), options.BootstrapResamples, options.ConfidenceLevel, Seed(measure, scored));
            var articles = scored.Select(e => ranks[e.Article]).Distinct().Count();
            results[i] = new SentimentAggregate(by, name, measure, interval.Mean, interval.Lower, interval.Upper, interval.Count, articles, group.Mixed ? "mixed" : group.Date);
        });

        _aggregate = ImmutableCollectionsMarshal.AsImmutableArray(results);
        return _aggregate.Value;
    }

    /// <summary>Each article number's place among the ids in ordinal order; equal ids (from different parts) share one.</summary>
    private int[] OrdinalRanks()
    {
        var order = Enumerable.Range(0, _articleIds.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(_articleIds[a], _articleIds[b]));
        var ranks = new int[order.Length];
        for (var i = 1; i < order.Length; i++)
        {
            ranks[order[i]] = string.Equals(_articleIds[order[i]], _articleIds[order[i - 1]], StringComparison.Ordinal) ? ranks[order[i - 1]] : i;
        }

        return ranks;
    }

    /// <summary>
    /// The bootstrap seed of one sample: the options' seed combined with the measure and, in document order, a hash of
    /// each sentence's text and score; never the group's label, so identical sentences get identical intervals under
    /// any grouping or name. Combining per-sentence hashes (rather than hashing all the texts as one string) lets a
    /// streamed run keep one number per sentence instead of its text.
    /// </summary>
    private int Seed(SentimentMeasure measure, Entry[] sample)
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

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Entry(double Value, int Article, int Index, int Hash);

    private sealed class Group(string date)
    {
        public string Date => date;

        public bool Mixed { get; set; }

        public ChunkedList<Entry>[] Values { get; } = [.. Measures.Select(_ => new ChunkedList<Entry>())];
    }
}
