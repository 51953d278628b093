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
public sealed class SentimentScorer
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
        var folded = article.Folded();
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
                words.Add(Word(text, token, folded[t], t, clauseBreak, ref mayScore, mask?.ReasonFor(t)));
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

    /// <summary>
    /// A word with its lexicon and hedge entries (one lookup each); <paramref name="mayScore"/> turns true when it has
    /// either, that is when it is a lexicon or hedge word or starts a phrase of one.
    /// </summary>
    private ScoringWord Word(string text, Token token, string folded, int tokenIndex, bool afterClauseBreak, ref bool mayScore, string? maskedBecause = null)
    {
        var hedgeEntry = default(WordEntry);
        mayScore |= _lexicon.TryGetEntry(folded, out var entry) | (_hedges is not null && _hedges.TryGetEntry(folded, out hedgeEntry));
        if (maskedBecause is not null)
        {
            // A masked word scores nothing and starts no phrase; its lexicon valence is kept only to show in the evidence.
            var maskedValence = entry.IsWord ? entry.Valence : 0;
            return new ScoringWord(text, token.Start, token.Length, folded, tokenIndex, afterClauseBreak, default, default, maskedBecause, maskedValence);
        }

        return new ScoringWord(text, token.Start, token.Length, folded, tokenIndex, afterClauseBreak, entry, hedgeEntry);
    }

    /// <summary>True when some word of the sentence has a lexicon or hedge entry (then it may score).</summary>
    private bool AnyScoringWord(ImmutableArray<string> folded, ReadOnlySpan<Token> tokens, Sentence sentence, out bool hasWord)
    {
        hasWord = false;
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
        {
            if (tokens[t].IsWordLike)
            {
                hasWord = true;
                if (_lexicon.HasEntry(folded[t]) || (_hedges is not null && _hedges.HasEntry(folded[t])))
                {
                    return true;
                }
            }
        }

        return false;
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

    private double Valence(List<Item> items, int i, ref CapEmphasis caps, List<string> rules)
    {
        var item = items[i];
        var lexiconValence = LexiconValence(item);
        var valence = lexiconValence;
        var n = items.Count;

        // "no" before another lexicon word negates it instead of counting itself
        if (item.Folded == "no" && i != n - 1 && InLexicon(items[i + 1]))
        {
            valence = 0.0;
            rules.Add("'no' before a lexicon word negates it instead");
        }

        if ((i > 0 && items[i - 1].Folded == "no")
            || (i > 1 && items[i - 2].Folded == "no")
            || (i > 2 && items[i - 3].Folded == "no" && items[i - 1].Folded is "or" or "nor"))
        {
            valence = Negate(lexiconValence, "no", rules);
        }

        if (IsUpper(item.TextSpan) && caps.IsDifferential)
        {
            valence += valence > 0 ? VaderRules.CapsIncrement : -VaderRules.CapsIncrement;
            rules.Add($"ALL CAPS {(valence > 0 ? "+" : "-")}{VaderRules.CapsIncrement.ToString(CultureInfo.InvariantCulture)}");
        }

        for (var startI = 0; startI < 3; startI++)
        {
            if (i <= startI || InLexicon(items[i - (startI + 1)]))
            {
                continue;
            }

            var modifier = items[i - (startI + 1)];
            var scalar = BoosterScalar(modifier, valence, ref caps);
            if (scalar != 0)
            {
                scalar *= startI switch { 1 => 0.95, 2 => 0.9, _ => 1.0 };
                valence += scalar;
                rules.Add($"{(VaderRules.Boosters[modifier.Folded] > 0 ? "booster" : "dampener")} '{modifier.Text}' {scalar.ToString("+0.###;-0.###", CultureInfo.InvariantCulture)}");
            }

            valence = NegationCheck(valence, items, startI, i, rules);
            if (startI == 2)
            {
                valence = SpecialIdiomsCheck(valence, items, i, rules);
            }
        }

        return LeastCheck(valence, items, i, rules);
    }

    private double NegationCheck(double valence, List<Item> items, int startI, int i, List<string> rules)
    {
        string W(int k) => items[k].Folded;
        switch (startI)
        {
            case 0:
                if (IsNegation(items, i - 1))
                {
                    valence = Negate(valence, items[i - 1].Text, rules);
                }

                break;
            case 1:
                if (W(i - 2) == "never" && W(i - 1) is "so" or "this")
                {
                    valence *= 1.25;
                    rules.Add($"'never {items[i - 1].Text}' ×1.25");
                }
                else if (W(i - 2) == "without" && W(i - 1) == "doubt")
                {
                    // "without doubt" is emphasis, not negation
                }
                else if (IsNegation(items, i - 2))
                {
                    valence = Negate(valence, items[i - 2].Text, rules);
                }

                break;
            case 2:
                // Operator precedence as in the reference: (never and so/this two back) or (so/this just before)
                if ((W(i - 3) == "never" && W(i - 2) is "so" or "this") || W(i - 1) is "so" or "this")
                {
                    valence *= 1.25;
                    rules.Add("'never so/this' ×1.25");
                }
                else if (W(i - 3) == "without" && (W(i - 2) == "doubt" || W(i - 1) == "doubt"))
                {
                    // "without a doubt" is emphasis, not negation
                }
                else if (IsNegation(items, i - 3))
                {
                    valence = Negate(valence, items[i - 3].Text, rules);
                }

                break;
        }

        return valence;
    }

    private double SpecialIdiomsCheck(double valence, List<Item> items, int i, List<string> rules)
    {
        // Each n-gram below is built (as the reference does) only when every word of it is a word of some multi-word
        // idiom or booster: no other n-gram can equal one of those keys, and most sentiment words have no idiom near.
        string W(int k) => items[k].Folded;
        bool C(int k) => MayBeIdiomWord(items[k].Folded);
        bool c3 = C(i - 3), c2 = C(i - 2), c1 = C(i - 1), c0 = C(i);
        ReadOnlySpan<string?> sequences =
        [
            c1 && c0 ? $"{W(i - 1)} {W(i)}" : null, c2 && c1 && c0 ? $"{W(i - 2)} {W(i - 1)} {W(i)}" : null, c2 && c1 ? $"{W(i - 2)} {W(i - 1)}" : null,
            c3 && c2 && c1 ? $"{W(i - 3)} {W(i - 2)} {W(i - 1)}" : null, c3 && c2 ? $"{W(i - 3)} {W(i - 2)}" : null,
        ];
        foreach (var sequence in sequences)
        {
            if (sequence is not null && VaderRules.SpecialCases.TryGetValue(sequence, out var idiom))
            {
                valence = idiom;
                rules.Add($"idiom '{sequence}' = {idiom.ToString(CultureInfo.InvariantCulture)}");
                break;
            }
        }

        if (items.Count - 1 > i && c0 && C(i + 1) && VaderRules.SpecialCases.TryGetValue($"{W(i)} {W(i + 1)}", out var after))
        {
            valence = after;
            rules.Add($"idiom '{W(i)} {W(i + 1)}' = {after.ToString(CultureInfo.InvariantCulture)}");
        }

        if (items.Count - 1 > i + 1 && c0 && C(i + 1) && C(i + 2) && VaderRules.SpecialCases.TryGetValue($"{W(i)} {W(i + 1)} {W(i + 2)}", out var after2))
        {
            valence = after2;
            rules.Add($"idiom '{W(i)} {W(i + 1)} {W(i + 2)}' = {after2.ToString(CultureInfo.InvariantCulture)}");
        }

        ReadOnlySpan<string?> ngrams = [c3 && c2 && c1 ? $"{W(i - 3)} {W(i - 2)} {W(i - 1)}" : null, c3 && c2 ? $"{W(i - 3)} {W(i - 2)}" : null, c2 && c1 ? $"{W(i - 2)} {W(i - 1)}" : null];
        foreach (var ngram in ngrams)
        {
            if (ngram is not null && VaderRules.Boosters.TryGetValue(ngram, out var booster))
            {
                valence += booster;
                rules.Add($"dampener '{ngram}' {booster.ToString("+0.###;-0.###", CultureInfo.InvariantCulture)}");
            }
        }

        return valence;
    }

    /// <summary>
    /// False only for a word that cannot be part of any multi-word idiom or booster key: a non-empty folded word
    /// without a space that is no word of those keys. (Items of a merged phrase hold spaces, so they always may.)
    /// </summary>
    private static bool MayBeIdiomWord(string folded) => folded.Length == 0 || folded.Contains(' ') || IdiomWords.Contains(folded);

    private double LeastCheck(double valence, List<Item> items, int i, List<string> rules)
    {
        if (i > 0 && items[i - 1].Folded == "least" && !InLexicon(items[i - 1]))
        {
            if (i == 1 || (items[i - 2].Folded != "at" && items[i - 2].Folded != "very"))
            {
                valence *= VaderRules.NegationScalar;
                rules.Add("'least' ×-0.74");
            }
        }

        return valence;
    }

    private static int IndexOf(List<Item> items, string folded)
    {
        var span = CollectionsMarshal.AsSpan(items);
        for (var k = 0; k < span.Length; k++)
        {
            if (span[k].Folded == folded)
            {
                return k;
            }
        }

        return -1;
    }

    private static bool AnyConcessionCue(List<Item> items)
    {
        foreach (ref readonly var item in CollectionsMarshal.AsSpan(items))
        {
            if (IsConcessionCue(item.Folded))
            {
                return true;
            }
        }

        return false;
    }

    private static void ButCheck(List<Item> items, double[] sentiments, ItemEvidence?[] evidence)
    {
        var butIndex = IndexOf(items, "but");
        if (butIndex < 0)
        {
            return;
        }

        for (var k = 0; k < sentiments.Length; k++)
        {
            if (k == butIndex || sentiments[k] == 0)
            {
                continue;
            }

            var factor = k < butIndex ? 0.5 : 1.5;
            sentiments[k] *= factor;
            evidence[k]?.Rules.Add(k < butIndex ? "before 'but' ×0.5" : "after 'but' ×1.5");
        }
    }

    /// <summary>
    /// News rule: what follows "despite" / "although" / "though" / "notwithstanding" up to the next clause break is
    /// conceded and weighs ×0.5, and the rest of the sentence (the main clause) ×1.5, as VADER weighs the clauses before
    /// and after "but" ("Despite progress, the talks stalled" reads like "The talks made progress, but they stalled").
    /// When the sentence also has "but", the but-rule has already weighted the main clause, so only the halving applies.
    /// </summary>
    private static void ConcessionCheck(List<Item> items, double[] sentiments, ItemEvidence?[] evidence)
    {
        if (!AnyConcessionCue(items))
        {
            return; // nothing conceded: the rule changes nothing
        }

        var cues = new bool[items.Count];
        var conceded = new bool[items.Count];
        for (var k = 0; k < items.Count; k++)
        {
            if (!IsConcessionCue(items[k].Folded))
            {
                continue;
            }

            cues[k] = true;
            for (var j = k + 1; j < items.Count && !items[j].AfterClauseBreak; j++)
            {
                if (!conceded[j] && sentiments[j] != 0)
                {
                    sentiments[j] *= 0.5;
                    evidence[j]?.Rules.Add($"conceded after '{items[k].Text}' ×0.5 (news rule)");
                }

                conceded[j] = true;
            }
        }

        if (!conceded.Contains(true) || IndexOf(items, "but") >= 0)
        {
            return;
        }

        for (var k = 0; k < items.Count; k++)
        {
            if (!cues[k] && !conceded[k] && sentiments[k] != 0)
            {
                sentiments[k] *= 1.5;
                evidence[k]?.Rules.Add("main clause of a concession ×1.5 (news rule)");
            }
        }
    }

    private static bool IsConcessionCue(string folded) => folded is "despite" or "although" or "though" or "notwithstanding";

    private static SentenceSentiment Summarise(List<Item> items, double[] sentiments, ItemEvidence?[] evidence, int exclamations, int questions)
    {
        var sum = sentiments.Sum();
        var amplifier = Math.Min(exclamations, 4) * VaderRules.ExclamationIncrement
            + (questions > 1 ? (questions <= 3 ? questions * VaderRules.QuestionIncrement : VaderRules.QuestionMaximum) : 0);
        if (sum > 0)
        {
            sum += amplifier;
        }
        else if (sum < 0)
        {
            sum -= amplifier;
        }

        var compound = VaderRules.Normalize(sum);
        double positive = 0, negative = 0;
        var neutralCount = 0;
        foreach (var s in sentiments)
        {
            if (s > 0)
            {
                positive += s + 1;
            }
            else if (s < 0)
            {
                negative += s - 1;
            }
            else
            {
                neutralCount++;
            }
        }

        if (positive > Math.Abs(negative))
        {
            positive += amplifier;
        }
        else if (positive < Math.Abs(negative))
        {
            negative -= amplifier;
        }

        var total = positive + Math.Abs(negative) + neutralCount;
        var evidenceCount = 0;
        foreach (var e in evidence)
        {
            evidenceCount += e is null ? 0 : 1;
        }

        var words = ImmutableArray.CreateBuilder<WordEvidence>(evidenceCount);
        var itemSpan = CollectionsMarshal.AsSpan(items);
        for (var k = 0; k < itemSpan.Length; k++)
        {
            if (evidence[k] is { } e)
            {
                ref readonly var item = ref itemSpan[k];
                words.Add(new WordEvidence(item.Text, item.FirstToken, item.TokenCount, e.BaseValence, sentiments[k], [.. e.Rules], item.HedgeWeight, e.MaskedBecause));
            }
        }

        return new SentenceSentiment(
            compound,
            Math.Abs(positive / total),
            Math.Abs(negative / total),
            Math.Abs(neutralCount / total),
            sum,
            words.MoveToImmutable());
    }

    private double Negate(double valence, string negator, List<string> rules)
    {
        if (Rules == SentimentRules.News && valence < 0)
        {
            rules.Add($"negated by '{negator}' ×{NegatedNegativeScalar.ToString(CultureInfo.InvariantCulture)} (negated negative: mildly positive, news rule)");
            return valence * NegatedNegativeScalar;
        }

        rules.Add($"negated by '{negator}' ×{VaderRules.NegationScalar.ToString(CultureInfo.InvariantCulture)}");
        return valence * VaderRules.NegationScalar;
    }

    private bool IsNegation(List<Item> items, int k)
    {
        var word = items[k].Folded;
        var negates = VaderRules.Negations.Contains(word) || word.Contains("n't", StringComparison.Ordinal);
        if (!negates || Rules == SentimentRules.Reference)
        {
            return negates;
        }

        // News rules: "despite" concedes rather than negates; "not only ... (but also)" adds rather than negates
        if (word == "despite")
        {
            return false;
        }

        return !(word == "not" && k + 1 < items.Count && items[k + 1].Folded is "only" or "just");
    }

    private static double BoosterScalar(in Item modifier, double valence, ref CapEmphasis caps)
    {
        if (!VaderRules.Boosters.TryGetValue(modifier.Folded, out var scalar))
        {
            return 0;
        }

        if (valence < 0)
        {
            scalar *= -1;
        }

        if (IsUpper(modifier.TextSpan) && caps.IsDifferential)
        {
            scalar += valence > 0 ? VaderRules.CapsIncrement : -VaderRules.CapsIncrement;
        }

        return scalar;
    }

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
    /// Whether only some words of the sentence are in ALL CAPS (then caps mark emphasis), worked out on first use:
    /// it only matters for a word in capitals, so most sentences never count.
    /// </summary>
    private struct CapEmphasis(List<ScoringWord> words)
    {
        private bool? _isDifferential;

        public bool IsDifferential => _isDifferential ??= CapDifferential(words);
    }

    /// <summary>True when only some words are in ALL CAPS (then caps mark emphasis).</summary>
    private static bool CapDifferential(List<ScoringWord> words)
    {
        var upper = 0;
        foreach (var word in words)
        {
            upper += IsUpper(word.TextSpan) ? 1 : 0;
        }

        var differential = words.Count - upper;
        return differential > 0 && differential < words.Count;
    }

    /// <summary>Python's str.isupper: at least one cased letter and no lower-case one.</summary>
    internal static bool IsUpper(ReadOnlySpan<char> text)
    {
        var cased = false;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            cased |= char.IsUpper(c);
        }

        return cased;
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

    private sealed record ItemEvidence(double BaseValence, List<string> Rules, string? MaskedBecause = null);
}
