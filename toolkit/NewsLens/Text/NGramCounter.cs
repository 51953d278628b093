using System.Collections.Immutable;

namespace NewsLens.Text;

/// <summary>
/// Streaming n-gram counts: the same features, frequencies and document frequencies as
/// <see cref="NGrams.Frequencies"/>, but articles can be added batch by batch (and dropped afterwards), and
/// counters filled on different threads can be merged. Words are numbered by a <see cref="Vocabulary"/>: the one the
/// first article was tokenised with (so counting a known word hashes nothing: the article already has its numbers), or a
/// counter's own when articles come without one. Words are counted in arrays by number, word pairs in a table keyed by
/// the two numbers, longer n-grams in a <see cref="SpanTable{TValue}"/>, so counting allocates nothing per token, and
/// millions of n-grams cost a few bytes each and no objects for the garbage collector. Not thread-safe.
/// </summary>
public sealed class NGramCounter
{
    private readonly GramStore _grams;
    private readonly StopWords? _stopWords;
    private Vocabulary? _vocabulary;
    private Vocabulary? _translatingFrom;
    private int[] _translation = [];
    private byte[] _stopState = [];
    private int[] _pending = new int[256];
    private int _documents;

    /// <summary>How many n-grams ahead the table is asked to start loading a slot (see <see cref="GramStore.Prefetch"/>).</summary>
    private const int PrefetchDistance = 12;

