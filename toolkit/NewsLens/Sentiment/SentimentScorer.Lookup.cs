using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NewsLens.Text;

namespace NewsLens.Sentiment;

/// <summary>Lexicon look-up: words with their lexicon and hedge entries (or their mask), phrases merged into items, per-thread scratch lists.</summary>
public sealed partial class SentimentScorer
{
    /// <summary>
    /// A word with its lexicon and hedge entries (one lookup each); <paramref name="mayScore"/> turns true when it has
    /// either, that is when it is a lexicon or hedge word or starts a phrase of one. <paramref name="maskedBy"/> is the
    /// mask that holds this token, or null when the token is not masked; <paramref name="mayHaveEntry"/> false (known to
    /// have neither entry) skips the lookups.
    /// </summary>
    private ScoringWord Word(string text, Token token, string folded, int tokenIndex, bool afterClauseBreak, ref bool mayScore, TokenMask? maskedBy = null, bool mayHaveEntry = true)
    {
        var (entry, hedgeEntry) = (default(WordEntry), default(WordEntry));
        if (mayHaveEntry)
        {
            mayScore |= _lexicon.TryGetEntry(folded, out entry) | (_hedges is not null && _hedges.TryGetEntry(folded, out hedgeEntry));
        }

        if (maskedBy is not null)
        {
            // A masked word scores nothing and starts no phrase; its lexicon valence is kept only to show in the evidence,
            // so only a word with one has its reason composed.
            var maskedValence = entry.IsWord ? entry.Valence : 0;
            var reason = maskedValence != 0 ? maskedBy.ReasonFor(tokenIndex)! : MaskedWithoutValence;
            return new ScoringWord(text, token.Start, token.Length, folded, tokenIndex, afterClauseBreak, default, default, reason, maskedValence);
        }

        return new ScoringWord(text, token.Start, token.Length, folded, tokenIndex, afterClauseBreak, entry, hedgeEntry);
    }

    /// <summary>The reason a masked word without valence carries: never shown (evidence lists masked words that have a valence).</summary>
    private const string MaskedWithoutValence = "masked";

