// The scorer as it was before the allocation-lean rewrite (issue 7), kept verbatim as the oracle the fast
// scorer is compared against: same scores and the same evidence. Test code only.
// A rule that changes on purpose changes here in the same commit (the equivalence tests say where the two differ);
// once the fast scorer has stood for a while, this oracle and its equivalence tests can go.
using System.Collections.Immutable;
using System.Globalization;
using NewsLens.Text;

using NewsLens.Sentiment;

namespace NewsLens.Tests.Sentiment.Legacy;

/// <summary>
/// VADER's rule-based sentence scorer (Hutto &amp; Gilbert 2014) reimplemented over NewsLens tokens, following
/// vaderSentiment.py 3.3.2 rule by rule, with an optional News rule set that fixes known failures on news text.
/// Each scored word keeps the list of rules that changed it, so every score can be explained.
/// </summary>
internal sealed class LegacySentimentScorer
{
    /// <summary>A negated negative word ("not the worst", "no problem") becomes mildly positive, not strongly so.</summary>
    public const double NegatedNegativeScalar = -0.4;

    private static readonly ImmutableHashSet<string> LikeAsVerbBefore = ImmutableHashSet.Create(StringComparer.Ordinal,
        "i", "we", "you", "they", "he", "she", "would", "wouldn't", "do", "don't", "did", "didn't", "does", "doesn't",
        "really", "not", "never", "to", "might", "may", "will", "also", "who", "that");

    /// <summary>
    /// News rules score a sentence longer than this many words in windows of at most this size and average them:
    /// one compound over thousands of words (an unpunctuated page) saturates at ±1 whatever the text says.
    /// </summary>
    public const int WindowWords = 100;

    private readonly SentimentLexicon _lexicon;
    private readonly SentimentLexicon? _hedges;

    /// <param name="lexicon">Word and phrase valences (default: the VADER lexicon).</param>
    /// <param name="rules">Reference reproduces vaderSentiment.py; News adds the fixes for news text.</param>
    /// <param name="hedges">Optional hedging cues (valence = cue weight); matched words score as hedging, never as polarity.</param>
    public LegacySentimentScorer(SentimentLexicon? lexicon = null, SentimentRules rules = SentimentRules.News, SentimentLexicon? hedges = null)
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

    /// <summary>Scores one sentence of a tokenized article (token indexes in the evidence are the article's).</summary>
    public SentenceSentiment Score(TokenizedArticle article, Sentence sentence)
    {
        var folded = article.Folded();
        var words = new List<ScoringWord>(sentence.TokenCount);
        int exclamations = 0, questions = 0;
        var clauseBreak = false;
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
        {
            var token = article.Tokens[t];
            CountEmphasis(token.Slice(article.Text), ref exclamations, ref questions);
            if (token.IsWordLike)
            {
                words.Add(new ScoringWord(article[t], folded[t], t, clauseBreak));
                clauseBreak = false;
            }
            else
            {
                clauseBreak |= IsClauseBreak(token.Slice(article.Text));
            }
        }

        return Score(words, exclamations, questions);
    }

    private SentenceSentiment Score(string text, ReadOnlySpan<Token> tokens, int firstTokenIndex)
    {
        var words = new List<ScoringWord>(tokens.Length);
        int exclamations = 0, questions = 0;
        var clauseBreak = false;
        for (var k = 0; k < tokens.Length; k++)
        {
            var slice = tokens[k].Slice(text);
            CountEmphasis(slice, ref exclamations, ref questions);
            if (tokens[k].IsWordLike)
            {
                words.Add(new ScoringWord(slice.ToString(), TextFolding.Fold(slice), firstTokenIndex + k, clauseBreak));
                clauseBreak = false;
            }
            else
            {
                clauseBreak |= IsClauseBreak(slice);
            }
        }

        return Score(words, exclamations, questions);
    }

    private static bool IsClauseBreak(ReadOnlySpan<char> token) =>
        token is "," or ";" or ":" or "-" or "–" or "—" or "(" or ")";

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