    /// <param name="n">The n-gram length.</param>
    /// <param name="stopWords">Words left out before n-grams are formed.</param>
    /// <param name="expectedDistinct">
    /// How many distinct n-grams to make room for up front (word pairs only; 0: start small and double). A good guess
    /// saves re-hashing the table as it grows and the moment when the old and new tables are both alive; counts are the
    /// same whatever it is.
    /// </param>
    public NGramCounter(int n, StopWords? stopWords = null, int expectedDistinct = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedDistinct);
        N = n;
        _stopWords = stopWords;
        _grams = GramStore.For(n, expectedDistinct);
    }

    public int N { get; }

    /// <summary>N-grams counted so far (with repetition).</summary>
    public long Total { get; private set; }

    /// <summary>Distinct n-grams.</summary>
    public int Count => _grams.Count;

    /// <summary>Articles added so far (including merged counters' articles).</summary>
    public int Documents => _documents;

    /// <summary>How often the n-gram (folded words joined by single spaces) occurred.</summary>
    public int this[string ngram]
    {
        get
        {
            var words = ngram.Split(' ');
            if (words.Length != N || _vocabulary is null)
            {
                return 0;
            }

            var numbers = new int[N];
            for (var i = 0; i < N; i++)
            {
                numbers[i] = _vocabulary.Find(words[i]);
                if (numbers[i] < 0)
                {
                    return 0;
                }
            }

            return _grams.TryGet(numbers, out var count, out _) ? count : 0;
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
        var tokens = article.Tokens;
        var source = article.Vocabulary;
        var vocabulary = _vocabulary ??= source ?? new Vocabulary();
        var ids = source is null ? default : article.FoldedIds();
        var folded = source is null ? article.Folded() : default;
        var own = ReferenceEquals(source, vocabulary);
        Span<int> window = stackalloc int[N];
        var pending = 0;
        foreach (var sentence in article.Sentences)
        {
            var filled = 0;
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var token = tokens[i];
                if (!token.IsWordLike)
                {
                    if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
                    {
                        filled = 0;
                    }

                    continue;
                }

                var number = own ? ids[i] : source is null ? vocabulary.IdOf(folded[i]) : Translate(source!, ids[i]);
                if (_stopWords is not null && IsStopWord(number))
                {
                    continue;
                }

                if (filled == N)
                {
                    window[1..].CopyTo(window);
                    filled--;
                }

                window[filled++] = number;
                if (filled == N)
                {
                    if (pending + N > _pending.Length)
                    {
                        Array.Resize(ref _pending, _pending.Length * 2);
                    }

                    window.CopyTo(_pending.AsSpan(pending));
                    pending += N;
                }
            }
        }

        CountPending(pending);
    }

    /// <summary>
    /// Counts the article's n-grams in the order they occurred (so the table fills exactly as one by one), each after
    /// asking the table to load the slot of the one <see cref="PrefetchDistance"/> places further on.
    /// </summary>
    private void CountPending(int length)
    {
        var grams = _pending.AsSpan(0, length);
        var ahead = Math.Min(length, PrefetchDistance * N);
        for (var g = 0; g < ahead; g += N)
        {
            _grams.Prefetch(grams.Slice(g, N));
        }

        for (var g = 0; g < length; g += N)
        {
            if (g + ahead < length)
            {
                _grams.Prefetch(grams.Slice(g + ahead, N));
            }

            _grams.Count1(grams.Slice(g, N), _documents);
        }

        Total += length / N;
    }

    /// <summary>Forgets every n-gram and article but keeps the memory (for a per-batch counter that is merged and reused).</summary>
    public void Clear()
    {
        _grams.Clear();
        _vocabulary = null;
        _translatingFrom = null;
        _translation = [];
        _stopState = [];
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

        if (other._vocabulary is { } theirs)
        {
            var same = ReferenceEquals(theirs, _vocabulary ??= theirs);
            var numbers = new int[N];
            other._grams.Visit((grams, count, documents) =>
            {
                for (var i = 0; i < N; i++)
                {
                    numbers[i] = same ? grams[i] : Translate(theirs, grams[i]);
                }

                _grams.Add(numbers, count, documents);
            });
        }

        Total += other.Total;
        _documents += other._documents;
    }

    /// <summary>Calls <paramref name="action"/> with every n-gram and its count, in no particular order (nothing sorted or ranked).</summary>
    public void ForEach(Action<string, int> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _grams.Visit((numbers, count, _) => action(TextOf(numbers), count));
    }

    /// <summary>Most frequent first, ties in ordinal order, ranked exactly like <see cref="NGrams.Frequencies"/>.</summary>
    public ImmutableArray<FeatureFrequency> ToFrequencies()
    {
        var features = new List<(string, int, int)>(Count);
        _grams.Visit((numbers, count, documents) => features.Add((TextOf(numbers), count, documents)));
        return FeatureRanking.Rank(features);
    }

    /// <summary>
    /// The <paramref name="count"/> most frequent n-grams, exactly the first rows of <see cref="ToFrequencies"/> (same
    /// ranks), without turning every n-gram into a string.
    /// </summary>
    public ImmutableArray<FeatureFrequency> Top(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var best = new List<(string Gram, int Count, int Documents)>(count + 1);
        _grams.Visit((numbers, frequency, documents) =>
        {
            if (count == 0 || (best.Count == count && frequency < best[^1].Count))
            {
                return;
            }

            var gram = TextOf(numbers);
            if (best.Count == count && !Before(gram, frequency, best[^1].Gram, best[^1].Count))
            {
                return;
            }

            var at = best.FindIndex(b => Before(gram, frequency, b.Gram, b.Count));
            best.Insert(at < 0 ? best.Count : at, (gram, frequency, documents));
            if (best.Count > count)
            {
                best.RemoveAt(best.Count - 1);
            }
        });

        var higher = new int[best.Count];
        _grams.Visit((_, frequency, _) =>
        {
            for (var i = 0; i < best.Count; i++)
            {
                if (frequency > best[i].Count)
                {
                    higher[i]++;
                }
            }
        });

        return [.. best.Select((b, i) => new FeatureFrequency(b.Gram, b.Count, higher[i] + 1, b.Documents))];

        static bool Before(string gram, int count, string otherGram, int otherCount) =>
            count > otherCount || (count == otherCount && string.CompareOrdinal(gram, otherGram) < 0);
    }

    /// <summary>Our number for word <paramref name="id"/> of another vocabulary (cached + 1; 0 = not looked up yet).</summary>
    private int Translate(Vocabulary source, int id)
    {
        if (!ReferenceEquals(source, _translatingFrom))
        {
            _translatingFrom = source;
            _translation = [];
        }

        if (id >= _translation.Length)
        {
            Array.Resize(ref _translation, GramStore.GrownSize(id, _translation.Length, source.Count));
        }

        ref var ours = ref _translation[id];
        if (ours == 0)
        {
            ours = _vocabulary!.IdOf(source[id]) + 1;
        }

        return ours - 1;
    }

    /// <summary>Whether the word numbered <paramref name="number"/> is a stop word (looked up once per word: 1 = yes, 2 = no).</summary>
    private bool IsStopWord(int number)
    {
        if (number >= _stopState.Length)
        {
            Array.Resize(ref _stopState, GramStore.GrownSize(number, _stopState.Length, _vocabulary!.Count));
        }

        ref var state = ref _stopState[number];
        if (state == 0)
        {
            state = _stopWords!.Contains(_vocabulary![number]) ? (byte)1 : (byte)2;
        }

        return state == 1;
    }

    private string TextOf(ReadOnlySpan<int> numbers)
    {
        if (numbers.Length == 1)
        {
            return _vocabulary![numbers[0]];
        }

        var text = new System.Text.StringBuilder();
        foreach (var number in numbers)
        {
            text.Append(text.Length == 0 ? "" : " ").Append(_vocabulary![number]);
        }

        return text.ToString();
    }
}
