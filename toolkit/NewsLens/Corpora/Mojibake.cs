using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.Unicode;

namespace NewsLens.Corpora;

/// <summary>
/// Repairs mojibake: UTF-8 bytes that were once read as Windows-1252 (or Latin-1) and saved again, so "’" became
/// "â€™" and "é" became "Ã©". Only a run that turns back into exactly one valid UTF-8 character is repaired (a lead
/// character Â–ô followed by the right number of continuation characters), so ordinary accented text is left alone.
/// </summary>
public static class Mojibake
{
    private static readonly FrozenDictionary<char, byte> ByteOf = BuildByteOf();

    /// <summary>The repaired text, its map to <paramref name="map"/>'s source, and how many characters were repaired.</summary>
    public static (string Text, SourceMap Map, int Repairs) Repair(string text, SourceMap map)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4') < 0)
        {
            return (text, map, 0);
        }

        StringBuilder? result = null; // built from the first repair on: most texts with such letters need none
        SourceMap.Builder? builder = null;
        var position = 0;
        var repairs = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var length = SequenceLength(text[i]);
            if (length == 0 || i + length > text.Length || Decode(text.AsSpan(i, length)) is not { } repaired)
            {
                continue;
            }

            result ??= new StringBuilder(text.Length);
            builder ??= new SourceMap.Builder(map);
            result.Append(text, position, i - position).Append(repaired);
            builder.Copy(position, i - position);
            builder.Replace(i, length, repaired.Length);
            position = i + length;
            i = position - 1;
            repairs++;
        }

        if (result is null || builder is null)
        {
            return (text, map, 0);
        }

        result.Append(text, position, text.Length - position);
        builder.Copy(position, text.Length - position);
        return (result.ToString(), builder.Build(), repairs);
    }

    /// <summary>How many bytes a UTF-8 sequence has whose lead byte this character stands for (0: not a lead).</summary>
    private static int SequenceLength(char c) => c switch
    {
        >= '\u00C2' and <= '\u00DF' => 2,
        >= '\u00E0' and <= '\u00EF' => 3,
        >= '\u00F0' and <= '\u00F4' => 4,
        _ => 0,
    };

    private static string? Decode(ReadOnlySpan<char> run)
    {
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < run.Length; i++)
        {
            if (!ByteOf.TryGetValue(run[i], out bytes[i]) || (i > 0 && bytes[i] is < 0x80 or > 0xBF))
            {
                return null; // not a Windows-1252 character, or not a continuation byte
            }
        }

        Span<char> chars = stackalloc char[2];
        return Utf8.ToUtf16(bytes[..run.Length], chars, out var read, out var written, replaceInvalidSequences: false) == OperationStatus.Done && read == run.Length
            ? new string(chars[..written])
            : null;
    }

    /// <summary>Each character Windows-1252 (or, for its five unassigned bytes, Latin-1) gives a byte 0x80–0xFF.</summary>
    private static FrozenDictionary<char, byte> BuildByteOf()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var windows1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        var byteOf = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0xFF; b++)
        {
            var c = windows1252.GetString([(byte)b])[0];
            byteOf[c == '\uFFFD' ? (char)b : c] = (byte)b;
            byteOf.TryAdd((char)b, (byte)b); // Latin-1 reading of the same byte (C1 controls)
        }

        return byteOf.ToFrozenDictionary();
    }
}
