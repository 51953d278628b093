using System.Text;
using FsCheck.Xunit;
using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

/// <summary>Arbitrary JSONL and CSV content: nothing throws, and every record is either loaded or skipped with its line.</summary>
public sealed class CorpusReaderPropertyTests
{
    // Fragments that make valid records, broken JSON, stray and unclosed quotes, wrong field counts, duplicate ids,
    // empty texts, non-ASCII text and Windows-1252 bytes.
    private static readonly string[] JsonFragments =
    [
        "{\"id\":\"a\",\"text\":\"Talks in Moscow.\"}", "{\"text\":\"Ankara and Damascus met.\",\"outlet\":\"X\"}",
        "{\"id\":1,\"text\":\"Çavuşoğlu “talks”\",\"date\":\"2023-02-30\"}", "{\"id\":\"b\"}", "{\"text\":\"\"}", "{\"text\":null}",
        "{", "}", "\"", ",", ":", "[1]", "null", " ", "\t", "\\", "\"text\"", "😀", "\u00E9", "\u0645\u0648\u0633\u0643\u0648",
    ];

    private static readonly string[] CsvFragments =
    [
        "a,Talks in Moscow.,X", "b,\"Quoted, with comma\",Y", "\"c\",text,Z", ",,", "a,dup,W", "d,\"\",V", "e,only two",
        "f,too,many,fields", ",", " ", "\u00E9t\u00E9", "Çavuşoğlu", "x\"y", "\"", "\"\"", "g,\"unclosed", "h,\"closed\" late,Q",
    ];

    private static string Pick(string[] fragments, int pick) => fragments[(int)((uint)pick % (uint)fragments.Length)];

    private static IEnumerable<string> Lines(int[][] picks, string[] fragments) =>
        picks.Take(30).Select(line => string.Concat((line ?? []).Take(4).Select(p => Pick(fragments, p))));

    [Property(MaxTest = 300)]
    public bool Given_any_text_with_mixed_line_breaks_When_cut_into_line_slices_Then_they_are_the_lines_a_reader_sees(int[][] picks)
    {
        string[] pieces = ["a", "line", "\r", "\n", "\r\n", "\n\r", " ", "{\"text\":\"x\"}", "é", "\u2028"];
        var text = string.Concat((picks ?? []).Take(40).SelectMany(p => (p ?? []).Take(3)).Select(p => Pick(pieces, p)));
        var reader = new StringReader(text);
        var expected = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            expected.Add(line);
        }

        return CorpusReader.LineSlices(text).Select(line => line.ToString()).SequenceEqual(expected);
    }

    private const char Latin1Marker = '\uFFFF';

    /// <summary>Some files end with a raw 0xE9 byte (not UTF-8) on their last line, so the Windows-1252 fallback is exercised too.</summary>
    private static List<string> WithLatin1Byte(List<string> lines, bool latin1Byte)
    {
        if (latin1Byte)
        {
            lines = lines.Count == 0 ? [""] : lines;
            lines[^1] += Latin1Marker;
        }

        return lines;
    }

    private static byte[] Bytes(string text) =>
        text.EndsWith(Latin1Marker) ? [.. Encoding.UTF8.GetBytes(text[..^1]), 0xE9] : Encoding.UTF8.GetBytes(text);

    [Property(MaxTest = 200)]
    public bool Given_any_json_lines_When_read_Then_every_non_blank_line_is_loaded_or_skipped_exactly_once(int[][] picks, bool latin1Byte)
    {
        var lines = WithLatin1Byte(Lines(picks ?? [], JsonFragments).ToList(), latin1Byte);
        using var folder = new TempFolder();
        var path = folder.Write("p.jsonl", Bytes(string.Join('\n', lines)));

        var corpus = CorpusReader.Read(path);

        var expected = lines.Select((line, i) => (line, number: i + 1))
            .Where(l => !string.IsNullOrWhiteSpace(l.line))
            .Select(l => $"p.jsonl:{l.number}");
        var reported = corpus.Articles.Select(a => a.Source).Concat(corpus.Skipped.Select(s => s.Source)).ToList();
        if (lines.All(string.IsNullOrWhiteSpace))
        {
            return corpus.Articles.IsEmpty && corpus.Skipped.All(s => s.Source == "p.jsonl");
        }

        return reported.Order(StringComparer.Ordinal).SequenceEqual(expected.Order(StringComparer.Ordinal));
    }

    [Property(MaxTest = 200)]
    public bool Given_any_csv_rows_When_read_Then_nothing_throws_and_each_row_is_reported_once_at_a_line_of_the_file(int[][] picks, bool latin1Byte)
    {
        var lines = WithLatin1Byte(Lines(picks ?? [], CsvFragments).ToList(), latin1Byte);
        using var folder = new TempFolder();
        var path = folder.Write("p.csv", Bytes("id,text,outlet\n" + string.Join('\n', lines)));

        var corpus = CorpusReader.Read(path);

        var lineCount = lines.Count + 1;
        var reported = corpus.Articles.Select(a => a.Source).Concat(corpus.Skipped.Select(s => s.Source))
            .Select(s => int.Parse(s.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var inRange = reported.All(line => line >= 2 && line <= lineCount);
        var once = reported.Distinct().Count() == reported.Count;
        if (lines.Any(l => l.Contains('"', StringComparison.Ordinal)))
        {
            return inRange && once; // a quoted field may legitimately span several lines
        }

        // Without quotes every record is one line: each non-empty line is loaded or skipped, with its own number.
        var expected = lines.Select((line, i) => (line, number: i + 2))
            .Where(l => l.line.Length > 0)
            .Select(l => l.number);
        return inRange && once && reported.Order().SequenceEqual(expected);
    }
}
