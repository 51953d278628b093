using System.Collections.Concurrent;

namespace NewsLens.Text;

/// <summary>Turns a span of text into a string (a fold, a copy): what a <see cref="SpanStringCache"/> remembers.</summary>
internal delegate string SpanToString(ReadOnlySpan<char> text);

/// <summary>
/// Remembers the string made from each short span (<see cref="Of"/>), so text met again and again (a word, a quote
/// mark, an actor's name) is turned into a string once, not once per occurrence. Thread-safe; bounded, so a corpus of
/// endless distinct words only stops filling it (what is not kept is made afresh, with the same result).
/// </summary>
internal sealed class SpanStringCache
{
    private readonly ConcurrentDictionary<string, string> _made = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly SpanToString _make;
    private readonly int _maxEntries;
    private readonly int _maxLength;
    private int _count;

    /// <param name="make">What the cache remembers for a span; must depend on the span's characters alone.</param>
    /// <param name="maxEntries">At most this many spans are remembered.</param>
    /// <param name="maxLength">Longer spans are never remembered.</param>
    public SpanStringCache(SpanToString make, int maxEntries, int maxLength)
    {
        _make = make;
        _maxEntries = maxEntries;
        _maxLength = maxLength;
        _bySpan = _made.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Spans remembered so far.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>What <c>make</c> gives for <paramref name="text"/>, remembered when there is room.</summary>
    public string Of(ReadOnlySpan<char> text)
    {
        if (_bySpan.TryGetValue(text, out var made))
        {
            return made;
        }

        made = _make(text);
        if (text.Length <= _maxLength && Volatile.Read(ref _count) < _maxEntries && _bySpan.TryAdd(text, made))
        {
            Interlocked.Increment(ref _count);
        }

        return made;
    }
}
