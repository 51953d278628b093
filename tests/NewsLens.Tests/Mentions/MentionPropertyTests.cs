using FsCheck.Xunit;
using NewsLens.Mentions;
using NewsLens.Text;

namespace NewsLens.Tests.Mentions;

public sealed class MentionPropertyTests
{
    // Words that make aliases, parts of aliases, demonyms, metonyms and noise, so random texts hit the hard cases:
    // multi-word and overlapping aliases, hyphenated compounds, possessives, case and diacritics.
    private static readonly string[] Vocabulary =
    [
        "Turkey", "Türkiye", "Turkish", "Syria", "Syrian", "regime", "Assad", "al-Assad", "Bashar", "Al-Miqdad", "Faisal",
        "Mekdad", "Çavuşoğlu", "CAVUSOGLU", "Ankara-Damascus", "Moscow", "Moscow's", "Russia's", "Saudi", "Arabia", "Arab",
        "League", "US", "us", "U.S.", "the", "and", "met", "in", "Hussein", "Amir", "Abdullahian", "Amir-Abdollahian",
        "Syria-Turkey", "pro-Syrian", "-", ",", ".", "\n\n", "3.5", "“", "”",
    ];

    private static string Text(int[] picks) =>
        string.Join(' ', picks.Select(p => Vocabulary[(int)((uint)p % (uint)Vocabulary.Length)]));

    [Property(MaxTest = 300)]
    public bool Given_any_text_When_matched_Then_distinct_matches_never_exceed_words_counting_hyphen_parts(int[] picks)
    {
        var article = MentionTestData.Tokenized(Text(picks));

        var spans = article.FindMentions(MentionTestData.SeedActors).Select(m => (m.Start, m.End)).Distinct().Count();

        // "Ankara-Damascus" is one word token holding two mentions, so the bound counts the parts of hyphenated words.
        var wordParts = article.Tokens.Where(t => t.IsWordLike).Sum(t => t.Parts(article.Text).Length);
        return spans <= wordParts;
    }

    [Property(MaxTest = 300)]
    public bool Given_any_text_When_matched_Then_matches_never_overlap_and_each_actor_is_named_once_per_match(int[] picks)
    {
        var article = MentionTestData.Tokenized(Text(picks));

        var mentions = article.FindMentions(MentionTestData.SeedActors);
        var spans = mentions.Select(m => (m.Start, m.End)).Distinct().OrderBy(s => s.Start).ToList();
        var disjoint = spans.Zip(spans.Skip(1)).All(pair => pair.First.End <= pair.Second.Start);
        var oncePerActor = mentions.GroupBy(m => (m.Start, m.ActorKey)).All(g => g.Count() == 1);
        var located = mentions.All(m => article.Text[m.Start..m.End] == m.MatchedText && m.Start < m.End);
        return disjoint && oncePerActor && located;
    }

    [Property(MaxTest = 200)]
    public bool Given_any_text_When_counted_Then_counted_plus_linked_equals_all_mentions_and_direct_only_keeps_direct(int[] picks)
    {
        var corpus = MentionTestData.Corpus(("p", "Outlet", Text(picks)));

        var result = corpus.CountMentions(MentionTestData.SeedActors);
        var counts = result.By("outlet");
        var direct = result.DirectOnly().By("outlet");

        return counts.Counts.Sum(c => c.Total + c.Linked) == result.Mentions.Length
            && counts.Counts.Sum(c => c.Total) == result.Mentions.Count(m => m.Counted)
            && counts.Counts.Sum(c => c.Direct) == direct.Counts.Sum(c => c.Total)
            && counts.Counts.All(c => c.Documents <= c.GroupDocuments && (c.Total == 0) == (c.Documents == 0));
    }
}
