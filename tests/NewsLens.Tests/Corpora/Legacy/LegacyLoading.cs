using System.Collections.Frozen;
using System.Text;
using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora.Legacy;

/// <summary>
/// The loading steps as they were before their allocation work (issue 15), kept as test oracles: the current
/// <see cref="UnicodeText.NormalizeMapped"/>, <see cref="Mojibake.Repair"/> and the reader's repeated-line count must
/// give the same results.
/// </summary>
internal static class LegacyLoading
{
    public static (string Text, SourceMap Map) NormalizeMapped(string decoded)
    {
        var lines = new StringBuilder(decoded.Length);
        var map = new SourceMap.Builder(SourceMap.Identity(decoded.Length));
        var position = 0;
        for (var i = decoded.AsSpan().IndexOfAny('\r', '\0'); i >= 0; i = NextBreakOrNul(decoded, position))
        {
            lines.Append(decoded, position, i - position);
            map.Copy(position, i - position);
            if (decoded[i] == '\0')
            {
                position = i + 1; // a stray NUL is dropped (the decoder warned)
                continue;
            }

            lines.Append('\n');
            var crlf = i + 1 < decoded.Length && decoded[i + 1] == '\n';
            map.Replace(i, crlf ? 2 : 1, 1);
            position = i + (crlf ? 2 : 1);
        }

        lines.Append(decoded, position, decoded.Length - position);
        map.Copy(position, decoded.Length - position);
        var text = UnicodeText.ReplaceInvalid(lines.ToString());
        var textMap = map.Build();
        if (text.IsNormalized(NormalizationForm.FormC))
        {
            return (text, textMap);
        }

        // Compose chunk by chunk: a chunk starts at a character below U+0300 (a starter nothing before it composes
        // with), so each composed character maps to the chunk it came from.
        var composed = new StringBuilder(text.Length);
        var composedMap = new SourceMap.Builder(textMap);
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] >= '\u0300')
            {
                continue;
            }

            var chunk = text[start..i];
            var normal = chunk.IsNormalized(NormalizationForm.FormC) ? chunk : chunk.Normalize(NormalizationForm.FormC);
            composed.Append(normal);
            if (normal.Length == chunk.Length && normal == chunk)
            {
                composedMap.Copy(start, chunk.Length);
            }
            else
            {
                composedMap.Replace(start, chunk.Length, normal.Length);
            }

            start = i;
        }

        return (composed.ToString(), composedMap.Build());
    }

    private static int NextBreakOrNul(string text, int from)
    {
        var next = text.AsSpan(from).IndexOfAny('\r', '\0');
        return next < 0 ? -1 : from + next;
    }

    /// <summary>The lines found in at least <paramref name="threshold"/> texts, as the reader counted them before.</summary>
    public static Dictionary<string, int> RepeatedLines(IEnumerable<string> texts, int threshold)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length >= 20).Distinct(StringComparer.Ordinal))
            {
                counts[line] = counts.GetValueOrDefault(line) + 1;
            }
        }

        return counts.Where(c => c.Value >= threshold).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
    }

    private static readonly FrozenDictionary<char, byte> ByteOf = BuildByteOf();

    /// <summary>The repaired text, its map to <paramref name="map"/>'s source, and how many characters were repaired.</summary>
    public static (string Text, SourceMap Map, int Repairs) RepairMojibake(string text, SourceMap map)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4') < 0)
        {
            return (text, map, 0);
        }

        var result = new StringBuilder(text.Length);
        var builder = new SourceMap.Builder(map);
        var position = 0;
        var repairs = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var length = SequenceLength(text[i]);
            if (length == 0 || i + length > text.Length || Decode(text.AsSpan(i, length)) is not { } repaired)
            {
                continue;
            }

            result.Append(text, position, i - position).Append(repaired);
            builder.Copy(position, i - position);
            builder.Replace(i, length, repaired.Length);
            position = i + length;
            i = position - 1;
            repairs++;
        }

        result.Append(text, position, text.Length - position);
        builder.Copy(position, text.Length - position);
        return repairs == 0 ? (text, map, 0) : (result.ToString(), builder.Build(), repairs);
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
        var bytes = new byte[run.Length];
        for (var i = 0; i < run.Length; i++)
        {
            if (!ByteOf.TryGetValue(run[i], out bytes[i]))
            {
                return null;
            }
        }

        if (bytes.Skip(1).Any(b => b is < 0x80 or > 0xBF))
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
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
