using System.Text;
using FsCheck.Xunit;
using NewsLens.Corpora;
using NewsLens.Tests.Corpora.Legacy;

namespace NewsLens.Tests.Corpora;

/// <summary>
/// The loading steps after their allocation work (issue 15) against the versions before it (Legacy/): for any text
/// made of article prose, boilerplate, line breaks, stray NULs, decomposed accents, mojibake and invalid code units,
/// they give the same text, audit and source map.
/// </summary>
public sealed class LoadingEquivalenceTests
{
    private static readonly string[] Fragments =
    [
        "Talks were held in Moscow. ", "Çavuşoğlu met Mekdad.", "Mevlu\u0308t C\u0327avus\u0327og\u0306lu", "I\u0307brahim", "e\u0301\u0323",
        "\u1100\u1161", "\u0958", "\u0344", "Å", "\u212B", "By John Smith", "Daily Sabah", "\n", "\n\n", "\n \n\t\n", "\r\n", "\r", "\0",
        "  \n", "\t\n", " ", "â€™", "Ã©", "Ã", "â€", "Ã¼ber", "ðŸ˜€", "\u00C2\u00A0", "<script>var x = 1;</script>", "<div class=\"x\">",
        "</div>", "<p>", "Leave a Reply", "Your email address will not be published.", "%d bloggers like this:", "Share this:",
        "Subscribe to our newsletter", "Related", "Translated and edited by The Syrian Observer", "Reuters contributed to this report.",
        "The Syrian Observer has not verified the content of this story.", "This article was originally published in Al Watan. ",
        "Share on Facebook. ", "Tweet. ", "“", "”", "—", "😀", "\uD800", "\uDC00", "\uFFFE", "\u0645\u0648\u0633\u0643\u0648",
        "The ministers said the talks would continue next week, after the summit in Ankara, and that a road map was agreed. ",
    ];

    private static string Text(int[] picks, int repeat) =>
        string.Concat((picks ?? []).Take(80).Select((p, i) => Fragments[(int)((uint)p % (uint)Fragments.Length)] is var f && i % 7 == 3 ? string.Concat(Enumerable.Repeat(f, 1 + (int)((uint)repeat % 8))) : f));

    [Property(MaxTest = 500)]
    public bool Given_any_decoded_text_When_normalised_with_its_map_Then_text_and_map_equal_the_legacy_steps(int[] picks, int repeat)
    {
        var decoded = Text(picks, repeat);

        var (text, map) = UnicodeText.NormalizeMapped(decoded);
        var (legacyText, legacyMap) = LegacyLoading.NormalizeMapped(decoded);

        return text == legacyText && map.Equals(legacyMap);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(400)]
    public void Given_long_runs_that_compose_When_normalised_with_its_map_Then_text_and_map_equal_the_legacy_steps(int pairs)
    {
        // Hangul jamo (one chunk however long: nothing below U+0300), decomposed accents, and a Devanagari letter that NFC lengthens.
        var decoded = "Seoul: " + string.Concat(Enumerable.Repeat("\u1100\u1161", pairs)) + " Mevlu\u0308t " + string.Concat(Enumerable.Repeat("\u0958", pairs)) + ".";

        var (text, map) = UnicodeText.NormalizeMapped(decoded);
        var (legacyText, legacyMap) = LegacyLoading.NormalizeMapped(decoded);

        Assert.Equal(legacyText, text);
        Assert.Equal(legacyMap, map);
        Assert.Equal(decoded.Normalize(NormalizationForm.FormC), text);
    }

    [Property(MaxTest = 500)]
    public bool Given_any_text_When_mojibake_is_repaired_Then_text_map_and_count_equal_the_legacy_repair(int[] picks, int repeat)
    {
        var (normalised, map) = UnicodeText.NormalizeMapped(Text(picks, repeat));

        var repaired = Mojibake.Repair(normalised, map);
        var legacy = LegacyLoading.RepairMojibake(normalised, map);

        return repaired.Text == legacy.Text && repaired.Map.Equals(legacy.Map) && repaired.Repairs == legacy.Repairs;
    }

