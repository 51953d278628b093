using System.Runtime.InteropServices;

namespace NewsLens.Text;

/// <summary>
/// Counts of n-grams given as word numbers: how often each occurred and in how many documents. Documents are numbered
/// 1, 2, 3, … in the order they are counted; an n-gram is counted once per document however often it occurs there.
/// </summary>
internal abstract class GramStore
{
    public delegate void Visitor(ReadOnlySpan<int> numbers, int count, int documents);

    /// <summary>Distinct n-grams.</summary>
    public abstract int Count { get; }

    /// <summary>
    /// The new length of an array indexed by word number that must hold <paramref name="index"/>: at least double,
    /// and at least the <paramref name="known"/> words so far (and 1,024), so growing one word at a time is rare.
    /// </summary>
    public static int GrownSize(int index, int length, int known = 0) =>
        (int)Math.Min(Array.MaxLength, Math.Max(Math.Max(index + 1L, length * 2L), Math.Max(1024, known)));

    /// <param name="n">The n-gram length.</param>
    /// <param name="expectedDistinct">For word pairs, how many distinct pairs to make room for up front (0: start small and double).</param>
    public static GramStore For(int n, int expectedDistinct = 0) => n switch
    {
        1 => new WordStore(),
        2 => new PairStore(expectedDistinct),
        _ => new SequenceStore(),
    };

    /// <summary>One occurrence of <paramref name="numbers"/> in <paramref name="document"/> (never lower than the last one's).</summary>
    public abstract void Count1(ReadOnlySpan<int> numbers, int document);

    /// <summary>A hint that <paramref name="numbers"/> will be counted soon: starts loading its place in the table (see <see cref="CachePrefetch"/>).</summary>
    public virtual void Prefetch(ReadOnlySpan<int> numbers)
    {
    }

    /// <summary>Adds counts gathered elsewhere (a merge): <paramref name="documents"/> are other documents.</summary>
    public abstract void Add(ReadOnlySpan<int> numbers, int count, int documents);

    public abstract bool TryGet(ReadOnlySpan<int> numbers, out int count, out int documents);

    public abstract void Visit(Visitor visitor);

    public abstract void Clear();
}

/// <summary>Single words: one array indexed by word number (count, documents and last document side by side), so counting a word touches no hash table and one cache line.</summary>
internal sealed class WordStore : GramStore
{
    private Word[] _words = new Word[1024];
    private int _distinct;
    private int _highest = -1;

    public override int Count => _distinct;

    public override void Count1(ReadOnlySpan<int> numbers, int document)
    {
        ref var word = ref At(numbers[0]);
        if (word.Count++ == 0)
        {
            _distinct++;
        }

        if (word.LastDocument != document)
        {
            word.LastDocument = document;
            word.Documents++;
        }
    }

    public override void Prefetch(ReadOnlySpan<int> numbers)
    {
        if ((uint)numbers[0] < (uint)_words.Length)
        {
            CachePrefetch.Touch(ref _words[numbers[0]]);
        }
    }

    public override void Add(ReadOnlySpan<int> numbers, int count, int documents)
    {
        ref var word = ref At(numbers[0]);
        if (word.Count == 0)
        {
            _distinct++;
        }

        word.Count += count;
        word.Documents += documents;
        word.LastDocument = 0;
    }

    public override bool TryGet(ReadOnlySpan<int> numbers, out int count, out int documents)
    {
        var number = numbers[0];
        var word = number >= 0 && number <= _highest ? _words[number] : default;
        count = word.Count;
        documents = word.Documents;
        return count > 0;
    }

    public override void Visit(Visitor visitor)
    {
        Span<int> number = stackalloc int[1];
        for (var w = 0; w <= _highest; w++)
        {
            if (_words[w].Count > 0)
            {
                number[0] = w;
                visitor(number, _words[w].Count, _words[w].Documents);
            }
        }
    }

    public override void Clear()
    {
        Array.Clear(_words);
        _distinct = 0;
        _highest = -1;
    }

    private ref Word At(int number)
    {
        if (number >= _words.Length)
        {
            Array.Resize(ref _words, GrownSize(number, _words.Length));
        }

        _highest = Math.Max(_highest, number);
        return ref _words[number];
    }

    private struct Word
    {
        public int Count;
        public int Documents;

        /// <summary>The (1-based) document that last counted this word, so a document is counted once.</summary>
        public int LastDocument;
    }
}

/// <summary>
/// Word pairs: open addressing over 16-byte slots that hold the pair itself (two word numbers in one 64-bit key) and its
/// counts, so a lookup is one multiply and usually one cache line. Which pairs a document has already counted is kept
/// in a small set that is emptied per document, so the big table needs no per-pair "last document" field.
/// </summary>
internal sealed class PairStore : GramStore
{
    private const int MinimumBits = 10;

    private Slot[] _slots;
    private int _shift;
    private int _count;

    private ulong[] _seenKeys = new ulong[256];
    private int[] _seenStamps = new int[256];
    private int _seenCount;
    private int _seenDocument;

    /// <summary>A table that holds <paramref name="expectedDistinct"/> pairs below its growth threshold (3/4 full), so counting that many never re-grows (re-hashing millions of pairs is a tenth of counting them).</summary>
    public PairStore(int expectedDistinct = 0)
    {
        var bits = MinimumBits;
        while (bits < 30 && (1L << bits) * 3 < (long)expectedDistinct * 4)
        {
            bits++;
        }

        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
    }

    public override int Count => _count;

