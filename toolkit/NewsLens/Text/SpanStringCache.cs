namespace NewsLens.Text;

/// <summary>Turns a span of text into a string (a fold, a copy): what a <see cref="SpanStringCache"/> remembers.</summary>
internal delegate string SpanToString(ReadOnlySpan<char> text);

/// <summary>
/// Remembers the string made from each short span (<see cref="Of"/>), so text met again and again (a word, a quote
/// mark, an actor's name) is turned into a string once, not once per occurrence. Thread-safe; bounded, so a corpus of
/// endless distinct words only stops filling it (what is not kept is made afresh, with the same result).
/// </summary>
/// <remarks>
/// An insert-only open-addressing table of immutable entries, twice as many slots as entries: a look-up is one hash of
/// the span (the vocabulary's <see cref="SpanTable{TValue}.Hash"/>) and a compare or two, with no lock (a slot is filled
/// once, by compare-and-swap). The mention rules ask it for a few words around every mention, so it was a tenth of the
/// per-article step as a concurrent dictionary.
/// </remarks>
internal sealed class SpanStringCache
{
    /// <summary>Slots tried from a span's home slot before it is treated as not cached (made afresh).</summary>
    private const int MaxProbes = 8;

    private readonly Entry?[] _slots;
    private readonly SpanToString _make;
    private readonly int _maxEntries;
    private readonly int _maxLength;
    private int _count;

    /// <param name="make">What the cache remembers for a span; must depend on the span's characters alone.</param>
    /// <param name="maxEntries">At most this many spans are remembered.</param>
    /// <param name="maxLength">Longer spans are never remembered.</param>
    public SpanStringCache(SpanToString make, int maxEntries, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEntries);
        _make = make;
        _maxEntries = maxEntries;
        _maxLength = maxLength;
        var bits = Math.Max(2, 64 - ulong.LeadingZeroCount((ulong)maxEntries * 2 - 1));
        _slots = new Entry?[1 << (int)bits];
    }

    /// <summary>Spans remembered so far.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>What <c>make</c> gives for <paramref name="text"/>, remembered when there is room.</summary>
    public string Of(ReadOnlySpan<char> text)
    {
        if (text.Length > _maxLength)
        {
            return _make(text);
        }

        var hash = SpanTable<int>.Hash(text); // already mixed: its low bits pick the slot
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        for (var probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & mask)
        {
            var entry = Volatile.Read(ref _slots[slot]);
            if (entry is null)
            {
                var made = _make(text);
                if (Volatile.Read(ref _count) < _maxEntries
                    && Interlocked.CompareExchange(ref _slots[slot], new Entry(hash, text.ToString(), made), null) is null)
                {
                    Interlocked.Increment(ref _count);
                }

                return made;
            }

            if (entry.Hash == hash && text.SequenceEqual(entry.Key))
            {
                return entry.Value;
            }
        }

        return _make(text);
    }

    private sealed record Entry(int Hash, string Key, string Value);
}