    /// <summary>True when some word of the sentence has a lexicon or hedge entry (then it may score).</summary>
    private bool AnyScoringWord(FoldedTokens folded, ReadOnlySpan<Token> tokens, Sentence sentence, out bool hasWord)
    {
        hasWord = false;
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
        {
            if (tokens[t].IsWordLike)
            {
                hasWord = true;
                if (HasEntry(folded, t))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="token"/>'s folded word has a lexicon or hedge entry (or starts one).</summary>
    private bool HasEntry(FoldedTokens folded, int token)
    {
        if (folded.Vocabulary is not { } vocabulary)
        {
            return HasEntry(folded[token]);
        }

        var id = folded.IdAt(token);
        var known = Volatile.Read(ref _entriesById);
        if (known is not null && ReferenceEquals(known.Vocabulary, vocabulary) && id < known.Answers.Length && known.Answers[id] is var answer and not 0)
        {
            return answer == WordHasEntry;
        }

        var has = HasEntry(folded[token]);
        Remember(vocabulary, id, has);
        return has;
    }

    private bool HasEntry(string foldedWord) => _lexicon.HasEntry(foldedWord) || (_hedges is not null && _hedges.HasEntry(foldedWord));

    private const byte WordHasEntry = 2;

    private const byte WordHasNone = 1;

    /// <summary>
    /// Answers of <see cref="HasEntry(FoldedTokens, int)"/> by vocabulary number (0: not asked yet), for the vocabulary
    /// the articles were interned with: a streamed corpus asks about the same few hundred thousand words millions of
    /// times. Threads share it without locks: an answer never changes, so a write lost to a concurrent resize is only
    /// asked again.
    /// </summary>
    private AnswersById? _entriesById;

    private void Remember(Vocabulary vocabulary, int id, bool has)
    {
        var known = Volatile.Read(ref _entriesById);
        var sameVocabulary = known is not null && ReferenceEquals(known.Vocabulary, vocabulary);
        if (!sameVocabulary || id >= known!.Answers.Length)
        {
            // Vocabulary numbers only grow (a vocabulary never forgets a word), so answers are copied as the table doubles.
            var answers = new byte[Math.Max(id + 1, sameVocabulary ? known!.Answers.Length * 2 : 1024)];
            if (sameVocabulary)
            {
                known!.Answers.CopyTo(answers, 0);
            }

            known = new AnswersById(vocabulary, answers);
            Volatile.Write(ref _entriesById, known);
        }

        known.Answers[id] = has ? WordHasEntry : WordHasNone;
    }

    private sealed record AnswersById(Vocabulary Vocabulary, byte[] Answers);

    // A merged phrase's folded text holds a space, and no word entry does: only single words can be word entries.
    private static bool InLexicon(in Item item) => item.PhraseValence.HasValue || (item.HedgeWeight == 0 && item.Entry.IsWord);

    private static double LexiconValence(in Item item) => item.PhraseValence ?? (item.Entry.IsWord ? item.Entry.Valence : 0);

    private List<Item> MergePhrases(List<ScoringWord> words)
    {
        // The folded words as a list, built only for a word that starts some phrase (most sentences have none).
        List<string>? folded = null;
        var items = Scratch.Current.Items(words.Count);
        var wordSpan = CollectionsMarshal.AsSpan(words);
        for (var k = 0; k < wordSpan.Length;)
        {
            ref readonly var word = ref wordSpan[k];
            var (entry, hedgeEntry) = (word.Entry, word.HedgeEntry);
            var hedge = hedgeEntry.StartsPhrase ? _hedges!.LongestPhraseAt(folded ??= FoldedWords(words), k) : null;
            var singleHedge = hedgeEntry.Valence;
            // A capitalised cue inside a sentence is a name, not a hedge ("in May", "Hope Street")
            var isSingleHedge = hedge is null && hedgeEntry.IsWord && !(k > 0 && char.IsUpper(word.Source[word.Start]));
            var phrase = entry.StartsPhrase ? _lexicon.LongestPhraseAt(folded ??= FoldedWords(words), k) : null;
            if (hedge is not null && (phrase is null || hedge.Words.Length >= phrase.Words.Length))
            {
                var stated = phrase is not null && phrase.Words.Length == hedge.Words.Length ? phrase.Valence : (double?)null;
                items.Add(Join(words, k, hedge.Words.Length, stated, hedge.Valence));
                k += hedge.Words.Length;
            }
            else if (phrase is not null)
            {
                items.Add(Join(words, k, phrase.Words.Length, phrase.Valence, 0));
                k += phrase.Words.Length;
            }
            else
            {
                items.Add(new Item(word.Source, word.Start, word.Length, null, word.Folded, entry, word.TokenIndex, 1, null, isSingleHedge ? singleHedge : 0, word.AfterClauseBreak, word.MaskedBecause, word.MaskedValence));
                k++;
            }
        }

        return items;
    }

    private static List<string> FoldedWords(List<ScoringWord> words)
    {
        var folded = new List<string>(words.Count);
        foreach (var word in words)
        {
            folded.Add(word.Folded);
        }

        return folded;
    }

    private static Item Join(List<ScoringWord> words, int start, int count, double? valence, double hedgeWeight)
    {
        var slice = words.GetRange(start, count);
        var lastToken = slice[^1].TokenIndex;
        return new Item(
            slice[0].Source,
            slice[0].Start,
            slice[0].Length,
            string.Join(' ', slice.Select(w => w.Text)),
            string.Join(' ', slice.Select(w => w.Folded)),
            default,
            slice[0].TokenIndex,
            lastToken - slice[0].TokenIndex + 1,
            valence,
            hedgeWeight,
            slice[0].AfterClauseBreak);
    }

    /// <summary>
    /// The word and item lists of the sentence being scored, one pair per thread, reused from sentence to sentence so
    /// that scoring allocates little beyond its result. Per thread, so a scorer shared by parallel loops stays
    /// thread-safe; nothing inside a scoring call starts another one while the lists are in use.
    /// </summary>
    private sealed class Scratch
    {
        /// <summary>Lists that grew past this (a page-long sentence) are dropped rather than kept for the thread's life.</summary>
        private const int KeepCapacity = 4096;

        [ThreadStatic]
        private static Scratch? t_current;

        private List<ScoringWord> _words = [];
        private List<Item> _items = [];

        public static Scratch Current => t_current ??= new Scratch();

        /// <summary>The empty word list, for a sentence of up to <paramref name="capacity"/> words.</summary>
        public List<ScoringWord> Words(int capacity) => Reset(ref _words, capacity);

        /// <summary>The empty item list, for up to <paramref name="capacity"/> items.</summary>
        public List<Item> Items(int capacity) => Reset(ref _items, capacity);

        private static List<T> Reset<T>(ref List<T> list, int capacity)
        {
            if (list.Capacity > KeepCapacity)
            {
                list = [];
            }

            list.Clear();
            list.EnsureCapacity(capacity);
            return list;
        }
    }

    /// <summary>
    /// A word of the sentence: characters [Start, Start + Length) of <see cref="Source"/>, copied out only when evidence
    /// needs them, with its entries in the lexicon and the hedges (default when it has none).
    /// </summary>
    private readonly record struct ScoringWord(string Source, int Start, int Length, string Folded, int TokenIndex, bool AfterClauseBreak, WordEntry Entry, WordEntry HedgeEntry, string? MaskedBecause = null, double MaskedValence = 0)
    {
        public ReadOnlySpan<char> TextSpan => Source.AsSpan(Start, Length);

        public string Text => Source.Substring(Start, Length);
    }

    /// <summary>
    /// A scored unit: one word (its text a range of <see cref="Source"/>, copied out only for evidence) or a lexicon or
    /// hedge phrase (<see cref="Joined"/>: its words joined by single spaces). <see cref="Entry"/> is the lexicon's entry
    /// for a single word (default for a phrase).
    /// </summary>
    private readonly record struct Item(string Source, int Start, int Length, string? Joined, string Folded, WordEntry Entry, int FirstToken, int TokenCount, double? PhraseValence, double HedgeWeight, bool AfterClauseBreak, string? MaskedBecause = null, double MaskedValence = 0)
    {
        public ReadOnlySpan<char> TextSpan => Joined is null ? Source.AsSpan(Start, Length) : Joined.AsSpan();

        public string Text => Joined ?? Source.Substring(Start, Length);
    }
}