    public override void Count1(ReadOnlySpan<int> numbers, int document)
    {
        var key = KeyOf(numbers);
        ref var slot = ref Find(key);
        slot.Count++;
        if (FirstInDocument(key, document))
        {
            slot.Documents++;
        }
    }

    public override void Prefetch(ReadOnlySpan<int> numbers) => CachePrefetch.Touch(ref _slots[Home(KeyOf(numbers))]);

    public override void Add(ReadOnlySpan<int> numbers, int count, int documents)
    {
        ref var slot = ref Find(KeyOf(numbers));
        slot.Count += count;
        slot.Documents += documents;
    }

    public override bool TryGet(ReadOnlySpan<int> numbers, out int count, out int documents)
    {
        var key = KeyOf(numbers);
        var mask = _slots.Length - 1;
        for (var i = Home(key); ; i = (i + 1) & mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Count == 0 || slot.Key == key)
            {
                count = slot.Count;
                documents = slot.Documents;
                return count > 0;
            }
        }
    }

    public override void Visit(Visitor visitor)
    {
        Span<int> pair = stackalloc int[2];
        foreach (var slot in _slots)
        {
            if (slot.Count > 0)
            {
                pair[0] = (int)(slot.Key >> 32);
                pair[1] = (int)(uint)slot.Key;
                visitor(pair, slot.Count, slot.Documents);
            }
        }
    }

    public override void Clear()
    {
        Array.Clear(_slots);
        _count = 0;
        Array.Clear(_seenStamps);
        _seenCount = 0;
        _seenDocument = 0;
    }

    private static ulong KeyOf(ReadOnlySpan<int> numbers) => ((ulong)(uint)numbers[0] << 32) | (uint)numbers[1];

    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>The key's slot, claimed (with zero counts) when the key is new. A slot is empty while its count is 0.</summary>
    private ref Slot Find(ulong key)
    {
        var mask = _slots.Length - 1;
        for (var i = Home(key); ; i = (i + 1) & mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Count == 0)
            {
                if ((long)(_count + 1) * 4 > (long)_slots.Length * 3)
                {
                    Grow();
                    return ref Find(key);
                }

                slot.Key = key;
                _count++;
                return ref slot;
            }

            if (slot.Key == key)
            {
                return ref slot;
            }
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _shift--;
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Count == 0)
            {
                continue;
            }

            var i = Home(slot.Key);
            while (_slots[i].Count != 0)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = slot;
        }
    }

    /// <summary>
    /// Whether this is the key's first occurrence in <paramref name="document"/>. A slot of the set counts only while
    /// its stamp is the current document, so a new document starts with an empty set without clearing anything.
    /// </summary>
    private bool FirstInDocument(ulong key, int document)
    {
        if (document != _seenDocument)
        {
            _seenDocument = document;
            _seenCount = 0;
        }

        if ((_seenCount + 1) * 2 > _seenKeys.Length)
        {
            var keys = _seenKeys;
            var stamps = _seenStamps;
            _seenKeys = new ulong[keys.Length * 2];
            _seenStamps = new int[keys.Length * 2];
            _seenCount = 0;
            for (var i = 0; i < keys.Length; i++)
            {
                if (stamps[i] == document)
                {
                    SeenInsert(keys[i], document);
                }
            }
        }

        return SeenInsert(key, document);
    }

    private bool SeenInsert(ulong key, int document)
    {
        var mask = _seenKeys.Length - 1;
        for (var i = (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask; ; i = (i + 1) & mask)
        {
            if (_seenStamps[i] != document)
            {
                _seenStamps[i] = document;
                _seenKeys[i] = key;
                _seenCount++;
                return true;
            }

            if (_seenKeys[i] == key)
            {
                return false;
            }
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public ulong Key;
        public int Count;
        public int Documents;
    }
}

/// <summary>Three or more words: the word numbers as the key of a <see cref="SpanTable{TValue}"/>.</summary>
internal sealed class SequenceStore : GramStore
{
    private static readonly SpanTable<Entry>.Combine AddEntries = (ref Entry target, in Entry source) =>
    {
        target.Count += source.Count;
        target.Documents += source.Documents;
        target.LastDocument = 0;
    };

    private readonly SpanTable<Entry> _entries = new(1 << 14);

    public override int Count => _entries.Count;

    public override void Count1(ReadOnlySpan<int> numbers, int document)
    {
        ref var entry = ref _entries.GetValueRefOrAddDefault(KeyOf(numbers), out _);
        entry.Count++;
        if (entry.LastDocument != document)
        {
            entry.LastDocument = document;
            entry.Documents++;
        }
    }

    public override void Add(ReadOnlySpan<int> numbers, int count, int documents) =>
        AddEntries(ref _entries.GetValueRefOrAddDefault(KeyOf(numbers), out _), new Entry { Count = count, Documents = documents });

    public override bool TryGet(ReadOnlySpan<int> numbers, out int count, out int documents)
    {
        var found = _entries.TryGetValue(KeyOf(numbers), out var entry);
        count = entry.Count;
        documents = entry.Documents;
        return found;
    }

    public override void Visit(Visitor visitor) =>
        _entries.Visit((key, entry) => visitor(MemoryMarshal.Cast<char, int>(key), entry.Count, entry.Documents));

    public override void Clear() => _entries.Clear();

    /// <summary>An n-gram's key: its word numbers, each as two chars.</summary>
    private static ReadOnlySpan<char> KeyOf(ReadOnlySpan<int> numbers) => MemoryMarshal.Cast<int, char>(numbers);

    private struct Entry
    {
        public int Count;
        public int Documents;

        /// <summary>The (1-based) document that last counted this n-gram, so a document is counted once.</summary>
        public int LastDocument;
    }
}
