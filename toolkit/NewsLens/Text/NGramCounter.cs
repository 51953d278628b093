using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsLens.Text;

/// <summary>
/// Streaming n-gram counts: the same features, frequencies and document frequencies as
/// <see cref="NGrams.Frequencies"/>, but articles can be added batch by batch (and dropped afterwards), and
/// counters filled on different threads can be merged. Each distinct word gets a number once; an n-gram (n ≥ 2) is
/// stored as its n word numbers in a <see cref="SpanTable{TValue}"/> (a word, n = 1, as itself), so counting allocates
/// nothing per token, and millions of n-grams cost a few bytes each and no objects for the garbage collector.
/// Not thread-safe.
/// </summary>
public sealed class NGramCounter
{
    private static readonly SpanTable<Entry>.Combine AddEntries = (ref Entry target, in Entry source) =>
    {
        target.Count += source.Count;
        target.Documents += source.Documents;
        target.LastDocument = 0;
    };

    private readonly SpanTable<int> _wordNumbers = new(1 << 12);
    private readonly List<string> _words = [];
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

    /// <summary>How often the n-gram (folded words joined by single spaces) occurred.</summary>
    public int this[string ngram]
    {
        get
        {
            if (N == 1)
            {
                return ngram.Length > 0 && _entries.TryGetValue(ngram, out var word) ? word.Count : 0;
            }

            var words = ngram.Split(' ');
            if (words.Length != N)
            {
                return 0;
            }

            var numbers = new int[N];
            for (var i = 0; i < N; i++)
            {
                if (words[i].Length == 0 || !_wordNumbers.TryGetValue(words[i], out numbers[i]))
                {
                    return 0;
                }
            }

            return _entries.TryGetValue(KeyOf(numbers), out var entry) ? entry.Count : 0;
        }
    }

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
        Span<int> window = stackalloc int[N];
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

                if (N == 1)
                {
                    CountGram(folded[i]);
                    continue;
                }

                if (filled == N)
                {
                    window[1..].CopyTo(window);
                    filled--;
                }

                window[filled++] = NumberOf(folded[i]);
                if (filled == N)
                {
                    CountGram(KeyOf(window));
                }
            }
        }
    }

    /// <summary>Forgets every n-gram and article but keeps the memory (for a per-batch counter that is merged and reused).</summary>
    public void Clear()
    {
        _entries.Clear();
        _wordNumbers.Clear();
        _words.Clear();
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

        if (N == 1)
        {
            _entries.Merge(other._entries, AddEntries);
            Total += other.Total;
            _documents += other._documents;
            return;
        }

        // Word numbers differ between counters: translate the other's numbers into this counter's.
        var translated = other._words.Select(NumberOf).ToArray();
        var numbers = new int[N];
        other._entries.Visit((key, entry) =>
        {
            var theirs = MemoryMarshal.Cast<char, int>(key);
            for (var i = 0; i < N; i++)
            {
                numbers[i] = translated[theirs[i]];
            }

            AddEntries(ref _entries.GetValueRefOrAddDefault(KeyOf(numbers), out _), entry);
        });

        Total += other.Total;
        _documents += other._documents;
    }

    /// <summary>Most frequent first, ties in ordinal order, ranked exactly like <see cref="NGrams.Frequencies"/>.</summary>
    public ImmutableArray<FeatureFrequency> ToFrequencies()
    {
        var features = new List<(string, int, int)>(Count);
        _entries.Visit((key, entry) => features.Add((TextOf(key), entry.Count, entry.Documents)));
        return FeatureRanking.Rank(features);
    }

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
            if (count == 0 || (best.Count == count && entry.Count < best[^1].Entry.Count))
            {
                return;
            }

            var gram = TextOf(key);
            if (best.Count == count && !Before(gram, entry, best[^1].Gram, best[^1].Entry))
            {
                return;
            }

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

        static bool Before(string gram, in Entry entry, string otherGram, in Entry other) =>
            entry.Count > other.Count || (entry.Count == other.Count && string.CompareOrdinal(gram, otherGram) < 0);
    }

    /// <summary>An n-gram's key: its word numbers, each as two chars.</summary>
    private static ReadOnlySpan<char> KeyOf(ReadOnlySpan<int> numbers) => MemoryMarshal.Cast<int, char>(numbers);

    private int NumberOf(string word)
    {
        ref var number = ref _wordNumbers.GetValueRefOrAddDefault(word, out var exists);
        if (!exists)
        {
            number = _words.Count;
            _words.Add(word);
        }

        return number;
    }

    private string TextOf(ReadOnlySpan<char> key)
    {
        if (N == 1)
        {
            return key.ToString();
        }

        var numbers = MemoryMarshal.Cast<char, int>(key);
        if (numbers.Length == 1)
        {
            return _words[numbers[0]];
        }

        var text = new System.Text.StringBuilder();
        foreach (var number in numbers)
        {
            text.Append(text.Length == 0 ? "" : " ").Append(_words[number]);
        }

        return text.ToString();
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
