using System.Collections.Immutable;
using NewsLens.Comparison;
using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Pipeline;

/// <summary>One group's totals. Sentiment is summed in units of 0.0001 so that sums merge exactly in any order.</summary>
public sealed record GroupTotals(string Group, long Articles, long Words, long Sentences, long Mentions, long DirectMentions, long CompoundSumE4)
{
    public double CompoundMean => Sentences == 0 ? 0 : Math.Round(CompoundSumE4 / 1e4 / Sentences, 4);

    public GroupTotals Plus(GroupTotals other) => new(
        Group, Articles + other.Articles, Words + other.Words, Sentences + other.Sentences, Mentions + other.Mentions,
        DirectMentions + other.DirectMentions, CompoundSumE4 + other.CompoundSumE4);

    public static long ToE4(double compound) => (long)Math.Round(compound * 1e4, MidpointRounding.AwayFromZero);
}

/// <summary>
/// Everything a run keeps about groups, in mergeable form: totals, mentions per actor and word counts per group. Two of
/// these (from shards) add up to the aggregates of the whole corpus; keyness is computed from them, never from articles.
/// </summary>
public sealed class MergeableAggregates
{
    private readonly SortedDictionary<string, GroupTotals> _totals = new(StringComparer.Ordinal);
    private readonly SortedDictionary<(string Group, string Actor), (long Mentions, long Direct)> _actors = new(GroupKeyComparer.Instance);
    private readonly SortedDictionary<string, Dictionary<string, int>> _words = new(StringComparer.Ordinal);

    public IReadOnlyCollection<GroupTotals> Totals => _totals.Values;

    public IEnumerable<(string Group, string Actor, long Mentions, long Direct)> Actors =>
        _actors.Select(p => (p.Key.Group, p.Key.Actor, p.Value.Mentions, p.Value.Direct));

    /// <summary>Word counts per group, groups and words in ordinal order.</summary>
    public IEnumerable<(string Group, string Word, int Count)> Words
    {
        get
        {
            // Groups share most of their words: the words are ranked once, in ordinal order, and each group is sorted
            // by rank (integers) instead of comparing its strings again. A window of groups (one per core) is sorted in
            // parallel, then written, so only a window's sorted copies are alive, whatever the number of groups.
            var rank = OrdinalRanks();
            var groups = _words.ToArray();
            var window = Math.Max(1, Environment.ProcessorCount);
            for (var first = 0; first < groups.Length; first += window)
            {
                var count = Math.Min(window, groups.Length - first);
                var sorted = new (string Word, int Count)[count][];
                Parallel.For(0, count, g => sorted[g] = SortedByRank(groups[first + g].Value, rank));
                for (var g = 0; g < count; g++)
                {
                    foreach (var (word, n) in sorted[g])
                    {
                        yield return (groups[first + g].Key, word, n);
                    }
                }
            }
        }
    }

    private static (string Word, int Count)[] SortedByRank(Dictionary<string, int> words, Dictionary<string, int> rank)
    {
        var ranks = new int[words.Count];
        var entries = new (string Word, int Count)[words.Count];
        var i = 0;
        foreach (var (word, count) in words)
        {
            (ranks[i], entries[i]) = (rank[word], (word, count));
            i++;
        }

        Array.Sort(ranks, entries);
        return entries;
    }

