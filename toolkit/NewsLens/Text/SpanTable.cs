using System.Runtime.InteropServices;

namespace NewsLens.Text;

/// <summary>
/// A span-keyed hash table: open addressing (linear probing, at most three quarters full) whose slots hold the hash, the key's
/// place in a character arena (fixed-size pages, so growing never copies or over-allocates keys), and the value. Keys are never separate string objects, so a lookup touches
/// one slot and one run of characters, a known key never allocates, and millions of keys cost the garbage collector
/// three arrays instead of millions of objects. Not thread-safe.
/// </summary>
internal sealed class SpanTable<TValue>
    where TValue : struct
{
    private const int MinimumSize = 1024;
    private const int PageBits = 20;
    private const int PageSize = 1 << PageBits;
    private const int MaxPages = 1 << (31 - PageBits);

    private readonly List<char[]> _pages = [];
    private Slot[] _slots;
    private int _pageUsed;
    private int _mask;

    public SpanTable(int capacity)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(capacity + (capacity / 3) + 1, MinimumSize, 1 << 30));
        _slots = new Slot[size];
        _mask = size - 1;
    }

    public delegate void Combine(ref TValue target, in TValue source);

    public int Count { get; private set; }

    /// <summary>A reference to the key's value, added as default when the key is new (the reference is valid until the next add).</summary>
    public ref TValue GetValueRefOrAddDefault(ReadOnlySpan<char> key, out bool exists)
    {
        if (key.IsEmpty)
        {
            throw new ArgumentException("an empty key cannot be stored", nameof(key));
        }

        var hash = Hash(key);
        var index = Find(key, hash);
        exists = _slots[index].Length != 0;
        if (exists)
        {
            return ref _slots[index].Value;
        }

        if ((long)(Count + 1) * 4 > (long)_slots.Length * 3)
        {
            Grow();
            index = Find(key, hash);
        }

        _slots[index] = new Slot { Hash = hash, Start = Store(key), Length = key.Length };
        Count++;
        return ref _slots[index].Value;
    }

    /// <summary>Removes every key but keeps the slots, so a per-batch table can be reused.</summary>
    public void Clear()
    {
        Array.Clear(_slots);
        _pages.Clear();
        _pageUsed = 0;
        Count = 0;
    }

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        if (key.IsEmpty)
        {
            value = default;
            return false;
        }

        var slot = _slots[Find(key, Hash(key))];
        value = slot.Value;
        return slot.Length != 0;
    }

    /// <summary>Adds every key of <paramref name="other"/>, combining the values of keys both have.</summary>
    public void Merge(SpanTable<TValue> other, Combine combine)
    {
        foreach (ref var slot in other._slots.AsSpan())
        {
            if (slot.Length != 0)
            {
                combine(ref GetValueRefOrAddDefault(other.KeyOf(slot), out _), slot.Value);
            }
        }
    }

    /// <summary>Every key (as a new string) with its value, in no particular order.</summary>
    public IEnumerable<KeyValuePair<string, TValue>> Entries()
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            var slot = _slots[i];
            if (slot.Length != 0)
            {
                yield return new(KeyOf(slot).ToString(), slot.Value);
            }
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

    private ReadOnlySpan<char> KeyOf(in Slot slot) => _pages[slot.Start >> PageBits].AsSpan(slot.Start & (PageSize - 1), slot.Length);

    /// <summary>Copies the key into the arena; a key never straddles pages (a key longer than a page gets a page of its own).</summary>
    private int Store(ReadOnlySpan<char> key)
    {
        if (_pages.Count == 0 || _pageUsed + key.Length > _pages[^1].Length)
        {
            if (_pages.Count == MaxPages)
            {
                throw new InvalidOperationException("the table's key arena is full (2^31 characters)");
            }

            _pages.Add(new char[Math.Max(PageSize, key.Length)]);
            _pageUsed = 0;
        }

        key.CopyTo(_pages[^1].AsSpan(_pageUsed));
        var start = ((_pages.Count - 1) << PageBits) | _pageUsed;
        _pageUsed += key.Length;
        return start;
    }

    /// <summary>The slot holding the key, or the empty slot where it would go.</summary>
    private int Find(ReadOnlySpan<char> key, int hash)
    {
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Length == 0 || (slot.Hash == hash && slot.Length == key.Length && KeyOf(slot).SequenceEqual(key)))
            {
                return i;
            }
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _mask = _slots.Length - 1;
        foreach (ref var slot in old.AsSpan())
        {
            if (slot.Length == 0)
            {
                continue;
            }

            var i = slot.Hash & _mask;
            while (_slots[i].Length != 0)
            {
                i = (i + 1) & _mask;
            }

            _slots[i] = slot;
        }
    }

    private struct Slot
    {
        public int Hash;
        public int Start;
        public int Length;
        public TValue Value;
    }
}
