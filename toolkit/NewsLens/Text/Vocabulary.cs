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

        var hash = SpanTable<int>.Hash(word);
        var recent = t_recent;
        if (recent is null || recent.Owner != _serial)
        {
            t_recent = recent = new RecentWords(_serial);
        }

        ref var slot = ref recent.Slots[hash & ((1 << RecentBits) - 1)];
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
    }

    private sealed class Stripe
    {
        public Lock Lock { get; } = new();

        public SpanTable<int> Ids { get; } = new(256);
    }
}
