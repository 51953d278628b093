using System.Collections.Immutable;

namespace NewsLens.Text;

/// <summary>
/// Streaming n-gram counts: the same features, frequencies and document frequencies as
/// <see cref="NGrams.Frequencies"/>, but articles can be added batch by batch (and dropped afterwards), and
/// counters filled on different threads can be merged. An n-gram is looked up by a span, so only new n-grams
/// allocate, and n-grams are kept in a <see cref="SpanTable{TValue}"/> (one character arena, no string per n-gram) so
/// millions of them stay cheap for the garbage collector. Not thread-safe.
/// </summary>
public sealed class NGramCounter
{
    private static readonly SpanTable<Entry>.Combine AddEntries = (ref Entry target, in Entry source) =>
    {
        target.Count += source.Count;
        target.Documents += source.Documents;
        target.LastDocument = 0;
    };

    private readonly SpanTable<Entry> _entries = new(1 << 14);
    private readonly StopWords? _stopWords;
    private int _documents;

    public NGramCounter(int n, StopWords? stopWords = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        N = n;
        _stopWords = stopWords;
    }

    public int N { get; }

    /// <summary>N-grams counted so far (with repetition).</summary>
    public long Total { get; private set; }

    /// <summary>Distinct n-grams.</summary>
    public int Count => _entries.Count;

    /// <summary>Articles added so far (including merged counters' articles).</summary>
    public int Documents => _documents;

    public int this[string ngram] => _entries.TryGetValue(ngram, out var entry) ? entry.Count : 0;

    public void Add(TokenizedCorpus corpus)
    {
        foreach (var article in corpus.Articles)
        {
            Add(article);
        }
    }

    public void Add(TokenizedArticle article)
    {
        _documents++;
        var folded = article.Folded();
        var tokens = article.Tokens;
        var window = new int[N];
        var buffer = new char[256];
        foreach (var sentence in article.Sentences)
        {
            var filled = 0;
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var token = tokens[i];
                if (!token.IsWordLike || (_stopWords is not null && _stopWords.Contains(folded[i])))
                {
                    if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
                    {
                        filled = 0;
                    }

                    continue;
                }

                if (filled == N)
                {
                    Array.Copy(window, 1, window, 0, N - 1);
                    filled--;
                }

                window[filled++] = i;
                if (filled == N)
                {
                    CountGram(Join(folded, window, ref buffer));
                }
            }
        }
    }

    /// <summary>Forgets every n-gram and article but keeps the memory (for a per-batch counter that is merged and reused).</summary>
    public void Clear()
    {
        _entries.Clear();
        Total = 0;
        _documents = 0;
    }

    /// <summary>Adds another counter's n-grams; the two must have counted different articles.</summary>
    public void Merge(NGramCounter other)
    {
        if (other.N != N)
        {
            throw new ArgumentException($"cannot merge {other.N}-gram counts into {N}-gram counts", nameof(other));
        }

        _entries.Merge(other._entries, AddEntries);
        Total += other.Total;
        _documents += other._documents;
    }

    /// <summary>Most frequent first, ties in ordinal order, ranked exactly like <see cref="NGrams.Frequencies"/>.</summary>
    public ImmutableArray<FeatureFrequency> ToFrequencies() =>
        FeatureRanking.Rank(_entries.Entries().Select(p => (p.Key, p.Value.Count, p.Value.Documents)));

    /// <summary>
    /// The <paramref name="count"/> most frequent n-grams, exactly the first rows of <see cref="ToFrequencies"/> (same
    /// ranks), without turning every n-gram into a string.
    /// </summary>
    public ImmutableArray<FeatureFrequency> Top(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var best = new List<(string Gram, Entry Entry)>(count + 1);
        _entries.Visit((key, entry) =>
        {
            if (best.Count == count && (count == 0 || !Before(key, entry, best[^1].Gram, best[^1].Entry)))
            {
                return;
            }

            var gram = key.ToString();
            var at = best.FindIndex(b => Before(gram, entry, b.Gram, b.Entry));
            best.Insert(at < 0 ? best.Count : at, (gram, entry));
            if (best.Count > count)
            {
                best.RemoveAt(best.Count - 1);
            }
        });

        var higher = new int[best.Count];
        _entries.Visit((_, entry) =>
        {
            for (var i = 0; i < best.Count; i++)
            {
                if (entry.Count > best[i].Entry.Count)
                {
                    higher[i]++;
                }
            }
        });

        return [.. best.Select((b, i) => new FeatureFrequency(b.Gram, b.Entry.Count, higher[i] + 1, b.Entry.Documents))];

        static bool Before(ReadOnlySpan<char> gram, in Entry entry, string otherGram, in Entry other) =>
            entry.Count > other.Count || (entry.Count == other.Count && gram.SequenceCompareTo(otherGram) < 0);
    }

    private static ReadOnlySpan<char> Join(ImmutableArray<string> folded, int[] window, ref char[] buffer)
    {
        var length = window.Length - 1;
        foreach (var index in window)
        {
            length += folded[index].Length;
        }

        if (length > buffer.Length)
        {
            buffer = new char[length * 2];
        }

        var written = 0;
        for (var w = 0; w < window.Length; w++)
        {
            if (w > 0)
            {
                buffer[written++] = ' ';
            }

            folded[window[w]].CopyTo(buffer.AsSpan(written));
            written += folded[window[w]].Length;
        }

        return buffer.AsSpan(0, written);
    }

    private void CountGram(ReadOnlySpan<char> gram)
    {
        ref var entry = ref _entries.GetValueRefOrAddDefault(gram, out _);
        entry.Count++;
        if (entry.LastDocument != _documents)
        {
            entry.LastDocument = _documents;
            entry.Documents++;
        }

        Total++;
    }

    private struct Entry
    {
        public int Count;
        public int Documents;

        /// <summary>The (1-based) article that last counted this n-gram, so a document is counted once.</summary>
        public int LastDocument;
    }
}
