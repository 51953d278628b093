using System.Runtime.InteropServices;

namespace NewsLens.Text;

/// <summary>
/// A count per distinct string, looked up by span: an open-addressing table whose slots hold the hash, the key's
/// place in one shared character arena and the count, so a lookup touches one slot and one run of characters and a
/// known key never allocates (a new key only appends to the arena). Built for the word-count hot path, where a
/// <see cref="Dictionary{TKey, TValue}"/> of strings costs a bucket, an entry and a string object per lookup.
/// Not thread-safe: give each thread its own and <see cref="Merge"/> them.
/// </summary>
public sealed class SpanCounts
{
    private const int MinimumCapacity = 1024;

    private Slot[] _slots;
    private char[] _arena;
    private int _arenaLength;
    private int _mask;

    public SpanCounts(int capacity = MinimumCapacity)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(MinimumCapacity, capacity * 2));
        _slots = new Slot[size];
        _mask = size - 1;
        _arena = new char[size * 4];
    }

    /// <summary>Distinct keys.</summary>
    public int Count { get; private set; }

    /// <summary>The count of <paramref name="key"/> (0 when never added).</summary>
    public int this[ReadOnlySpan<char> key]
    {
        get
        {
            var hash = Hash(key);
            for (var i = hash & _mask; ; i = (i + 1) & _mask)
            {
                ref var slot = ref _slots[i];
                if (slot.Length == 0)
                {
                    return 0;
                }

                if (slot.Hash == hash && Matches(slot, key))
                {
                    return slot.Count;
                }
            }
        }
    }

    /// <summary>Adds <paramref name="by"/> to the count of <paramref name="key"/> (an empty key is not counted).</summary>
    public void Add(ReadOnlySpan<char> key, int by = 1)
    {
        if (key.IsEmpty)
        {
            throw new ArgumentException("an empty key cannot be counted", nameof(key));
        }

        var hash = Hash(key);
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Length == 0)
            {
                Insert(ref slot, key, hash, by);
                return;
            }

            if (slot.Hash == hash && Matches(slot, key))
            {
                slot.Count += by;
                return;
            }
        }
    }

    /// <summary>Adds every count of <paramref name="other"/> to this table.</summary>
    public void Merge(SpanCounts other)
    {
        foreach (ref var slot in other._slots.AsSpan())
        {
            if (slot.Length != 0)
            {
                Add(other._arena.AsSpan(slot.Start, slot.Length), slot.Count);
            }
        }
    }

    /// <summary>Every key with its count, in no particular order (each key becomes a string here).</summary>
    public IEnumerable<KeyValuePair<string, int>> Entries()
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            var slot = _slots[i];
            if (slot.Length != 0)
            {
                yield return new(new string(_arena, slot.Start, slot.Length), slot.Count);
            }
        }
    }

    /// <summary>A fast non-cryptographic hash: 8 bytes per multiply, then a final avalanche (SplitMix64's finaliser).</summary>
    private static int Hash(ReadOnlySpan<char> key)
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

    private bool Matches(in Slot slot, ReadOnlySpan<char> key) =>
        slot.Length == key.Length && _arena.AsSpan(slot.Start, slot.Length).SequenceEqual(key);

    private void Insert(ref Slot slot, ReadOnlySpan<char> key, int hash, int count)
    {
        if (_arenaLength + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaLength + key.Length));
        }

        key.CopyTo(_arena.AsSpan(_arenaLength));
        slot = new Slot(hash, _arenaLength, key.Length, count);
        _arenaLength += key.Length;
        Count++;
        if (Count * 2 > _slots.Length)
        {
            Grow();
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _mask = _slots.Length - 1;
        foreach (var slot in old)
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

    [StructLayout(LayoutKind.Sequential)]
    private record struct Slot(int Hash, int Start, int Length, int Count);
}
