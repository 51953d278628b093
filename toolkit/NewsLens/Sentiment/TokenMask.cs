namespace NewsLens.Sentiment;

/// <summary>
/// Tokens of an article whose words carry no valence, each with the reason shown in the evidence: words inside a
/// name ("United" in "United States"), or inside a clause about a past event when scoring stance. Immutable.
/// </summary>
public sealed class TokenMask
{
    private readonly Dictionary<int, string> _reasons;

    private TokenMask(Dictionary<int, string> reasons) => _reasons = reasons;

    public static TokenMask Empty { get; } = new([]);

    public int Count => _reasons.Count;

    public bool IsEmpty => _reasons.Count == 0;

    /// <summary>The reason token <paramref name="token"/> is masked, or null.</summary>
    public string? ReasonFor(int token) => _reasons.Count != 0 && _reasons.TryGetValue(token, out var reason) ? reason : null;

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
        foreach (var (token, reason) in other._reasons)
        {
            builder.Add(token, 1, reason);
        }

        return builder.Build();
    }

    /// <summary>Collects masked tokens, then freezes them into a mask.</summary>
    public sealed class Builder
    {
        private Dictionary<int, string>? _reasons;

        public Builder()
        {
        }

        public Builder(TokenMask start)
        {
            if (!start.IsEmpty)
            {
                _reasons = new Dictionary<int, string>(start._reasons);
            }
        }

        public void Add(int first, int count, string reason)
        {
            _reasons ??= [];
            for (var t = first; t < first + count; t++)
            {
                _reasons.TryAdd(t, reason);
            }
        }

        public TokenMask Build()
        {
            var mask = _reasons is null ? Empty : new TokenMask(_reasons);
            _reasons = null;
            return mask;
        }
    }
}
