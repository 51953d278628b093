using System.Buffers;

namespace NewsLens.Comparison;

/// <summary>
/// Counts by word number for a tally that stays open for the whole run over many groups (hundreds of dates, each
/// with tens of thousands of words): recent words go to a small <see cref="WordNumberCounts"/>; when that holds an
/// eighth as many words as are already packed, it is sorted and merged into one packed run of ascending word numbers
/// (each a variable-length gap from the previous, its count a variable-length integer): 2 to 3 bytes a word where the
/// hash table takes 13 to 27. Entries come out in ascending word number. Not thread-safe.
/// </summary>
internal sealed class PackedWordCounts
{
    /// <summary>Words held unpacked at least (a small group never packs more often than this many new words).</summary>
    private const int MinimumRecent = 256;

    /// <summary>Recent words are packed when they reach the packed words divided by this.</summary>
    private const int RecentShare = 8;

    private WordNumberCounts _recent = new();
    private byte[] _packed = [];
    private int _packedCount;

    /// <summary>Adds <paramref name="count"/> (positive) to word <paramref name="word"/> (0 or more).</summary>
    public void Add(int word, int count = 1)
    {
        _recent.Add(word, count);
        if (_recent.Count >= Math.Max(MinimumRecent, _packedCount / RecentShare))
        {
            Pack();
        }
    }

    /// <summary>Distinct words counted.</summary>
    public int Count
    {
        get
        {
            Pack();
            return _packedCount;
        }
    }

    /// <summary>Bytes the packed run takes (what a group keeps between reads, besides its few recent words).</summary>
    public int PackedBytes => _packed.Length;

    /// <summary>A reader of every word and its count, in ascending word number (the recent words are packed first).</summary>
    public Cursor Read()
    {
        Pack();
        return new Cursor(_packed);
    }

    /// <summary>Every word and its count, in ascending word number.</summary>
    public IEnumerable<(int Word, int Count)> Entries()
    {
        var cursor = Read();
        while (cursor.TryNext(int.MaxValue, out var word, out var count))
        {
            yield return (word, count);
        }
    }

    private void Pack()
    {
        var recent = _recent.Count;
        if (recent == 0)
        {
            return;
        }

        var words = ArrayPool<int>.Shared.Rent(recent);
        var counts = ArrayPool<int>.Shared.Rent(recent);
        var merged = ArrayPool<byte>.Shared.Rent(_packed.Length + (recent * 2 * MaxVarIntBytes));
        try
        {
            _recent.WordsSpan.CopyTo(words);
            _recent.CountsSpan.CopyTo(counts);
            Array.Sort(words, counts, 0, recent);
            var (length, distinct) = Merge(new Cursor(_packed), words.AsSpan(0, recent), counts.AsSpan(0, recent), merged);
            _packed = merged.AsSpan(0, length).ToArray();
            _packedCount = distinct;
            _recent = new WordNumberCounts(); // the grown table goes: a group keeps its packed run and a small table
        }
        finally
        {
            ArrayPool<int>.Shared.Return(words);
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<byte>.Shared.Return(merged);
        }
    }

    private static (int Length, int Distinct) Merge(Cursor packed, ReadOnlySpan<int> words, ReadOnlySpan<int> counts, byte[] into)
    {
        var (length, distinct, previous, next) = (0, 0, 0, 0);
        var hasPacked = packed.TryNext(int.MaxValue, out var packedWord, out var packedCount);
        while (hasPacked || next < words.Length)
        {
            int word, count;
            if (!hasPacked || (next < words.Length && words[next] < packedWord))
            {
                (word, count) = (words[next], counts[next]);
                next++;
            }
            else
            {
                (word, count) = (packedWord, packedCount);
                if (next < words.Length && words[next] == packedWord)
                {
                    count = checked(count + counts[next]);
                    next++;
                }

                hasPacked = packed.TryNext(int.MaxValue, out packedWord, out packedCount);
            }

            length = WriteVarInt(into, length, (uint)(word - previous));
            length = WriteVarInt(into, length, (uint)count);
            previous = word;
            distinct++;
        }

        return (length, distinct);
    }

    private const int MaxVarIntBytes = 5;

    private static int WriteVarInt(byte[] into, int at, uint value)
    {
        while (value >= 0x80)
        {
            into[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        into[at++] = (byte)value;
        return at;
    }

    /// <summary>
    /// Reads a packed run in ascending word number. <see cref="TryNext"/> stops before the first word at or past a
    /// bound without consuming it, so one cursor per group serves blocks of words taken in ascending order.
    /// </summary>
    internal struct Cursor(byte[] packed)
    {
        private int _position;
        private int _previous;

        /// <summary>The next word and its count when the word is below <paramref name="end"/>; false (nothing read) otherwise or at the end.</summary>
        public bool TryNext(int end, out int word, out int count)
        {
            if (_position >= packed.Length)
            {
                (word, count) = (0, 0);
                return false;
            }

            var position = _position;
            word = _previous + (int)ReadVarInt(packed, ref position);
            if (word >= end)
            {
                count = 0;
                return false;
            }

            count = (int)ReadVarInt(packed, ref position);
            (_position, _previous) = (position, word);
            return true;
        }

        private static uint ReadVarInt(byte[] from, ref int at)
        {
            uint value = 0;
            var shift = 0;
            byte next;
            do
            {
                next = from[at++];
                value |= (uint)(next & 0x7F) << shift;
                shift += 7;
            }
            while (next >= 0x80);

            return value;
        }
    }
}
