using System.Numerics;

namespace NewsLens.Sentiment;

/// <summary>
/// Tokens of an article whose words carry no valence, each with the reason shown in the evidence: words inside a
/// name ("United" in "United States"), or inside a clause about a past event when scoring stance. Kept as one bit per
/// token (what every scored word asks) and the masked ranges in the order they were added (what the few masked words
/// ask for their reason), not a table entry per token. Immutable.
/// </summary>
public sealed class TokenMask
{
    private readonly ulong[] _bits;
    private readonly List<MaskedRange> _ranges; // the builder's own list, handed over (never changed after Build)

    private TokenMask(ulong[] bits, List<MaskedRange> ranges)
    {
        _bits = bits;
        _ranges = ranges;
        foreach (var word in bits)
        {
            Count += BitOperations.PopCount(word);
        }
    }

    public static TokenMask Empty { get; } = new([], []);

    /// <summary>Tokens masked.</summary>
    public int Count { get; }

    public bool IsEmpty => Count == 0;

    /// <summary>Whether token <paramref name="token"/> is masked (what scoring asks of every word; the reason is asked only of those that show).</summary>
    public bool Contains(int token) => IsMasked(_bits, token);

    /// <summary>The reason token <paramref name="token"/> is masked (the first range added that holds it), or null.</summary>
    public string? ReasonFor(int token)
    {
        if (!IsMasked(_bits, token))
        {
            return null;
        }

        foreach (var range in _ranges)
        {
            if (token >= range.First && token < range.End)
            {
                return range.Reason;
            }
        }

        return null;
    }

    /// <summary>This mask with tokens [first, first + count) masked for <paramref name="reason"/> (a token keeps its first reason).</summary>
    public TokenMask With(int first, int count, string reason)
    {
        var builder = new Builder(this);
        builder.Add(first, count, reason);
        return builder.Build();
    }

    /// <summary>Both masks (this one's reason wins where both mask a token).</summary>
    public TokenMask Union(TokenMask other)
    {
        if (other.IsEmpty)
        {
            return this;
        }

        var builder = new Builder(this);
        foreach (var range in other._ranges)
        {
            builder.Add(range);
        }

        return builder.Build();
    }

    private static bool IsMasked(ulong[] bits, int token) =>
        token >= 0 && (token >> 6) < bits.Length && (bits[token >> 6] & (1UL << token)) != 0;

    /// <summary>
    /// Tokens [First, End) and why; a name's reason ("part of the name '…'") is composed from its text only when asked
    /// for, as most masked words have no valence and never show one.
    /// </summary>
    internal readonly record struct MaskedRange(int First, int End, string? Stated, string? Source, int NameStart, int NameLength)
    {
        public string Reason => Stated ?? $"part of the name '{Source.AsSpan(NameStart, NameLength)}'";
    }

    /// <summary>Collects masked tokens, then freezes them into a mask.</summary>
    public sealed class Builder
    {
        private ulong[] _bits = [];
        private List<MaskedRange>? _ranges;

        public Builder()
        {
        }

        public Builder(TokenMask start)
        {
            if (!start.IsEmpty)
            {
                _bits = (ulong[])start._bits.Clone();
                _ranges = [.. start._ranges];
            }
        }

        public void Add(int first, int count, string reason) => Add(new MaskedRange(first, first + count, reason, null, 0, 0));

        /// <summary>Masks tokens [first, first + count) as part of the name <paramref name="text"/>[start, start + length).</summary>
        public void AddName(int first, int count, string text, int start, int length) =>
            Add(new MaskedRange(first, first + count, null, text, start, length));

        internal void Add(MaskedRange range)
        {
            var (first, end) = (range.First, range.End);
            ArgumentOutOfRangeException.ThrowIfNegative(first);
            if (end <= first)
            {
                return;
            }

            var words = ((end - 1) >> 6) + 1;
            if (words > _bits.Length)
            {
                Array.Resize(ref _bits, Math.Max(words, _bits.Length * 2));
            }

            for (var t = first; t < end; t++)
            {
                _bits[t >> 6] |= 1UL << t;
            }

            (_ranges ??= []).Add(range);
        }

        public TokenMask Build()
        {
            var mask = _ranges is null ? Empty : new TokenMask(_bits, _ranges);
            (_bits, _ranges) = ([], null);
            return mask;
        }
    }
}
