using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsLens.Text;

/// <summary>
/// A span-keyed hash table built to hold millions of keys in little memory. Keys are copied into a character arena and
/// entries (hash, key position, value) into a dense entry list, both in pages that grow with the table, so neither is ever copied or
/// over-allocated as the table grows, and a reference to a value stays valid for the table's life. An open-addressing
/// index (at most three quarters full) of 8-byte slots, each the key's hash and its entry number, is the only part
/// rebuilt on growth; probing compares hashes in the index, so an entry is read only when its hash matches. Keys of up
/// to eight characters (most words, and n-grams of up to four word numbers) live in the entry itself, so finding them
/// never touches the arena; a longer key keeps its first four characters there too, so a mismatch rarely does. A known key never
/// allocates, and the garbage collector sees a few hundred arrays instead of one string object per key. Not thread-safe.
/// </summary>
internal sealed class SpanTable<TValue>
    where TValue : struct
{
    private const int MinimumIndexSize = 1024;
    private const int ArenaPageBits = 20;
    private const int ArenaPageSize = 1 << ArenaPageBits;
    private const int MaxArenaPages = 1 << (31 - ArenaPageBits);
    private const int FirstArenaPageSize = 1 << 12;
    private const int FirstEntryPageBits = 8;
    private const int InlineChars = 2 * sizeof(ulong) / sizeof(char);
    private const int PrefixChars = sizeof(ulong) / sizeof(char);

    private readonly List<char[]> _arena = [];
    /// <summary>Entry pages, doubling in size; a fixed array (never replaced), so <see cref="PrefetchEntry"/> may read it without a lock.</summary>
    private readonly Entry[]?[] _entries = new Entry[]?[32 - FirstEntryPageBits];
    private int _entryPages;
    private ulong[] _index;
    private int _arenaUsed;
    private long _entryCapacity;
    private int _mask;

    public SpanTable(int capacity)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(capacity + (capacity / 3) + 1, MinimumIndexSize, 1 << 30));
        _index = new ulong[size];
        _mask = size - 1;
    }

    public delegate void Combine(ref TValue target, in TValue source);

    public delegate void Visitor(ReadOnlySpan<char> key, TValue value);

    public int Count { get; private set; }

    /// <summary>A reference to the key's value, added as default when the key is new.</summary>
    public ref TValue GetValueRefOrAddDefault(ReadOnlySpan<char> key, out bool exists) =>
        ref GetValueRefOrAddDefault(key, key.IsEmpty ? 0 : Hash(key), out exists);

    /// <summary>As <see cref="GetValueRefOrAddDefault(ReadOnlySpan{char}, out bool)"/>, with the key's <see cref="Hash"/> already known.</summary>
    public ref TValue GetValueRefOrAddDefault(ReadOnlySpan<char> key, int hash, out bool exists)
    {
        if (key.IsEmpty)
        {
            throw new ArgumentException("an empty key cannot be stored", nameof(key));
        }

        var position = Find(key, hash);
        exists = _index[position] != 0;
        if (exists)
        {
            return ref EntryAt(NumberOf(_index[position])).Value;
        }

        if ((long)(Count + 1) * 4 > (long)_index.Length * 3)
        {
            Grow();
            position = Find(key, hash);
        }

        var number = Count;
        if (number == _entryCapacity)
        {
            var page = new Entry[(1L << FirstEntryPageBits) << _entryPages];
            _entries[_entryPages++] = page;
            _entryCapacity += page.Length;
        }

        ref var entry = ref EntryAt(number);
        var (low, high) = Pack(key);
        entry = key.Length <= InlineChars
            ? new Entry { Low = low, High = high, Length = key.Length }
            : new Entry { Low = low, High = (ulong)Store(key), Length = key.Length };
        _index[position] = Pack(hash, number);
        Count++;
        return ref entry.Value;
    }

    /// <summary>
    /// Hints that the key with this hash will be looked up soon: starts loading its first index slot. Safe to call
    /// while another thread changes the table (it reads one array reference and nothing else).
    /// </summary>
    public void PrefetchIndex(int hash)
    {
        var index = _index;
        CachePrefetch.Touch(ref index[hash & (index.Length - 1)]);
    }

    /// <summary>
    /// Hints that the key with this hash will be looked up soon: when its first index slot (best loaded already with
    /// <see cref="PrefetchIndex"/>) holds an entry of the same hash, starts loading that entry. Safe to call while another
    /// thread changes the table: every read is checked, and a stale one only loads the wrong line.
    /// </summary>
    public void PrefetchEntry(int hash)
    {
        var index = _index;
        var slot = index[hash & (index.Length - 1)];
        if (slot == 0 || (int)(slot >> 32) != hash)
        {
            return;
        }

        var (page, offset) = PlaceOf(NumberOf(slot));
        if (page < _entries.Length && Volatile.Read(ref _entries[page]) is { } entries && offset < entries.Length)
        {
            CachePrefetch.Touch(ref entries[offset]);
        }
    }

    /// <summary>Removes every key (the index keeps its size), so a per-batch table can be reused.</summary>
    public void Clear()
    {
        Array.Clear(_index);
        _arena.Clear();
        Array.Clear(_entries);
        _entryPages = 0;
        _arenaUsed = 0;
        _entryCapacity = 0;
        Count = 0;
    }

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value) => TryGetValue(key, key.IsEmpty ? 0 : Hash(key), out value);

    /// <summary>As <see cref="TryGetValue(ReadOnlySpan{char}, out TValue)"/>, with the key's <see cref="Hash"/> already known.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, int hash, out TValue value)
    {
        value = default;
        if (key.IsEmpty)
        {
            return false;
        }

        var slot = _index[Find(key, hash)];
        if (slot == 0)
        {
            return false;
        }

        value = EntryAt(NumberOf(slot)).Value;
        return true;
    }

    /// <summary>Adds every key of <paramref name="other"/>, combining the values of keys both have.</summary>
    public void Merge(SpanTable<TValue> other, Combine combine)
    {
        for (var e = 0; e < other.Count; e++)
        {
            ref var entry = ref other.EntryAt(e);
            combine(ref GetValueRefOrAddDefault(other.KeyOf(entry), out _), entry.Value);
        }
    }

    /// <summary>Shows every key (as a span, nothing allocated) with its value, in the order the keys were first added.</summary>
    public void Visit(Visitor visitor)
    {
        for (var e = 0; e < Count; e++)
        {
            ref var entry = ref EntryAt(e);
            visitor(KeyOf(entry), entry.Value);
        }
    }

    /// <summary>Every key (as a new string) with its value, in the order the keys were first added.</summary>
    public IEnumerable<KeyValuePair<string, TValue>> Entries()
    {
        for (var e = 0; e < Count; e++)
        {
            var entry = EntryAt(e);
            yield return new(KeyOf(entry).ToString(), entry.Value);
        }
    }

    /// <summary>A fast non-cryptographic hash: 8 bytes per multiply, then SplitMix64's finaliser to spread the bits.</summary>
    internal static int Hash(ReadOnlySpan<char> key)
    {
        var bytes = MemoryMarshal.AsBytes(key);
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            h = (h ^ MemoryMarshal.Read<ulong>(bytes)) * 0xBF58476D1CE4E5B9UL;
            bytes = bytes[8..];
        }

        if (bytes.Length >= 4)
        {
            h = (h ^ MemoryMarshal.Read<uint>(bytes)) * 0x94D049BB133111EBUL;
            bytes = bytes[4..];
        }

        if (bytes.Length >= 2)
        {
            h = (h ^ MemoryMarshal.Read<ushort>(bytes)) * 0xBF58476D1CE4E5B9UL;
        }

        h ^= h >> 31;
        h *= 0x94D049BB133111EBUL;
        h ^= h >> 29;
        return (int)(h & int.MaxValue);
    }

    /// <summary>An index slot: the hash in the high half, the entry number + 1 in the low half (0 = empty).</summary>
    private static ulong Pack(int hash, int number) => ((ulong)(uint)hash << 32) | (uint)(number + 1);

    private static int NumberOf(ulong slot) => (int)(uint)slot - 1;

    /// <summary>Entry pages double in size (256, 512, 1024, … entries), so a small table stays small and nothing is ever copied.</summary>
    private ref Entry EntryAt(int number)
    {
        var (page, offset) = PlaceOf(number);
        return ref _entries[page]![offset];
    }

    /// <summary>The page of entry <paramref name="number"/> and its place in that page.</summary>
    private static (int Page, int Offset) PlaceOf(int number)
    {
        var shifted = (uint)number + (1u << FirstEntryPageBits);
        var page = BitOperations.Log2(shifted) - FirstEntryPageBits;
        return (page, (int)(shifted - ((1u << FirstEntryPageBits) << page)));
    }

    private ReadOnlySpan<char> KeyOf(in Entry entry) =>
        entry.Length <= InlineChars
            ? MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<ulong, char>(ref Unsafe.AsRef(in entry.Low)), entry.Length)
            : _arena[(int)entry.High >> ArenaPageBits].AsSpan((int)entry.High & (ArenaPageSize - 1), entry.Length);

    /// <summary>The first eight characters of a key as two numbers (unused characters are zero).</summary>
    private static (ulong Low, ulong High) Pack(ReadOnlySpan<char> key)
    {
        Span<ulong> packed = [0, 0];
        MemoryMarshal.AsBytes(key[..Math.Min(key.Length, InlineChars)]).CopyTo(MemoryMarshal.AsBytes(packed));
        return (packed[0], packed[1]);
    }

    /// <summary>Compares the packed first characters before touching the arena, so most mismatches cost no extra read.</summary>
    private bool Matches(in Entry entry, ReadOnlySpan<char> key)
    {
        if (entry.Length != key.Length)
        {
            return false;
        }

        var (low, high) = Pack(key);
        return key.Length <= InlineChars
            ? entry.Low == low && entry.High == high
            : entry.Low == low && KeyOf(entry)[PrefixChars..].SequenceEqual(key[PrefixChars..]);
    }

    /// <summary>Copies the key into the arena; a key never straddles pages (a key longer than a page gets a page of its own).</summary>
    private int Store(ReadOnlySpan<char> key)
    {
        if (_arena.Count == 0 || _arenaUsed + key.Length > _arena[^1].Length)
        {
            if (_arena.Count == MaxArenaPages)
            {
                throw new InvalidOperationException("the table's key arena is full (2^31 characters)");
            }

            // Pages grow from 4 K to 1 M characters, so a table of a few short keys does not hold a megabyte.
            _arena.Add(new char[Math.Max(key.Length, Math.Min(ArenaPageSize, FirstArenaPageSize << Math.Min(_arena.Count, 8)))]);
            _arenaUsed = 0;
        }

        key.CopyTo(_arena[^1].AsSpan(_arenaUsed));
        var start = ((_arena.Count - 1) << ArenaPageBits) | _arenaUsed;
        _arenaUsed += key.Length;
        return start;
    }

    /// <summary>The index position holding the key's entry number, or the empty position where it would go.</summary>
    private int Find(ReadOnlySpan<char> key, int hash)
    {
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            var slot = _index[i];
            if (slot == 0)
            {
                return i;
            }

            if ((int)(slot >> 32) == hash)
            {
                if (Matches(EntryAt(NumberOf(slot)), key))
                {
                    return i;
                }
            }
        }
    }

    private void Grow()
    {
        var old = _index;
        _index = new ulong[old.Length * 2];
        _mask = _index.Length - 1;
        foreach (var slot in old)
        {
            if (slot == 0)
            {
                continue;
            }

            var i = (int)(slot >> 32) & _mask;
            while (_index[i] != 0)
            {
                i = (i + 1) & _mask;
            }

            _index[i] = slot;
        }
    }

    private struct Entry
    {
        /// <summary>The key's first four characters (a key of up to eight lives in <see cref="Low"/> and <see cref="High"/>).</summary>
        public ulong Low;

        /// <summary>Characters five to eight of a short key, or the place in the arena of a longer one.</summary>
        public ulong High;

        public int Length;
        public TValue Value;
    }
}
