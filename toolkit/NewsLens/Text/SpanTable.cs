using System.Runtime.InteropServices;

namespace NewsLens.Text;

/// <summary>
/// A span-keyed hash table: open addressing (linear probing, at most three quarters full) whose slots hold the hash, the key's
/// place in one shared character arena, and the value. Keys are never separate string objects, so a lookup touches
/// one slot and one run of characters, a known key never allocates, and millions of keys cost the garbage collector
/// three arrays instead of millions of objects. Not thread-safe.
/// </summary>
internal sealed class SpanTable<TValue>
    where TValue : struct
{
    private const int MinimumSize = 1024;

    private Slot[] _slots;
    private char[] _arena;
    private int _arenaLength;
    private int _mask;

    public SpanTable(int capacity)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(capacity + (capacity / 3) + 1, MinimumSize, 1 << 30));
        _slots = new Slot[size];
        _mask = size - 1;
        _arena = new char[size * 4];
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

        if (_arenaLength + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length + (_arena.Length / 2), _arenaLength + key.Length));
        }

        key.CopyTo(_arena.AsSpan(_arenaLength));
        _slots[index] = new Slot { Hash = hash, Start = _arenaLength, Length = key.Length };
        _arenaLength += key.Length;
        Count++;
        return ref _slots[index].Value;
    }

    /// <summary>Removes every key but keeps the memory, so a per-batch table can be reused.</summary>
    public void Clear()
    {
        Array.Clear(_slots);
        _arenaLength = 0;
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
                combine(ref GetValueRefOrAddDefault(other._arena.AsSpan(slot.Start, slot.Length), out _), slot.Value);
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
                yield return new(new string(_arena, slot.Start, slot.Length), slot.Value);
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

    /// <summary>The slot holding the key, or the empty slot where it would go.</summary>
    private int Find(ReadOnlySpan<char> key, int hash)
    {
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Length == 0 || (slot.Hash == hash && slot.Length == key.Length && _arena.AsSpan(slot.Start, slot.Length).SequenceEqual(key)))
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