    private SentenceSentiment Score(List<ScoringWord> words, int exclamations, int questions)
    {
        if (words.Count == 0)
        {
            return SentenceSentiment.Empty;
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

        var isCapDifferential = CapDifferential(words);
        var items = MergePhrases(words);
        var n = items.Count;
        var sentiments = new double[n];
        var evidence = new ItemEvidence?[n];
        for (var i = 0; i < n; i++)
        {
            var item = items[i];
            if (item.HedgeWeight > 0)
            {
                if (item.PhraseValence is { } stated and not 0)
                {
                    sentiments[i] = stated;
                    evidence[i] = new ItemEvidence(stated, ["hedging cue that also states a stance"]);
                    continue;
                }

                evidence[i] = new ItemEvidence(0, ["hedging cue: scored as hedging, not polarity"]);
                continue;
            }

            if (VaderRules.Boosters.ContainsKey(item.Folded))
            {
                continue;
            }

            if (i < n - 1 && item.Folded == "kind" && items[i + 1].Folded == "of")
            {
                continue;
            }

            if (Rules == SentimentRules.News && item.Folded == "like" && !(i > 0 && LikeAsVerbBefore.Contains(items[i - 1].Folded)))
            {
                if (InLexicon(item))
                {
                    evidence[i] = new ItemEvidence(LexiconValence(item), ["'like' as a preposition carries no sentiment (news rule)"]);
                }

                continue;
            }

            if (InLexicon(item))
            {
                var rules = new List<string>();
                sentiments[i] = Valence(items, i, isCapDifferential, rules);
                evidence[i] = new ItemEvidence(LexiconValence(item), rules);
            }
        }

        ButCheck(items, sentiments, evidence);
        if (Rules == SentimentRules.News)
        {
            ConcessionCheck(items, sentiments, evidence);
        }

        return Summarise(items, sentiments, evidence, exclamations, questions);
    }

    private double Valence(List<Item> items, int i, bool isCapDifferential, List<string> rules)
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

        if (IsUpper(item.Text) && isCapDifferential)
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
            var scalar = BoosterScalar(modifier, valence, isCapDifferential);
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
        string W(int k) => items[k].Folded;
        string[] sequences =
        [
            $"{W(i - 1)} {W(i)}", $"{W(i - 2)} {W(i - 1)} {W(i)}", $"{W(i - 2)} {W(i - 1)}",
            $"{W(i - 3)} {W(i - 2)} {W(i - 1)}", $"{W(i - 3)} {W(i - 2)}",
        ];
        foreach (var sequence in sequences)
        {
            if (VaderRules.SpecialCases.TryGetValue(sequence, out var idiom))
            {
                valence = idiom;
                rules.Add($"idiom '{sequence}' = {idiom.ToString(CultureInfo.InvariantCulture)}");
                break;
            }
        }

        if (items.Count - 1 > i && VaderRules.SpecialCases.TryGetValue($"{W(i)} {W(i + 1)}", out var after))
        {
            valence = after;
            rules.Add($"idiom '{W(i)} {W(i + 1)}' = {after.ToString(CultureInfo.InvariantCulture)}");
        }

        if (items.Count - 1 > i + 1 && VaderRules.SpecialCases.TryGetValue($"{W(i)} {W(i + 1)} {W(i + 2)}", out var after2))
        {
            valence = after2;
            rules.Add($"idiom '{W(i)} {W(i + 1)} {W(i + 2)}' = {after2.ToString(CultureInfo.InvariantCulture)}");
        }

        foreach (var ngram in (string[])[$"{W(i - 3)} {W(i - 2)} {W(i - 1)}", $"{W(i - 3)} {W(i - 2)}", $"{W(i - 2)} {W(i - 1)}"])
        {
            if (VaderRules.Boosters.TryGetValue(ngram, out var booster))
            {
                valence += booster;
                rules.Add($"dampener '{ngram}' {booster.ToString("+0.###;-0.###", CultureInfo.InvariantCulture)}");
            }
        }

        return valence;
    }

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

    private static void ButCheck(List<Item> items, double[] sentiments, ItemEvidence?[] evidence)
    {
        var butIndex = items.FindIndex(item => item.Folded == "but");
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
        var cues = new bool[items.Count];
        var conceded = new bool[items.Count];
        for (var k = 0; k < items.Count; k++)
        {
            if (items[k].Folded is not ("despite" or "although" or "though" or "notwithstanding"))
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

        if (!conceded.Contains(true) || items.Exists(item => item.Folded == "but"))
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
        var words = ImmutableArray.CreateBuilder<WordEvidence>();
        for (var k = 0; k < items.Count; k++)
        {
            if (evidence[k] is { } e)
            {
                words.Add(new WordEvidence(items[k].Text, items[k].FirstToken, items[k].TokenCount, e.BaseValence, sentiments[k], [.. e.Rules], items[k].HedgeWeight));
            }
        }

        return new SentenceSentiment(
            compound,
            Math.Abs(positive / total),
            Math.Abs(negative / total),
            Math.Abs(neutralCount / total),
            sum,
            words.ToImmutable());
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

    private double BoosterScalar(Item modifier, double valence, bool isCapDifferential)
    {
        if (!VaderRules.Boosters.TryGetValue(modifier.Folded, out var scalar))
        {
            return 0;
        }

        if (valence < 0)
        {
            scalar *= -1;
        }

        if (IsUpper(modifier.Text) && isCapDifferential)
        {
            scalar += valence > 0 ? VaderRules.CapsIncrement : -VaderRules.CapsIncrement;
        }

        return scalar;
    }

    private bool InLexicon(Item item) => item.PhraseValence.HasValue || (item.HedgeWeight == 0 && _lexicon.Contains(item.Folded));

    private double LexiconValence(Item item) =>
        item.PhraseValence ?? (_lexicon.TryGetValence(item.Folded, out var valence) ? valence : 0);

    private List<Item> MergePhrases(List<ScoringWord> words)
    {
        var folded = words.Select(w => w.Folded).ToList();
        var items = new List<Item>(words.Count);
        for (var k = 0; k < words.Count;)
        {
            var hedge = _hedges?.LongestPhraseAt(folded, k);
            var singleHedge = 0.0;
            // A capitalised cue inside a sentence is a name, not a hedge ("in May", "Hope Street")
            var isSingleHedge = hedge is null && _hedges is not null && _hedges.TryGetValence(folded[k], out singleHedge)
                && !(k > 0 && char.IsUpper(words[k].Text[0]));
            var phrase = _lexicon.LongestPhraseAt(folded, k);
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
                items.Add(new Item(words[k].Text, words[k].Folded, words[k].TokenIndex, 1, null, isSingleHedge ? singleHedge : 0, words[k].AfterClauseBreak));
                k++;
            }
        }

        return items;
    }

    private static Item Join(List<ScoringWord> words, int start, int count, double? valence, double hedgeWeight)
    {
        var slice = words.GetRange(start, count);
        var lastToken = slice[^1].TokenIndex;
        return new Item(
            string.Join(' ', slice.Select(w => w.Text)),
            string.Join(' ', slice.Select(w => w.Folded)),
            slice[0].TokenIndex,
            lastToken - slice[0].TokenIndex + 1,
            valence,
            hedgeWeight,
            slice[0].AfterClauseBreak);
    }

    /// <summary>True when only some words are in ALL CAPS (then caps mark emphasis).</summary>
    private static bool CapDifferential(List<ScoringWord> words)
    {
        var upper = words.Count(w => IsUpper(w.Text));
        var differential = words.Count - upper;
        return differential > 0 && differential < words.Count;
    }

    /// <summary>Python's str.isupper: at least one cased letter and no lower-case one.</summary>
    internal static bool IsUpper(string text)
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

    private readonly record struct ScoringWord(string Text, string Folded, int TokenIndex, bool AfterClauseBreak = false);

    private sealed record Item(string Text, string Folded, int FirstToken, int TokenCount, double? PhraseValence, double HedgeWeight, bool AfterClauseBreak = false);

    private sealed record ItemEvidence(double BaseValence, List<string> Rules);
}
