using System.Text.RegularExpressions;
using FsCheck.Xunit;
using NewsLens.Corpora;
using NewsLens.Tests.Corpora.Legacy;

namespace NewsLens.Tests.Corpora;

/// <summary>
/// The cleaner's prefilters (a regex runs only on text that can match it) against the cleaner without them
/// (<see cref="LegacyCleaner"/>, which runs every pattern on every line and sentence): for boilerplate in any case,
/// near misses, look-alike letters, digits of other scripts, long lines and code-like lines, the same text, audit and map.
/// </summary>
public sealed partial class CleanerPrefilterTests
{
    private static readonly string[] Fragments =
    [
        "Talks were held in Moscow", "The ministers met", "Çavuşoğlu met Mekdad", "Kılıçdaroğlu said", "İbrahim Kalın",
        "Leave a Reply", "LEAVE A COMMENT", "leave a reply", "Leave a  Reply", "Your email address will not be published",
        "EMAIL ADDRESS WILL NOT BE PUBLISHED", "Required fields are marked *", "Required fields are mar\u212Aed *", "Comment *", "Name",
        "Email *", "Website", "Post Comment", "Save my name, email, and website", "One reply on", "No comments to", "12 thoughts on",
        "\u0663 responses to", "\u0968 comments on", "%d bloggers like this:", "%d bloggers li\u212Ae this", "Like this:", "Li\u212Ae this",
        "Like Loading", "LIKE LOADING...", "Share this:", "Share this article", "ſhare this:", "Share on Facebook", "Share on X",
        "Click to share on Twitter", "Clic\u212A to share on Telegram", "Tweet", "TWEET", "Email", "Print", "WhatsApp", "Telegram",
        "Facebook", "Faceboo\u212A", "Twitter", "Twıtter", "LinkedIn", "Lin\u212AedIn", "Subscribe to our newsletter",
        "Subscribe for updates", "Sign up for our daily newsletter", "Sign up for the newsletter", "Follow us on Telegram", "Related",
        "Related Articles", "Related News:", "Read more", "Read also:", "READ MORE:", "Reading", "Relate", "Oneness", "Notes",
        "Translated and edited by The Syrian Observer", "This article was translated from Arabic", "translation from the Agency staff",
        "The Syrian Observer has not verified the content of this story", "We could not independently verify the report",
        "Responsibility for the information and views set out lies with the author",
        "The views expressed in this article are those of the author", "Reuters contributed to this report",
        "AP and AFP contributed to this story", "This article was originally published in Al Watan", "This story first appeared on SANA",
        "This article first published by Enab Baladi", "By John Smith", "BY JOHN SMITH", "By Ümit Özdağ and Ali Bey", "Daily Sabah",
        "<script>var x = 1;</script>", "<div class=\"x\">", "</div>", "<p>", "<img src=x onerror=alert(1)>",
        "(function(d, s, id){ var js, fjs = d.getElementsByTagName(s)[0];", "js = d.createElement(s); js.id = id;",
        "js.src = \"https://connect.facebook.net/en_US/sdk.js\";", "fjs.parentNode.insertBefore(js, fjs);",
        "}(document, 'script', 'facebook-jssdk'));", "window.fbAsyncInit = function() {", "document.write(x)", "}", "{", "})", "} (",
        "var a, b;", "let total = 3", "const y = 2", "if (x) return", "if (a) {", "x.src = y", "el.async = true", "a.id", "node.parentNode",
        "a = b(c)", "call(x);", "fjs.ready", "js.ready", "window.x", "document.y", "let x", "if(", "a.b = c.d(", "function (a)", "functional", "variable", "lettuce", "constant", "iffy", "Window.",
        "1,200", "3.5", "U.S.", "Dec. 28", "Türkiye’s", "“", "”", "—", "😀", "\u212A", "\u0130", "\u0131", "\u017F", "e\u0301",
    ];

    private static readonly string[] Separators = [" ", "\n", ". ", "! ", "? ", "?! ", "...", "\n\n", " \n", "\t\n", "\r\n", ": ", "  ", "\t", ""];

    /// <summary>Prose long enough that a line holding it is a long line (sentences removed one by one).</summary>
    private const string LongProse =
        "The ministers said the talks would continue next week, after the summit in Ankara, and that a road map was agreed " +
        "between the two delegations, which met for six hours in the capital while the press waited outside the building for " +
        "any word of the outcome, and the officials later said that a second round would follow in the spring if the first " +
        "steps were carried out on both sides as the leaders had promised in their joint statement on Wednesday evening. ";

    private static string Text(int[] picks, int[] separators, bool longLines)
    {
        var parts = new List<string>();
        var count = Math.Min((picks ?? []).Length, 60);
        for (var i = 0; i < count; i++)
        {
            var pick = (uint)picks![i];
            if (longLines && pick % 9 == 0)
            {
                parts.Add(LongProse);
            }

            parts.Add(Fragments[(int)(pick % (uint)Fragments.Length)]);
            var separator = separators is { Length: > 0 } ? (uint)separators[i % separators.Length] : pick / 7;
            parts.Add(Separators[(int)(separator % (uint)Separators.Length)]);
        }

        return string.Concat(parts);
    }

