using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;

namespace NewsLens.Text;

/// <summary>
/// Word tokens: Unicode UAX #29 word boundaries plus news rules. Abbreviations written with periods
/// (U.S., e.g.) keep their final period; possessive 's / ’s is split off; hyphenated names (al-Assad,
/// Ankara-Damascus) stay one token whose parts <see cref="TokenParts"/> can list. Whitespace is dropped.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenises a whole text. The text should already be NFC-normalised (the corpus reader does that).</summary>
    public static ImmutableArray<Token> Tokenize(string text) => Tokenize(text, fastPath: true);

    /// <summary><paramref name="fastPath"/> false runs the general UAX #29 path only (for tests).</summary>
    internal static ImmutableArray<Token> Tokenize(string text, bool fastPath)
    {
        var tokens = new ScratchArray<Token>(1024, MaxKeptTokens);
        var enumerator = new TokenEnumerator(text, fastPath);
        while (enumerator.MoveNext())
        {
            tokens.Add(enumerator.Current);
        }

        return tokens.ToImmutable();
    }

    /// <summary>A thread keeps at most this many tokens' scratch space (768 KB) between texts; a longer text grows its own.</summary>
    private const int MaxKeptTokens = 1 << 16;

    /// <summary>Allocation-free enumeration over any span of text.</summary>
    public static TokenEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>U.S, e.g, U.K: single letters separated by periods, the final period not included.</summary>
    internal static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The hyphens that join a compound (al-Assad): hyphen-minus, hyphen, non-breaking hyphen.</summary>
    internal static readonly SearchValues<char> Hyphens = SearchValues.Create("-\u2010\u2011");

    internal static bool IsHyphen(char c) => Hyphens.Contains(c);

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    internal static TokenKind Classify(ReadOnlySpan<char> segment)
    {
        var cp = CodePoints.Read(segment, 0, out _);
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        switch (category)
        {
            case UnicodeCategory.DecimalDigitNumber or UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber:
                return TokenKind.Number;
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter:
                return TokenKind.Word;
            case UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol:
                return TokenKind.Symbol;
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                return TokenKind.Symbol;
            default:
                var wb = UnicodeProperties.Word(cp);
                return wb is WordBreak.ExtendNumLet ? TokenKind.Word : TokenKind.Punctuation;
        }
    }

    internal static bool IsWhitespace(ReadOnlySpan<char> segment)
    {
        foreach (var c in segment)
        {
            if (!char.IsWhiteSpace(c) && c != '\u200B' && c != '\uFEFF')
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Enumerates tokens over a span without allocating.</summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private readonly bool _fastPath;
    private int _position;
    private Token _pending;
    private bool _hasPending;

    internal TokenEnumerator(ReadOnlySpan<char> text, bool fastPath = true)
    {
        _text = text;
        _fastPath = fastPath;
        _position = 0;
        Current = default;
    }

    public Token Current { get; private set; }

    public readonly TokenEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_hasPending)
        {
            _hasPending = false;
            Current = _pending;
            return true;
        }

        while (_position < _text.Length)
        {
            if (_fastPath)
            {
                var step = AsciiFastPath.TryRead(_text, _position, out var token, out var next);
                if (step != AsciiFastPath.Step.General)
                {
                    _position = next;
                    if (step == AsciiFastPath.Step.Whitespace)
                    {
                        continue;
                    }

                    Current = token;
                    return true;
                }
            }

            var start = _position;
            var end = WordBoundaries.NextBoundary(_text, start, _fastPath);
            _position = end;
            var segment = _text[start..end];
            TokenKind? fastKind = null;
            if (_fastPath && segment[0] < 0x80)
            {
                fastKind = AsciiFastPath.Classify(segment, out var skip);
                if (skip)
                {
                    continue;
                }
            }

            if (fastKind is null && Tokenizer.IsWhitespace(segment))
            {
                continue;
            }

            var kind = fastKind ?? Tokenizer.Classify(segment);
            if (kind is TokenKind.Word or TokenKind.Number)
            {
                var joined = JoinHyphenated(end);
                if (joined != end && kind == TokenKind.Number && ContainsLetter(_text[start..joined]))
                {
                    kind = TokenKind.Word; // 12-year-long is a word that starts with digits
                }

                end = KeepAbbreviationPeriod(start, joined, kind);
                _position = end;
                if (kind == TokenKind.Word && SplitPossessive(start, end))
                {
                    return true;
                }
            }

            Current = new Token(start, end - start, kind);
            return true;
        }

        return false;
    }

    /// <summary>al-Assad, Ankara-Damascus, 12-year-long: word, hyphen, word with no spaces become one token.</summary>
    private int JoinHyphenated(int end)
    {
        while (end + 1 < _text.Length && Tokenizer.IsHyphen(_text[end]))
        {
            var nextEnd = WordBoundaries.NextBoundary(_text, end + 1, _fastPath);
            var next = _text[(end + 1)..nextEnd];
            if (Tokenizer.IsWhitespace(next) || Tokenizer.Classify(next) is not (TokenKind.Word or TokenKind.Number))
            {
                break;
            }

            end = nextEnd;
        }

        return end;
    }

    private static bool ContainsLetter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>U.S, e.g, U.K → U.S., e.g., U.K. (single letters separated by periods take their final period).</summary>
    private readonly int KeepAbbreviationPeriod(int start, int end, TokenKind kind) =>
        kind == TokenKind.Word && end < _text.Length && _text[end] == '.' && Tokenizer.IsInitialism(_text[start..end]) ? end + 1 : end;

    private bool SplitPossessive(int start, int end)
    {
        if (end - start < 3 || (_text[end - 1] is not ('s' or 'S')) || !Tokenizer.IsApostrophe(_text[end - 2]))
        {
            return false;
        }

        Current = new Token(start, end - 2 - start, TokenKind.Word);
        _pending = new Token(end - 2, 2, TokenKind.Possessive);
        _hasPending = true;
        return true;
    }
}
