using FsCheck.Xunit;
using NewsLens.Sentiment;
using NewsLens.Text;

namespace NewsLens.Tests.Sentiment;

/// <summary>A word's entry (one filtered lookup) agrees with the lexicon's words and phrases, for every word.</summary>
public sealed class SentimentLexiconTests
{
    private static readonly string[] Probes =
    [
        "", "a", "good", "great", "bad", "the", "of", "can't", "can", "fed", "up", "screwed", "positive", "step", "may",
        "not", "yet", "normalisation*", "normalisation", "de-escalation", "(", "'}{'", "çok", "i̇yi", "😀", "no", "kind",
    ];

    [Fact]
    public void Given_the_bundled_lexicons_When_every_entry_is_looked_up_Then_each_word_and_phrase_start_is_found()
    {
        var stance = StanceLexicon.Default;
        var vaderKeys = File.ReadLines(Path.Combine(TestCorpora.Seeds, "resources", "vader_lexicon.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t')[0])
            .ToList();
        var lexicons = new (SentimentLexicon Lexicon, List<string> Keys)[]
        {
            (SentimentLexicon.Vader, vaderKeys),
            (SentimentLexicon.Vader.With(stance.Polarity, "stance"), [.. vaderKeys, .. stance.Polarity.Select(p => p.Key)]),
            (SentimentLexicon.FromEntries(stance.Hedges), [.. stance.Hedges.Select(h => h.Key)]),
        };

        foreach (var (lexicon, keys) in lexicons)
        {
            var checkedWords = 0;
            var phraseStarts = PhraseStarts(keys);
            foreach (var word in keys.Select(FirstWord).Concat(Probes))
            {
                Assert.True(Agrees(lexicon, phraseStarts, word), word);
                checkedWords++;
            }

            Assert.True(checkedWords > 30);
        }
    }

    [Property(MaxTest = 300)]
    public bool Given_any_entries_and_words_When_looked_up_Then_the_entry_agrees_with_the_words_and_phrases(string[]? keys, string[]? probes)
    {
        var entries = (keys ?? []).Where(k => k is not null).ToList();
        var lexicon = SentimentLexicon.FromEntries(entries.Select((k, i) => KeyValuePair.Create(k, (double)(i % 9) - 4)));

        var phraseStarts = PhraseStarts(entries);
        return entries.Select(FirstWord).Concat((probes ?? []).Where(p => p is not null)).Concat(Probes)
            .All(word => Agrees(lexicon, phraseStarts, word));
    }

    private static string FirstWord(string key) => SentimentLexicon.SplitPhrase(TextFolding.Fold(key.Trim())).FirstOrDefault() ?? "";

    private static HashSet<string> PhraseStarts(IEnumerable<string> keys) =>
        [.. keys.Select(k => SentimentLexicon.SplitPhrase(TextFolding.Fold(k.Trim()))).Where(parts => parts.Length > 1).Select(parts => parts[0])];

    private static bool Agrees(SentimentLexicon lexicon, HashSet<string> phraseStarts, string word)
    {
        var found = lexicon.TryGetEntry(word, out var entry);
        var isWord = lexicon.TryGetValence(word, out var valence);
        var startsPhrase = phraseStarts.Contains(word);
        return found == (isWord || startsPhrase)
            && lexicon.HasEntry(word) == found
            && entry.IsWord == isWord
            && entry.Valence.Equals(isWord ? valence : 0)
            && entry.StartsPhrase == startsPhrase;
    }
}