    private static bool SameAsUnfiltered(string raw, string? outlet)
    {
        var map = SourceMap.Identity(raw.Length);
        var (text, audit, cleanedMap) = Cleaner.Clean(raw, outlet, map);
        var (legacyText, legacyAudit, legacyMap) = LegacyCleaner.Clean(raw, outlet, map);
        return text == legacyText && audit.Removals.SequenceEqual(legacyAudit.Removals) && cleanedMap.Equals(legacyMap);
    }

    [Property(MaxTest = 1000)]
    public bool Given_boilerplate_near_misses_and_look_alike_letters_When_cleaned_Then_text_audit_and_map_equal_the_unfiltered_cleaner(
        int[] picks, int[] separators, bool longLines, bool withOutlet) =>
        SameAsUnfiltered(Text(picks, separators, longLines), withOutlet ? "Daily Sabah" : null);

    public static TheoryData<string> EveryRule() => [.. Fragments.Where(f => f.Length > 1)];

    [Theory]
    [MemberData(nameof(EveryRule))]
    public void Given_a_fragment_as_its_own_line_after_prose_When_cleaned_Then_the_result_equals_the_unfiltered_cleaner(string fragment)
    {
        foreach (var raw in new[]
        {
            $"The ministers met.\n{fragment}\n",
            $"The ministers met.\n  {fragment}  \n\nShare this:\nTweet\n",
            $"{fragment}\nThe ministers met.",
            $"{LongProse}{fragment}. {LongProse}",
            $"{LongProse}{fragment}",
        })
        {
            Assert.True(SameAsUnfiltered(raw, "Daily Sabah"), raw);
        }
    }

    [Theory]
    [InlineData("Li\u212Ae this", "blog widget")]
    [InlineData("%d bloggers li\u212Ae this", "blog widget")]
    [InlineData("Lin\u212AedIn", "share buttons")]
    [InlineData("Faceboo\u212A", "share buttons")]
    [InlineData("Clic\u212A to share on Telegram", "share buttons")]
    [InlineData("Required fields are mar\u212Aed *", "comment form")]
    [InlineData("\u0663 responses to", "comment form")]
    [InlineData("READ MORE:", "related links")]
    public void Given_a_tail_marker_spelt_with_a_letter_the_regex_equates_When_cleaned_Then_it_is_still_removed(string marker, string rule)
    {
        var raw = $"The ministers met in Ankara.\n{marker}\n";

        var (_, audit) = Cleaner.Clean(raw);

        Assert.Contains(audit.Removals, r => r.Rule == rule && r.RemovedText.StartsWith(marker, StringComparison.Ordinal));
        Assert.True(SameAsUnfiltered(raw, null));
    }

    [Theory]
    [InlineData("x.src = y")]
    [InlineData("el.async = true")]
    [InlineData("a = b(c)")]
    [InlineData("} (")]
    [InlineData("{")]
    [InlineData("const y = 2")]
    [InlineData("js.id")]
    [InlineData("fjs.ready")]
    [InlineData("js.ready")]
    [InlineData("window.x")]
    public void Given_a_code_line_of_each_form_When_cleaned_Then_it_is_removed_as_code(string line)
    {
        var raw = $"The ministers met in Ankara.\n{line}\nThey agreed.";

        var (text, audit) = Cleaner.Clean(raw);

        Assert.Contains(audit.Removals, r => r.Kind == BoilerplateKind.Code);
        Assert.DoesNotContain(line, text, StringComparison.Ordinal);
        Assert.True(SameAsUnfiltered(raw, null));
    }

    [Fact]
    public void Given_trailing_spaces_and_tabs_before_line_breaks_When_cleaned_Then_they_are_dropped_as_without_prefilters()
    {
        var raw = "Talks were held. \nThey agreed.\t\nBy John Smith\n";

        var (text, _) = Cleaner.Clean(raw);

        Assert.Equal("Talks were held.\nThey agreed.", text);
        Assert.True(SameAsUnfiltered(raw, null));
    }

    [Fact]
    public void Given_any_character_When_a_generated_case_insensitive_regex_compares_it_with_ASCII_letters_Then_only_the_Kelvin_sign_is_equated()
    {
        // The prefilters compare with OrdinalIgnoreCase (ASCII letter pairs); they rely on a generated IgnoreCase regex
        // equating no other character with an ASCII letter except 'k' with U+212A, which their literals avoid.
        var equated = Enumerable.Range(128, 65536 - 128).Select(c => (char)c).Where(c => AsciiLetter().IsMatch(c.ToString())).ToList();

        Assert.Equal(['\u212A'], equated);
    }

    [Property(MaxTest = 500)]
    public bool Given_any_line_When_split_into_sentences_Then_they_are_the_non_empty_matches_of_the_sentence_regex(int[] picks, int[] separators)
    {
        var line = Text(picks, separators, false).Replace("\n", " ", StringComparison.Ordinal);

        var sentences = new List<(int, int)>();
        for (int index = 0, end; index < line.Length; index = end)
        {
            end = Cleaner.SentenceEnd(line, index);
            sentences.Add((index, end - index));
        }

        var expected = SentenceInLine().Matches(line).Where(m => m.Length > 0).Select(m => (m.Index, m.Length));
        return sentences.SequenceEqual(expected);
    }

    [GeneratedRegex("[a-z]", RegexOptions.IgnoreCase)]
    private static partial Regex AsciiLetter();

    [GeneratedRegex(@"[^.!?]*(?:[.!?]+|$)")]
    private static partial Regex SentenceInLine();
}
