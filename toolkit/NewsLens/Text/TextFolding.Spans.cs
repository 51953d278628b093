using System.Text;
using NewsLens.Corpora;

namespace NewsLens.Text;

public static partial class TextFolding
{
    /// <summary>Longest token folded on the stack; longer ones take the (allocating) string path.</summary>
    internal const int StackFoldLimit = 256;

    /// <summary>
    /// The fold of <paramref name="text"/> (as <see cref="Fold(ReadOnlySpan{char}, bool)"/> without diacritic folding):
    /// written into <paramref name="buffer"/> when it fits, so nothing is allocated, else a new string.
    /// </summary>
    public static ReadOnlySpan<char> FoldInto(ReadOnlySpan<char> text, Span<char> buffer) =>
        TryFold(text, buffer, out var written) ? buffer[..written] : Fold(text);

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="destination"/> exactly as <see cref="Fold(ReadOnlySpan{char}, bool)"/> does without
    /// diacritic folding, but without allocating (lone surrogates and noncharacters become U+FFFD, as there). Returns
    /// false (and writes nothing useful) when the destination is too short.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination, out int written)
    {
        written = 0;
        if (text.Length > destination.Length)
        {
            return false;
        }

        var mayNeedNormalizing = false;
        var mayBeInvalid = false;
        for (var i = 0; i < text.Length; i++)
        {
            var folded = FoldChar(text[i]);
            destination[i] = folded;

            // Characters below U+0300 never combine with their neighbours under NFC.
            mayNeedNormalizing |= folded >= '\u0300';
            mayBeInvalid |= folded >= '\uD800' && (char.IsSurrogate(folded) || folded >= '\uFDD0');
        }

        written = text.Length;
        if (mayBeInvalid)
        {
            UnicodeText.ReplaceInvalid(destination[..written]);
        }

        if (!mayNeedNormalizing)
        {
            return true;
        }

        return NormalizeInPlace(destination, ref written);
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