    [Property(MaxTest = 300)]
    public bool Given_any_text_When_cleaned_Then_text_audit_and_map_equal_the_legacy_cleaner(int[] picks, int repeat, bool withOutlet)
    {
        var (raw, map) = UnicodeText.NormalizeMapped(Text(picks, repeat));
        var outlet = withOutlet ? "Daily Sabah" : null;

        var (text, audit, cleanedMap) = Cleaner.Clean(raw, outlet, map);
        var (legacyText, legacyAudit, legacyMap) = LegacyCleaner.Clean(raw, outlet, map);

        return text == legacyText && audit.Removals.SequenceEqual(legacyAudit.Removals) && cleanedMap.Equals(legacyMap);
    }

    [Property(MaxTest = 300)]
    public bool Given_texts_sharing_lines_When_repeated_lines_are_counted_Then_they_equal_the_legacy_count(int[][] articles, int threshold)
    {
        var texts = (articles ?? []).Take(12).Select(picks => string.Join('\n', (picks ?? []).Take(10).Select(p => Lines[(int)((uint)p % (uint)Lines.Length)]))).ToList();
        var atLeast = 1 + (int)((uint)threshold % 4);

        var counted = CorpusReader.RepeatedLines(texts, atLeast);
        var legacy = LegacyLoading.RepeatedLines(texts, atLeast);

        return counted.Count == legacy.Count && counted.All(c => legacy.TryGetValue(c.Key, out var n) && n == c.Value);
    }

    private static readonly string[] Lines =
    [
        "Read more about the talks on our website", "  Read more about the talks on our website  ", "Read more about the talks on our website\r",
        "short line", "", " ", "Follow us on Twitter for the latest news", "\tFollow us on Twitter for the latest news",
        "The ministers met in Moscow on Wednesday.", "Çavuşoğlu and Mekdad met in Moscow today.", "exactly twenty chars",
        "nineteen characters",
    ];

    [Fact]
    public void Given_every_character_below_U0300_When_checked_alone_Then_each_is_in_NFC()
    {
        // NormalizeMapped skips one-character chunks on this premise.
        var notNfc = Enumerable.Range(0, 0x300).Where(c => !((char)c).ToString().IsNormalized(NormalizationForm.FormC)).ToList();

        Assert.Empty(notNfc);
    }

    [Property(MaxTest = 200)]
    public bool Given_any_JSON_Lines_file_When_read_from_its_UTF8_bytes_Then_it_equals_reading_it_decoded(int[][] records, bool crlf)
    {
        // Records of article text (well-formed, or written raw so the line is invalid JSON), blank lines, lines of
        // Unicode white space; the same bytes behind a byte-order mark take the decoding path. No raw NUL: the decoder
        // warns of one with its byte offset, which the mark moves.
        var lines = (records ?? []).Take(12).Select((picks, i) => (i % 5) switch
        {
            3 => "",
            4 => i % 2 == 0 ? "\u00A0 \u2003" : "{\"id\": \"r" + i + "\", \"text\": " + Text(picks, i).Replace("\0", "") + "}",
            _ => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = $"r{i}", ["outlet"] = "Ö", ["text"] = Text(picks, i) + " words" }, RelaxedJson),
        });
        // A first record always: an empty file and a lone byte-order mark are reported differently, and rightly so.
        var bytes = Encoding.UTF8.GetBytes(string.Join(crlf ? "\r\n" : "\n", lines.Prepend("{\"id\": \"first\", \"text\": \"Talks in Moscow.\"}")));
        var folder = Directory.CreateTempSubdirectory("newslens-jsonl-");
        try
        {
            var plain = Path.Combine(folder.FullName, "a.jsonl");
            var marked = Path.Combine(folder.FullName, "b", "a.jsonl");
            Directory.CreateDirectory(Path.GetDirectoryName(marked)!);
            File.WriteAllBytes(plain, bytes);
            File.WriteAllBytes(marked, [0xEF, 0xBB, 0xBF, .. bytes]);

            var fromBytes = CorpusReader.Read(plain);
            var decoded = CorpusReader.Read(marked);

            return fromBytes.Skipped.SequenceEqual(decoded.Skipped)
                && fromBytes.Warnings.SequenceEqual(decoded.Warnings)
                && fromBytes.Articles.Select(Shown).SequenceEqual(decoded.Articles.Select(Shown))
                && fromBytes.Articles.Select(a => a.SourceMap).SequenceEqual(decoded.Articles.Select(a => a.SourceMap));
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        static string Shown(Article a) => $"{a.Id}|{a.Source}|{a.RawText}|{a.Text}|{string.Join(",", a.Variables)}";
    }

    private static readonly System.Text.Json.JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