    private Dictionary<string, int> OrdinalRanks()
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var words in _words.Values)
        {
            distinct.UnionWith(words.Keys);
        }

        var sorted = distinct.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var rank = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        for (var r = 0; r < sorted.Length; r++)
        {
            rank[sorted[r]] = r;
        }

        return rank;
    }

    public void AddTotals(GroupTotals totals) =>
        _totals[totals.Group] = _totals.TryGetValue(totals.Group, out var known) ? known.Plus(totals) : totals;

    public void AddActor(string group, string actor, long mentions, long direct)
    {
        var known = _actors.GetValueOrDefault((group, actor));
        _actors[(group, actor)] = (known.Mentions + mentions, known.Direct + direct);
    }

    /// <summary>
    /// Makes room for <paramref name="words"/> distinct words of <paramref name="group"/> up front, so a table built from
    /// known counts is allocated once instead of doubling (each outgrown table is left to the collector, on the large
    /// object heap; with this and the numbered counts dropped, analyze on 1 GB peaked at 889 MB instead of 1,036 MB).
    /// </summary>
    public void Reserve(string group, int words) => WordTable(group, words);

    public void AddWord(string group, string word, int count) => AddCount(WordTable(group, 0), word, count);

    /// <summary>The word counts of <paramref name="group"/> (created when new) with room for <paramref name="words"/> more, for adding many words with <see cref="AddCount"/> after one lookup of the group.</summary>
    internal Dictionary<string, int> WordTable(string group, int words)
    {
        if (!_words.TryGetValue(group, out var known))
        {
            _words[group] = known = new Dictionary<string, int>(words, StringComparer.Ordinal);
        }
        else if (words > 0)
        {
            known.EnsureCapacity(known.Count + words);
        }

        return known;
    }

    internal static void AddCount(Dictionary<string, int> words, string word, int count)
    {
        ref var known = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(words, word, out _);
        known = checked(known + count);
    }

    /// <summary>The <paramref name="top"/> most over-used words of every group against the rest (bounded: a heap per group).</summary>
    public ImmutableArray<KeynessScore> Keyness(int top, KeynessOptions options)
    {
        var corpus = new Dictionary<string, int>(StringComparer.Ordinal);
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (group, words) in _words)
        {
            var total = 0;
            foreach (var (word, count) in words)
            {
                corpus[word] = checked(corpus.GetValueOrDefault(word) + count);
                total = checked(total + count);
            }

            totals[group] = total;
        }

        var corpusTotal = totals.Values.Sum();

        // Groups are scored on all cores (they only read the tables), and their scores joined in group order.
        var groups = _words.ToArray();
        var perGroup = new ImmutableArray<KeynessScore>[groups.Length];
        Parallel.For(0, groups.Length, g =>
        {
            var (group, words) = groups[g];
            perGroup[g] = KeynessTopK.TopOf(group, words.Select(w => (w.Key, w.Value)), totals[group], w => corpus[w], corpusTotal, options, top);
        });

        return [.. perGroup.SelectMany(scores => scores)];
    }

    private sealed class GroupKeyComparer : IComparer<(string Group, string Actor)>
    {
        public static GroupKeyComparer Instance { get; } = new();

        public int Compare((string Group, string Actor) x, (string Group, string Actor) y)
        {
            var byGroup = string.CompareOrdinal(x.Group, y.Group);
            return byGroup != 0 ? byGroup : string.CompareOrdinal(x.Actor, y.Actor);
        }
    }
}

/// <summary>
/// The streaming stage that counts per group (words by vocabulary number, mentions per actor, sentence sentiment sums),
/// then turns its counts into <see cref="MergeableAggregates"/> when the run ends.
/// </summary>
public sealed class GroupCounter(string by)
{
    private readonly Dictionary<string, Tally> _groups = new(StringComparer.Ordinal);

    public string By => by;

    public int Groups => _groups.Count;

    public void Add(AnalysisBatch batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var article = batch.Corpus.Articles[i];
            var group = DocumentGrouping.GroupOf(article.Article, by);
            if (!_groups.TryGetValue(group, out var tally))
            {
                _groups[group] = tally = new Tally();
            }

            tally.Articles++;
            tally.Words.Add(article);
            var findings = batch.Findings.IsDefaultOrEmpty ? ArticleFindings.None : batch.Findings[i];
            // Only counted references: linked mentions and venues are reported per mention, never added to the totals.
            foreach (var mention in findings.Mentions.Where(m => m.Counted))
            {
                var (mentions, direct) = tally.Actors.GetValueOrDefault(mention.ActorKey);
                tally.Actors[mention.ActorKey] = (mentions + 1, direct + (mention.IsDirect ? 1 : 0));
            }

            foreach (var sentence in findings.Sentences)
            {
                tally.Sentences++;
                tally.CompoundSumE4 += GroupTotals.ToE4(sentence.Compound);
            }
        }
    }

    private MergeableAggregates? _aggregates;

    /// <summary>The counts in mergeable form (built once, when the run has ended).</summary>
    public MergeableAggregates ToAggregates() => _aggregates ??= BuildAggregates();

    private MergeableAggregates BuildAggregates()
    {
        var aggregates = new MergeableAggregates();
        foreach (var (group, tally) in _groups)
        {
            aggregates.AddTotals(new GroupTotals(group, tally.Articles, tally.Words.Total, tally.Sentences, tally.Actors.Values.Sum(a => a.Mentions), tally.Actors.Values.Sum(a => a.Direct), tally.CompoundSumE4));
            foreach (var (actor, (mentions, direct)) in tally.Actors)
            {
                aggregates.AddActor(group, actor, mentions, direct);
            }

            var words = aggregates.WordTable(group, tally.Words.Count);
            tally.Words.ForEach((word, count) => MergeableAggregates.AddCount(words, word, count));
            tally.Words = new NGramCounter(1); // the string-keyed copy replaces it: do not hold both for every group
        }

        return aggregates;
    }

    private sealed class Tally
    {
        public NGramCounter Words { get; set; } = new(1);

        public Dictionary<string, (long Mentions, long Direct)> Actors { get; } = new(StringComparer.Ordinal);

        public long Articles { get; set; }

        public long Sentences { get; set; }

        public long CompoundSumE4 { get; set; }
    }
}
