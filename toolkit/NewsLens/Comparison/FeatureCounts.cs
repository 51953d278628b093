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
/// <see cref="FeatureCounts.ByGroup"/> gives, holding per group its document ids and one count per distinct feature,
/// keyed by the feature's number in a <see cref="Vocabulary"/> (the articles' own when they were tokenised with one) and
/// packed (<see cref="PackedWordCounts"/>), so hundreds of groups (dates, weeks) cost 2 to 3 bytes per group and word and
/// no string key each: compare --by date on 1 GB (730 dates) peaked at 782 MiB instead of 993 MiB with hash tables.
/// <see cref="Keyness"/> with a top-k scores straight from these counts; <see cref="ToGroups"/> builds the string-keyed
/// groups that similarity and the full keyness ranking take.
/// </summary>
public sealed class FeatureTally(string variable, FeatureOptions options)
{
    private const byte Feature = 1;
    private const byte StopWord = 2;

    private readonly List<string> _order = [];
    private readonly Dictionary<string, Builder> _groups = new(StringComparer.Ordinal);
    private Vocabulary? _vocabulary;
    private byte[] _kinds = [];
    private int[] _corpusCounts = [];
    private ImmutableArray<FeatureGroup>? _frozen;

    public void Add(TokenizedArticle article)
    {
        if (_frozen is not null)
        {
            throw new InvalidOperationException("the tally was already turned into groups");
        }

        var name = DocumentGrouping.GroupOf(article.Article, variable);
        if (!_groups.TryGetValue(name, out var group))
        {
            _groups[name] = group = new Builder();
            _order.Add(name);
        }

        group.Ids.Add(article.Id);
        group.WordCount += article.WordCount;
        var source = article.Vocabulary;
        var vocabulary = _vocabulary ??= source ?? new Vocabulary();
        var same = ReferenceEquals(source, vocabulary);
        var ids = same ? article.FoldedIds(options.FoldDiacritics) : default;
        var folded = same ? default : article.Folded(options.FoldDiacritics);
        var tokens = article.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var kind = tokens[i].Kind;
            if (kind != TokenKind.Word && !(options.IncludeNumbers && kind == TokenKind.Number))
            {
                continue;
            }

            var word = same ? ids[i] : vocabulary.IdOf(folded[i]);
            if (!IsFeature(word))
            {
                continue;
            }

            group.Counts.Add(word);
            group.Total++;
            _corpusCounts[word]++;
        }
    }

    /// <summary>
    /// Keyness of every group against the rest, groups in first-seen order. With <see cref="KeynessOptions.TopPerGroup"/>
    /// each group's heap is filled from its counts by word number, so no string-keyed table is built; otherwise (or after
    /// <see cref="ToGroups"/>) it is <see cref="Comparison.Keyness.Compute(ImmutableArray{FeatureGroup}, KeynessOptions)"/>
    /// on the groups.
    /// </summary>
    public KeynessResult Keyness(KeynessOptions keyness)
    {
        if (keyness.TopPerGroup is not { } top || _frozen is not null)
        {
            return Comparison.Keyness.Compute(ToGroups(), keyness);
        }

        var corpusTotal = _order.Sum(name => _groups[name].Total);
        var scores = ImmutableArray.CreateBuilder<KeynessScore>();
        foreach (var name in _order)
        {
            var group = _groups[name];
            var counts = group.Counts.Entries().Select(e => (_vocabulary![e.Word], e.Count, _corpusCounts[e.Word]));
            scores.AddRange(KeynessTopK.TopOf(name, counts, group.Total, corpusTotal, keyness, top));
        }

        return new KeynessResult(keyness, [.. _order], scores.ToImmutable());
    }

    /// <summary>
    /// Similarity between the groups, as <see cref="Comparison.Similarity.Compute(ImmutableArray{FeatureGroup})"/> gives
    /// it on <see cref="ToGroups"/> (the same pairs in the same order; sums taken in another order, so a cosine may
    /// differ in its last digits), from the counts by word number and without building either: each word's groups are
    /// gathered a block of words at a time and every pair of them adds to dense n × n sums, so the work is the sum over
    /// words of (groups using the word)², not n² × vocabulary lookups (730 dates of 200 MB: minutes and 0.9 GB before).
    /// </summary>
    public SimilarityMatrix Similarity()
    {
        if (_frozen is { } frozen)
        {
            return Comparison.Similarity.Compute(frozen);
        }

        var n = _order.Count;
        var counts = _order.Select(name => _groups[name].Counts).ToArray();
        var documentFrequency = new int[_kinds.Length];
        foreach (var group in counts)
        {
            var cursor = group.Read();
            while (cursor.TryNext(int.MaxValue, out var word, out _))
            {
                documentFrequency[word]++;
            }
        }

        var dot = new double[(long)n * n];
        var shared = new int[(long)n * n];
        var postings = new Postings(documentFrequency.Length);
        var cursors = counts.Select(group => group.Read()).ToArray(); // blocks ascend by word number, so each group is read once
        for (var first = 0; first < documentFrequency.Length;)
        {
            // A block: as many words as fit (at least one), so the gathered entries stay bounded whatever the corpus.
            var end = first;
            long size = 0;
            while (end < documentFrequency.Length && (end == first || size + documentFrequency[end] <= MaxPostingsPerBlock))
            {
                size += documentFrequency[end++];
            }

            postings.Gather(cursors, documentFrequency, first, end);
            postings.AddPairs(end - first, n, dot, shared);
            first = end;
        }

        var distinct = counts.Select(group => group.Count).ToArray();
        var pairs = ImmutableArray.CreateBuilder<SimilarityPair>(n * n);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var at = (long)Math.Min(i, j) * n + Math.Max(i, j);
                var union = distinct[i] + distinct[j] - shared[at];
                var (normI, normJ) = (Math.Sqrt(dot[(long)i * n + i]), Math.Sqrt(dot[(long)j * n + j]));
                var cosine = normI == 0 || normJ == 0 ? 0 : Math.Min(1, dot[at] / (normI * normJ));
                pairs.Add(new SimilarityPair(_order[i], _order[j], cosine, union == 0 ? 0 : (double)shared[at] / union, shared[at]));
            }
        }

        return new SimilarityMatrix([.. _order], pairs.MoveToImmutable());
    }

    /// <summary>Word-group entries gathered at once by <see cref="Similarity"/> (12 bytes each: ~48 MB, allocated once).</summary>
    private const int MaxPostingsPerBlock = 4_000_000;

    /// <summary>For a block of words, the groups using each word (in group order) and the word's TF-IDF weight in each.</summary>
    private sealed class Postings(int words)
    {
        private readonly int[] _starts = new int[words + 1];
        private int[] _groups = [];
        private double[] _weights = [];

        public void Gather(PackedWordCounts.Cursor[] cursors, int[] documentFrequency, int first, int end)
        {
            var n = cursors.Length;
            for (var w = first; w < end; w++)
            {
                _starts[w - first + 1] = _starts[w - first] + documentFrequency[w];
            }

            var size = _starts[end - first];
            if (size > _groups.Length)
            {
                _groups = new int[size];
                _weights = new double[size];
            }

            var fill = _starts.AsSpan(0, end - first).ToArray();
            for (var g = 0; g < n; g++)
            {
                ref var cursor = ref cursors[g];
                while (cursor.TryNext(end, out var word, out var count))
                {
                    var at = fill[word - first]++;
                    _groups[at] = g;
                    _weights[at] = count * (Math.Log((1.0 + n) / (1.0 + documentFrequency[word])) + 1);
                }
            }
        }

        /// <summary>Adds every pair of groups sharing a word of the block to the sums (upper triangle; the diagonal gets the squared norms).</summary>
        public void AddPairs(int words, long n, double[] dot, int[] shared)
        {
            for (var w = 0; w < words; w++)
            {
                for (var x = _starts[w]; x < _starts[w + 1]; x++)
                {
                    var row = _groups[x] * n;
                    var weight = _weights[x];
                    for (var y = x; y < _starts[w + 1]; y++)
                    {
                        dot[row + _groups[y]] += weight * _weights[y];
                        shared[row + _groups[y]]++;
                    }
                }
            }
        }
    }

    /// <summary>The groups in first-seen order (built once; the counts by number are released as each group is frozen).</summary>
    public ImmutableArray<FeatureGroup> ToGroups()
    {
        if (_frozen is { } frozen)
        {
            return frozen;
        }

        var groups = ImmutableArray.CreateBuilder<FeatureGroup>(_order.Count);
        foreach (var name in _order)
        {
            var group = _groups[name];
            var counts = group.Counts.Entries().Select(e => new KeyValuePair<string, int>(_vocabulary![e.Word], e.Count));
            groups.Add(new FeatureGroup(name, [.. group.Ids], counts.ToFrozenDictionary(StringComparer.Ordinal), group.Total, group.WordCount));
            group.Counts = new PackedWordCounts();
        }

        _frozen = groups.MoveToImmutable();
        return _frozen.Value;
    }

    /// <summary>Whether word <paramref name="word"/> counts (not a stop word), looked up once per word; grows the per-word arrays.</summary>
    private bool IsFeature(int word)
    {
        if (word >= _kinds.Length)
        {
            var size = (int)Math.Min(Array.MaxLength, Math.Max(word + 1L, Math.Max(1024L, _kinds.Length * 2L)));
            Array.Resize(ref _kinds, size);
            Array.Resize(ref _corpusCounts, size);
        }

        ref var kind = ref _kinds[word];
        if (kind == 0)
        {
            kind = options.StopWords.Contains(_vocabulary![word]) ? StopWord : Feature;
        }

        return kind == Feature;
    }

    private sealed class Builder
    {
        public List<string> Ids { get; } = [];

        public PackedWordCounts Counts { get; set; } = new();

        public int Total { get; set; }

        public int WordCount { get; set; }
    }
}
