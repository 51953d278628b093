namespace NewsLens.Comparison;

/// <summary>
/// Counts keyed by word number (a <see cref="Text.Vocabulary"/> id): 13 to 27 bytes a distinct word as the arrays grow,
/// and no reference for the garbage collector to trace, where a <c>Dictionary&lt;string, int&gt;</c> takes 28 to 56
/// bytes and a reference per entry. Entries stay in the order their words were first counted (as a dictionary without
/// removals enumerates), so whatever is built from them comes out in the same order. Not thread-safe.
/// </summary>
internal sealed class WordNumberCounts
{
    private const int MinimumBuckets = 16;

    private int[] _words = new int[MinimumBuckets / 2];
    private int[] _counts = new int[MinimumBuckets / 2];

    /// <summary>Entry index + 1 per slot (0 = empty), open addressing with linear probing.</summary>
    private int[] _buckets = new int[MinimumBuckets];
    private int _shift = 32 - 4;

    /// <summary>Distinct words counted.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="count"/> (positive) to word <paramref name="word"/> (0 or more).</summary>
    public void Add(int word, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(word);
        var mask = _buckets.Length - 1;
        var slot = Slot(word);
        while (_buckets[slot] is var entry and not 0)
        {
            if (_words[entry - 1] == word)
            {
                _counts[entry - 1] = checked(_counts[entry - 1] + count);
                return;
            }

            slot = (slot + 1) & mask;
        }

        if (Count == _words.Length)
        {
            Array.Resize(ref _words, Count * 2);
            Array.Resize(ref _counts, Count * 2);
        }

        _words[Count] = word;
        _counts[Count] = count;
        _buckets[slot] = ++Count;
        if (Count * 4 > _buckets.Length * 3)
        {
            Grow();
        }
    }

    /// <summary>The count of <paramref name="word"/>, 0 when it was never counted.</summary>
    public int this[int word]
    {
        get
        {
            var mask = _buckets.Length - 1;
            var slot = Slot(word);
            while (_buckets[slot] is var entry and not 0)
            {
                if (_words[entry - 1] == word)
                {
                    return _counts[entry - 1];
                }

                slot = (slot + 1) & mask;
            }

            return 0;
        }
    }

    /// <summary>The words counted, in the order they were first counted (side by side with <see cref="CountsSpan"/>).</summary>
    public ReadOnlySpan<int> WordsSpan => _words.AsSpan(0, Count);

    public ReadOnlySpan<int> CountsSpan => _counts.AsSpan(0, Count);

    /// <summary>Every word and its count, in the order words were first counted.</summary>
    public IEnumerable<(int Word, int Count)> Entries()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return (_words[i], _counts[i]);
        }
    }

    /// <summary>Fibonacci hashing (the product's top bits): consecutive word numbers spread over the whole table.</summary>
    private int Slot(int word) => (int)(((uint)word * 2654435769u) >> _shift);

    private void Grow()
    {
        var size = _buckets.Length * 2;
        _buckets = new int[size];
        _shift--;
        var mask = size - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = Slot(_words[i]);
            while (_buckets[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _buckets[slot] = i + 1;
        }
    }
}
