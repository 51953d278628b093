namespace NewsLens.Text;

internal static class CodePoints
{
    /// <summary>Reads the code point at <paramref name="index"/>; a lone surrogate is returned as itself, one char long.</summary>
    public static int Read(ReadOnlySpan<char> text, int index, out int length)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        length = 1;
        return c;
    }
}
