using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NewsLens.Text;

namespace NewsLens.Sentiment;

/// <summary>
/// VADER's rule-based sentence scorer (Hutto &amp; Gilbert 2014) reimplemented over NewsLens tokens, following
/// vaderSentiment.py 3.3.2 rule by rule, with an optional News rule set that fixes known failures on news text.
/// Each scored word keeps the list of rules that changed it, so every score can be explained.
/// Thread-safe: one scorer can serve parallel loops (its scratch lists are per thread). A sentence with no word that
/// can score is answered after a filter check per word (and a lookup for the few the filter lets through); only the
/// others build words, items and evidence.
/// </summary>
public sealed partial class SentimentScorer
{
    /// <summary>A negated negative word ("not the worst", "no problem") becomes mildly positive, not strongly so.</summary>
    public const double NegatedNegativeScalar = -0.4;

    private static readonly ImmutableHashSet<string> LikeAsVerbBefore = ImmutableHashSet.Create(StringComparer.Ordinal,
        "i", "we", "you", "they", "he", "she", "would", "wouldn't", "do", "don't", "did", "didn't", "does", "doesn't",
        "really", "not", "never", "to", "might", "may", "will", "also", "who", "that");

    /// <summary>Every word of the multi-word idioms and boosters (see <see cref="MayBeIdiomWord"/>).</summary>
    private static readonly FrozenSet<string> IdiomWords = VaderRules.SpecialCases.Keys.Concat(VaderRules.Boosters.Keys)
        .Where(key => key.Contains(' '))
        .SelectMany(key => key.Split(' '))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// News rules score a sentence longer than this many words in windows of at most this size and average them:
    /// one compound over thousands of words (an unpunctuated page) saturates at ±1 whatever the text says.
    /// </summary>
    public const int WindowWords = 100;

    /// <summary>What a sentence with words but none that can score comes to: all neutral, no evidence.</summary>
    private static readonly SentenceSentiment Neutral = new(0, 0, 0, 1, 0, []);

    private readonly SentimentLexicon _lexicon;

    private readonly SentimentLexicon? _hedges;

    /// <param name="lexicon">Word and phrase valences (default: the VADER lexicon).</param>
    /// <param name="rules">Reference reproduces vaderSentiment.py; News adds the fixes for news text.</param>
    /// <param name="hedges">Optional hedging cues (valence = cue weight); matched words score as hedging, never as polarity.</param>
    public SentimentScorer(SentimentLexicon? lexicon = null, SentimentRules rules = SentimentRules.News, SentimentLexicon? hedges = null)
    {
        _lexicon = lexicon ?? SentimentLexicon.Vader;
        Rules = rules;
        _hedges = hedges;
    }

    public SentimentRules Rules { get; }

    public SentimentLexicon Lexicon => _lexicon;

    /// <summary>Scores a string as one sentence (what vaderSentiment's polarity_scores does).</summary>
    public SentenceSentiment ScoreSentence(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return Score(text, tokens.AsSpan(), 0);
    }

    /// <summary>
    /// Scores a text of any length: split into sentences, each scored alone, the text's scores the means. One
    /// compound over a whole article saturates near ±1; the mean of sentence compounds does not.
    /// </summary>
    public TextSentiment ScoreText(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var scored = ImmutableArray.CreateBuilder<SentenceSentiment>(sentences.Length);
        foreach (var sentence in sentences)
        {
            var span = tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);
            if (HasWord(span))
            {
                scored.Add(Score(text, span, sentence.FirstToken));
            }
        }

