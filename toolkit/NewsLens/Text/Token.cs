namespace NewsLens.Text;

public enum TokenKind : byte
{
    /// <summary>Letters, possibly joined by hyphens or apostrophes (al-Assad, U.S., Türkiye).</summary>
    Word,

    /// <summary>Digits, with decimal points and thousands separators kept whole (3.5, 1,200).</summary>
    Number,

    /// <summary>A split-off possessive clitic: 's or ’s.</summary>
    Possessive,

    Punctuation,
    Symbol,
}

/// <summary>A token: a view of <see cref="Length"/> characters at <see cref="Start"/> in its document's text. No text is copied.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    public string ToString(string text) => text.Substring(Start, Length);
}
