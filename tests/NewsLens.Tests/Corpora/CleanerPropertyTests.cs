using FsCheck.Xunit;
using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

/// <summary>Arbitrary mixes of article text and boilerplate: every removal is exactly where the audit says it was.</summary>
public sealed class CleanerPropertyTests
{
    private static readonly string[] Fragments =
    [
        "Talks were held in Moscow.", "Çavuşoğlu met Mekdad.", "By John Smith", "By John Smith\n", "Daily Sabah", "\n", "\n\n",
        "<script>window.fbAsyncInit = function() {};</script>", "(function(d, s, id){ var js; }(document, 'script', 'facebook-jssdk'));",
        "<div class=\"x\">", "</div>", "<p>", "Leave a Reply", "Your email address will not be published.", "%d bloggers like this:",
        "Share this:", "Subscribe to our newsletter", "Related", "Translated and edited by The Syrian Observer",
        "Reuters contributed to this report.", "The Syrian Observer has not verified the content of this story.", " ", "“", "”", "—",
        "\u0645\u0648\u0633\u0643\u0648", "😀", "e\u0301",
    ];

    private static string Text(int[] picks) =>
        string.Concat((picks ?? []).Take(60).Select(p => Fragments[(int)((uint)p % (uint)Fragments.Length)]));

    [Property(MaxTest = 300)]
    public bool Given_any_text_When_cleaned_Then_each_removal_slices_its_text_out_of_the_raw_text_and_nothing_grows(int[] picks, bool withOutlet)
    {
        var raw = Text(picks);

        var (text, audit) = Cleaner.Clean(raw, withOutlet ? "Daily Sabah" : null);

        var located = audit.Removals.All(r => r.Start >= 0 && r.Length > 0 && r.End <= raw.Length && raw.Substring(r.Start, r.Length) == r.RemovedText);
        var ordered = audit.Removals.Zip(audit.Removals.Skip(1)).All(pair => pair.First.End <= pair.Second.Start);
        return located && ordered && text.Length <= raw.Length;
    }
}
