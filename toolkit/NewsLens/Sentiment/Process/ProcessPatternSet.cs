using System.Collections.Frozen;
using System.Collections.Immutable;

namespace NewsLens.Sentiment.Process;

/// <summary>
/// The patterns of one kind (relations, events or references) indexed by their first word, so a sentence is read once
/// for all of them instead of once per pattern: each word looks up the patterns that can start there (exactly, or by
/// a wildcard prefix such as "normalis*") and only those are followed further. Results are those of
/// <see cref="ProcessPattern.FindIn(ReadOnlySpan{string}, ReadOnlySpan{bool})"/> for each pattern, in pattern order.
/// </summary>
internal sealed class ProcessPatternSet
{
    /// <summary>Up to this many patterns, a caller keeps its match buffers on the stack.</summary>
    public const int StackLimit = 128;

    private readonly ImmutableArray<ProcessPattern> _patterns;
    private readonly FrozenDictionary<string, int[]> _byFirstWord;
    private readonly (string Prefix, int Pattern)[] _byPrefix;

    public ProcessPatternSet(IEnumerable<string> patterns)
    {
        _patterns = [.. patterns.Select(ProcessPattern.Parse)];
        var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var prefixes = new List<(string, int)>();
        for (var p = 0; p < _patterns.Length; p++)
        {
            if (_patterns[p].Words.IsEmpty)
            {
                continue;
            }

            var first = _patterns[p].Words[0];
            if (first.Length > 1 && first[^1] == '*')
            {
                prefixes.Add((first[..^1], p));
            }
            else
            {
                (exact.TryGetValue(first, out var list) ? list : exact[first] = []).Add(p);
            }
        }

        _byFirstWord = exact.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        _byPrefix = [.. prefixes];
        foreach (var word in exact.Keys.Where(w => w.Length > 0))
        {
            _mayStart[ShapeOf(word.Length, word[0])] = true;
        }

        foreach (var (prefix, _) in prefixes)
        {
            for (var length = prefix.Length; length <= ShapeLengths; length++)
            {
                _mayStart[ShapeOf(length, prefix[0])] = true;
            }
        }
    }

    /// <summary>Lengths 1 to this are told apart by <see cref="ShapeOf"/>; longer words share the last one.</summary>
    private const int ShapeLengths = 31;

    /// <summary>
    /// Whether any pattern can start at a word of this shape (length, low byte of the first character): most words of a
    /// sentence are ruled out by one array read instead of a dictionary lookup and a pass over the prefixes.
    /// </summary>
    private readonly bool[] _mayStart = new bool[(ShapeLengths + 1) << 8];

    private static int ShapeOf(int length, char first) => (Math.Min(length, ShapeLengths) << 8) | (first & 0xFF);

    public int Count => _patterns.Length;

    /// <summary>The first pattern, in definition order, found in the sentence, with its first and last word; null when none is.</summary>
    public (int First, int Last)? FindFirst(ReadOnlySpan<string> words, ReadOnlySpan<bool> clauseBreakBefore)
    {
        Span<int> firsts = Count <= StackLimit ? stackalloc int[Count] : new int[Count];
        Span<int> lasts = Count <= StackLimit ? stackalloc int[Count] : new int[Count];
        var found = FindEach(words, clauseBreakBefore, firsts, lasts);
        for (var p = 0; p < found; p++)
        {
            if (firsts[p] >= 0)
            {
                return (firsts[p], lasts[p]);
            }
        }

        return null;
    }

    /// <summary>
    /// Fills each pattern's first match, by pattern index (-1 in <paramref name="firsts"/> when the pattern is not in
    /// the sentence; both spans hold <see cref="Count"/> items) and returns one past the last pattern found (0: none).
    /// </summary>
    public int FindEach(ReadOnlySpan<string> words, ReadOnlySpan<bool> clauseBreakBefore, Span<int> firsts, Span<int> lasts)
    {
        firsts.Fill(-1);
        var end = 0;
        for (var start = 0; start < words.Length; start++)
        {
            var word = words[start];
            if (word.Length > 0 && !_mayStart[ShapeOf(word.Length, word[0])])
            {
                continue;
            }

            if (_byFirstWord.TryGetValue(word, out var candidates))
            {
                foreach (var p in candidates)
                {
                    end = TryFrom(p, start, words, clauseBreakBefore, firsts, lasts, end);
                }
            }

            foreach (var (prefix, p) in _byPrefix)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    end = TryFrom(p, start, words, clauseBreakBefore, firsts, lasts, end);
                }
            }
        }

        return end;
    }

    private int TryFrom(int pattern, int start, ReadOnlySpan<string> words, ReadOnlySpan<bool> clauseBreakBefore, Span<int> firsts, Span<int> lasts, int end)
    {
        if (firsts[pattern] >= 0)
        {
            return end;
        }

        var last = _patterns[pattern].LastWordFrom(words, clauseBreakBefore, start);
        if (last < 0)
        {
            return end;
        }

        (firsts[pattern], lasts[pattern]) = (start, last);
        return Math.Max(end, pattern + 1);
    }
}
