using System.Text;

namespace NewsLens.Text;

public static partial class TextFolding
{
    /// <summary>Longest token folded on the stack; longer ones take the (allocating) string path.</summary>
    internal const int StackFoldLimit = 256;

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="destination"/> exactly as <see cref="Fold"/> does without
    /// diacritic folding, but without allocating. Returns false (and writes nothing useful) when the destination is too
    /// short or the text holds a lone surrogate (which <see cref="Fold"/> rejects with an exception).
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination, out int written)
    {
        written = 0;
        if (text.Length > destination.Length)
        {
            return false;
        }

        var mayNeedNormalizing = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                destination[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c == '`' ? '\'' : c;
                continue;
            }

            var folded = FoldChar(c);
            destination[i] = folded;

            // Characters below U+0300 never combine with their neighbours under NFC.
            mayNeedNormalizing |= folded >= '\u0300';
        }

        written = text.Length;
        if (!mayNeedNormalizing)
        {
            return true;
        }

        try
        {
            return NormalizeInPlace(destination, ref written);
        }
        catch (ArgumentException)
        {
            written = 0;
            return false; // invalid UTF-16 cannot be normalised
        }
    }

    private static bool NormalizeInPlace(Span<char> destination, ref int written)
    {
        if (((ReadOnlySpan<char>)destination[..written]).IsNormalized(NormalizationForm.FormC))
        {
            return true;
        }

        Span<char> scratch = stackalloc char[StackFoldLimit];
        if (written > scratch.Length)
        {
            return false;
        }

        destination[..written].CopyTo(scratch);
        return destination.Length >= written
            && ((ReadOnlySpan<char>)scratch[..written]).TryNormalize(destination, out written, NormalizationForm.FormC);
    }
}
