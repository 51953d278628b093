using System.Text;

namespace NewsLens.Corpora;

/// <summary>Decodes article bytes: BOM-marked UTF-8/UTF-16/UTF-32, else strict UTF-8, else Windows-1252 with a warning.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public readonly record struct Decoded(string? Text, string? SkipReason, string? Warning);

    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return new(null, "empty: the file has no bytes", null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return FromEncoding(new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true), bytes[4..], "UTF-32 LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return FromEncoding(new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true), bytes[4..], "UTF-32 BE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return FromUtf8(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return FromEncoding(new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), bytes[2..], "UTF-16 LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return FromEncoding(new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), bytes[2..], "UTF-16 BE");
        }

        if (LooksBinary(bytes))
        {
            return new(null, "binary: the file contains NUL or other control bytes, not text", null);
        }

        var decoded = FromUtf8(bytes);
        var nuls = bytes.Count((byte)0);
        if (nuls > 0 && decoded.Text is not null)
        {
            // Kept in the decoded text so offsets stay those of the file; the reader drops them (UnicodeText.NormalizeMapped).
            var note = $"{nuls} stray NUL byte{(nuls == 1 ? "" : "s")} removed (first at byte offset {bytes.IndexOf((byte)0)})";
            return decoded with { Warning = decoded.Warning is null ? note : $"{decoded.Warning}; {note}" };
        }

        return decoded;
    }

    /// <summary>White space in ASCII, as <see cref="char.IsWhiteSpace(char)"/> has it.</summary>
    public static readonly System.Buffers.SearchValues<byte> AsciiWhiteSpace = System.Buffers.SearchValues.Create(" \t\n\v\f\r"u8);

    /// <summary>
    /// Whether <see cref="Decode"/> would read these bytes as UTF-8 exactly as they are, warning about nothing: no
    /// byte-order mark, not binary, no NUL, valid UTF-8, and not only white space (an ASCII character other than white
    /// space comes first). Such bytes can be parsed in place of the decoded text.
    /// </summary>
    public static bool IsPlainUtf8(ReadOnlySpan<byte> bytes)
    {
        var content = bytes.IndexOfAnyExcept(AsciiWhiteSpace);
        return content >= 0
            && bytes[content] is > 0 and < 0x80
            && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            && !bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])
            && !bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
            && !bytes.Contains((byte)0)
            && !LooksBinary(bytes)
            && System.Text.Unicode.Utf8.IsValid(bytes);
    }

    private static Decoded FromUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Checked(StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            var text = Encoding.GetEncoding(1252).GetString(bytes);
            return Checked(text, $"not valid UTF-8 (first bad byte at offset {e.Index}); read as Windows-1252");
        }
    }

    private static Decoded FromEncoding(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return Checked(encoding.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            return new(null, $"undecodable: invalid {name} at byte offset {e.Index}", null);
        }
    }

    private static Decoded Checked(string text, string? warning) =>
        string.IsNullOrWhiteSpace(text) ? new(null, "empty: the file holds only whitespace", warning) : new(text, null, warning);

    /// <summary>
    /// More than a few NUL bytes (UTF-16 without a mark, images, archives), or many C0 control bytes other than
    /// tab/CR/LF/FF, in the first 8 KB. A stray NUL or two in otherwise plain text is a glitch, not a binary file.
    /// </summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Count((byte)0) > Math.Max(2, sample.Length / 1000))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in sample)
        {
            if (b is > 0 and < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                controls++;
            }
        }

        return controls > sample.Length / 20 + 1;
    }
}