        return TextSentiment.From(scored.ToImmutable());
    }

    /// <summary>
    /// Scores a free-standing text (a tweet, a review snippet, a rated sentence) as one unit, as vaderSentiment does.
    /// Averaging a short text's sentences dilutes it ("So lucky." after a long sentence halves its weight), so only a
    /// text longer than <see cref="WindowWords"/> words is cut, into windows that are averaged (News rules).
    /// </summary>
    public SentenceSentiment ScoreDocument(string text) => ScoreSentence(text);

    /// <summary>Scores one sentence of a tokenized article (token indexes in the evidence are the article's).</summary>
    /// <param name="article">The tokenized article.</param>
    /// <param name="sentence">One of its sentences.</param>
    /// <param name="mask">Tokens whose words carry no valence (names, past-event clauses); the evidence names each masked word and why.</param>
    public SentenceSentiment Score(TokenizedArticle article, Sentence sentence, TokenMask? mask = null)
    {
        var folded = FoldedTokens.Of(article);
        var text = article.Text;
        var tokens = article.Tokens.AsSpan();
        if (!AnyScoringWord(folded, tokens, sentence, out var hasWord))
        {
            return hasWord ? Neutral : SentenceSentiment.Empty; // what Score(words, ..., mayScore: false) would say, unbuilt
        }

        var words = Scratch.Current.Words(sentence.TokenCount);
        int exclamations = 0, questions = 0;
        var clauseBreak = false;
        var mayScore = false;
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
        {
            var token = tokens[t];
            CountEmphasis(token.Slice(text), ref exclamations, ref questions);
            if (token.IsWordLike)
            {
                words.Add(Word(text, token, folded[t], t, clauseBreak, ref mayScore, mask is not null && mask.Contains(t) ? mask : null, HasEntry(folded, t)));
                clauseBreak = false;
            }
            else
            {
                clauseBreak |= IsClauseBreak(token.Slice(article.Text));
            }
        }

        return Score(words, exclamations, questions, mayScore);
    }

    private SentenceSentiment Score(string text, ReadOnlySpan<Token> tokens, int firstTokenIndex)
    {
        var words = Scratch.Current.Words(tokens.Length);
        int exclamations = 0, questions = 0;
        var clauseBreak = false;
        var mayScore = false;
        for (var k = 0; k < tokens.Length; k++)
        {
            var slice = tokens[k].Slice(text);
            CountEmphasis(slice, ref exclamations, ref questions);
            if (tokens[k].IsWordLike)
            {
                words.Add(Word(text, tokens[k], TextFolding.Fold(slice), firstTokenIndex + k, clauseBreak, ref mayScore));
                clauseBreak = false;
            }
            else
            {
                clauseBreak |= IsClauseBreak(slice);
            }
        }

        return Score(words, exclamations, questions, mayScore);
    }

    private static bool IsClauseBreak(ReadOnlySpan<char> token) => ClauseScope.IsClauseBreak(token);

    private static bool HasWord(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.IsWordLike)
            {
                return true;
            }
        }

        return false;
    }

    private static void CountEmphasis(ReadOnlySpan<char> token, ref int exclamations, ref int questions)
    {
        foreach (var c in token)
        {
            if (c is '!' or '！')
            {
                exclamations++;
            }
            else if (c is '?' or '？')
            {
                questions++;
            }
        }
    }

    /// <summary>
    /// Scores the words of one sentence. <paramref name="mayScore"/> is false when no word has a lexicon or hedge entry:
    /// then every valence is zero and the sentence is <see cref="Neutral"/> whatever the rules, emphasis and capitals,
    /// so nothing more is built.
    /// </summary>
    private SentenceSentiment Score(List<ScoringWord> words, int exclamations, int questions, bool mayScore)
    {
        if (words.Count == 0)
        {
            return SentenceSentiment.Empty;
        }

        if (!mayScore)
        {
            return Neutral;
        }

        if (Rules == SentimentRules.News && words.Count > WindowWords)
        {
            return ScoreInWindows(words, exclamations, questions);
        }

        return ScoreWords(words, exclamations, questions);
    }

    /// <summary>
    /// Splits the words into the fewest equal windows of at most <see cref="WindowWords"/>, scores each as a sentence
    /// (the sentence's ! and ? emphasis applies to each) and averages the four scores, as <see cref="ScoreText"/>
    /// averages sentences. Sum and evidence are those of all windows together.
    /// </summary>
    private SentenceSentiment ScoreInWindows(List<ScoringWord> words, int exclamations, int questions)
    {
        var windows = (words.Count + WindowWords - 1) / WindowWords;
        var size = (words.Count + windows - 1) / windows;
        var scored = new List<SentenceSentiment>(windows);
        for (var start = 0; start < words.Count; start += size)
        {
            scored.Add(ScoreWords(words.GetRange(start, Math.Min(size, words.Count - start)), exclamations, questions));
        }

        return new SentenceSentiment(
            scored.Average(s => s.Compound),
            scored.Average(s => s.Positive),
            scored.Average(s => s.Negative),
            scored.Average(s => s.Neutral),
            scored.Sum(s => s.Sum),
            [.. scored.SelectMany(s => s.Words)]);
    }

    private SentenceSentiment ScoreWords(List<ScoringWord> words, int exclamations, int questions)
    {
        var caps = new CapEmphasis(words);
        var items = MergePhrases(words);
        var n = items.Count;
        var sentiments = new double[n];
        var evidence = new ItemEvidence?[n];
        var itemSpan = CollectionsMarshal.AsSpan(items);
        for (var i = 0; i < n; i++)
        {
            ref readonly var item = ref itemSpan[i];
            if (item.MaskedBecause is not null)
            {
                if (item.MaskedValence != 0)
                {
                    evidence[i] = new ItemEvidence(item.MaskedValence, [$"masked: {item.MaskedBecause}"], item.MaskedBecause);
                }

                continue;
            }

            if (item.HedgeWeight > 0)
            {
                if (item.PhraseValence is { } stated and not 0)
                {
                    // A phrase that is both a hedge and a polarity entry ("remains uncertain") hedges and states a stance.
                    sentiments[i] = stated;
                    evidence[i] = new ItemEvidence(stated, ["hedging cue that also states a stance"]);
                    continue;
                }

                evidence[i] = new ItemEvidence(0, ["hedging cue: scored as hedging, not polarity"]);
                continue;
            }

            if (!InLexicon(item))
            {
                continue; // none of the cases below scores or explains a word outside the lexicon (booster, "kind of", "like")
            }

            if (VaderRules.Boosters.ContainsKey(item.Folded))
            {
                continue;
            }

            if (i < n - 1 && item.Folded == "kind" && itemSpan[i + 1].Folded == "of")
            {
                continue;
            }

            if (Rules == SentimentRules.News && item.Folded == "like" && !(i > 0 && LikeAsVerbBefore.Contains(itemSpan[i - 1].Folded)))
            {
                evidence[i] = new ItemEvidence(LexiconValence(item), ["'like' as a preposition carries no sentiment (news rule)"]);
                continue;
            }

            var rules = new List<string>();
            sentiments[i] = Valence(items, i, ref caps, rules);
            evidence[i] = new ItemEvidence(LexiconValence(item), rules);
        }

        ButCheck(items, sentiments, evidence);
        if (Rules == SentimentRules.News)
        {
            ConcessionCheck(items, sentiments, evidence);
        }

        return Summarise(items, sentiments, evidence, exclamations, questions);
    }
}
