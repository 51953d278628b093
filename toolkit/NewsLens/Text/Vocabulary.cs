namespace NewsLens.Text;

/// <summary>
/// Interns folded words: each distinct word gets a dense number (0, 1, 2, …) and one shared string, so a corpus holds
/// each word once instead of one string per token, and later stages can count by number (an array index) instead of
/// hashing text again. Numbers are given in the order words are first seen, so they differ between runs when several
/// threads tokenise at once: use them as keys, never as an ordering. Thread-safe: words are spread over independently
/// locked stripes, and <see cref="this[int]"/> never locks.
/// </summary>
public sealed class Vocabulary
{
    private const int StripeBits = 4;
    private const int PageBits = 12;
    private const int PageSize = 1 << PageBits;
    private const int RecentBits = 12;

    private static int s_serial;

    /// <summary>
    /// The words this thread interned last, by hash (direct-mapped): frequent words are found here without taking a
    /// stripe's lock, which two threads would otherwise fight over for "the" and "and". Tied to one vocabulary by its
    /// serial number; it holds only word strings, never the vocabulary itself.
    /// </summary>
    [ThreadStatic]
    private static RecentWords? t_recent;

    private readonly int _serial = Interlocked.Increment(ref s_serial);

    private readonly Stripe[] _stripes = [.. Enumerable.Range(0, 1 << StripeBits).Select(_ => new Stripe())];
    private readonly Lock _pagesLock = new();
    private string[]?[] _pages = new string[]?[16];
    private int _count;

    /// <summary>Distinct words so far.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The word with this number (the one shared string instance).</summary>
    public string this[int id]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(id);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, Count);
            return Volatile.Read(ref _pages)[id >> PageBits]![id & (PageSize - 1)];
        }
    }

    /// <summary>The number of <paramref name="word"/>, added when new (an empty word throws).</summary>
    public int IdOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            throw new ArgumentException("an empty word cannot be interned", nameof(word));
        }

        return IdOf(word, SpanTable<int>.Hash(word), RecentOfThisThread());
    }

    /// <summary>
    /// The numbers of many words at once, as <see cref="IdOf(ReadOnlySpan{char})"/> gives them one by one (in the same
    /// order, so new words are numbered alike): word <c>i</c> is <paramref name="chars"/>[<paramref name="starts"/>[i] ..
    /// <paramref name="starts"/>[i + 1]]. Knowing the words ahead, it asks the memory for the table places of the words
    /// a few positions on while it looks up the current one (see <see cref="CachePrefetch"/>).
    /// </summary>
    internal void IdsOf(ReadOnlySpan<char> chars, ReadOnlySpan<int> starts, Span<int> ids)
    {
        var count = starts.Length - 1;
        if (count <= 0)
        {
            return;
        }

        var hashes = System.Buffers.ArrayPool<int>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var word = chars[starts[i]..starts[i + 1]];
                if (word.IsEmpty)
                {
                    throw new ArgumentException("an empty word cannot be interned", nameof(starts));
                }

                hashes[i] = SpanTable<int>.Hash(word);
            }

            var recent = RecentOfThisThread();
            for (var i = 0; i < count; i++)
            {
                if (i + IndexPrefetchDistance < count && !recent.MayHold(hashes[i + IndexPrefetchDistance]))
                {
                    _stripes[StripeOf(hashes[i + IndexPrefetchDistance])].Ids.PrefetchIndex(hashes[i + IndexPrefetchDistance]);
                }

                if (i + EntryPrefetchDistance < count && !recent.MayHold(hashes[i + EntryPrefetchDistance]))
                {
                    _stripes[StripeOf(hashes[i + EntryPrefetchDistance])].Ids.PrefetchEntry(hashes[i + EntryPrefetchDistance]);
                }

                ids[i] = IdOf(chars[starts[i]..starts[i + 1]], hashes[i], recent);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(hashes);
        }
    }

    /// <summary>How many words ahead <see cref="IdsOf"/> loads a word's index slot, and (once that is near) its entry.</summary>
    private const int IndexPrefetchDistance = 16;

    private const int EntryPrefetchDistance = 8;

    private RecentWords RecentOfThisThread()
    {
        var recent = t_recent;
        if (recent is null || recent.Owner != _serial)
        {
            t_recent = recent = new RecentWords(_serial);
        }

        return recent;
    }

    private int IdOf(ReadOnlySpan<char> word, int hash, RecentWords recent)
    {
        ref var slot = ref recent.SlotOf(hash);
        if (slot.Hash == hash && slot.Word is { } known && word.SequenceEqual(known))
        {
            return slot.Id;
        }

        var id = Intern(word, hash, null);
        slot = new RecentWord(hash, id, this[id]);
        return id;
    }

    /// <summary>The number of <paramref name="word"/>, added when new; a new word keeps this very string instance.</summary>
    public int IdOf(string word) => Intern(word, word.Length == 0 ? 0 : SpanTable<int>.Hash(word), word);

    /// <summary>The number of <paramref name="word"/>, or -1 when it has never been added.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return -1;
        }

        var hash = SpanTable<int>.Hash(word);
        var stripe = _stripes[StripeOf(hash)];
        lock (stripe.Lock)
        {
            return stripe.Ids.TryGetValue(word, hash, out var id) ? id : -1;
        }
    }

    private int Intern(ReadOnlySpan<char> word, int hash, string? instance)
    {
        var stripe = _stripes[StripeOf(hash)];
        lock (stripe.Lock)
        {
            ref var id = ref stripe.Ids.GetValueRefOrAddDefault(word, hash, out var exists);
            if (!exists)
            {
                id = Append(instance ?? word.ToString());
            }

            return id;
        }
    }

    private static int StripeOf(int hash) => (int)((uint)hash >> (31 - StripeBits));

    /// <summary>Stores the new word's string and only then makes its number visible to <see cref="this[int]"/>.</summary>
    private int Append(string word)
    {
        lock (_pagesLock)
        {
            var id = _count;
            var page = id >> PageBits;
            var pages = _pages;
            if (page == pages.Length)
            {
                Array.Resize(ref pages, pages.Length * 2);
            }

            pages[page] ??= new string[PageSize];
            pages[page]![id & (PageSize - 1)] = word;
            Volatile.Write(ref _pages, pages);
            Volatile.Write(ref _count, id + 1);
            return id;
        }
    }

    private readonly record struct RecentWord(int Hash, int Id, string? Word);

    private sealed class RecentWords(int owner)
    {
        public int Owner { get; } = owner;

        public RecentWord[] Slots { get; } = new RecentWord[1 << RecentBits];

        public ref RecentWord SlotOf(int hash) => ref Slots[hash & ((1 << RecentBits) - 1)];

        /// <summary>Whether a word of this hash is probably here (then its table places need not be loaded).</summary>
        public bool MayHold(int hash) => SlotOf(hash).Hash == hash;
    }

    private sealed class Stripe
    {
        public Lock Lock { get; } = new();

        public SpanTable<int> Ids { get; } = new(256);
    }
}
