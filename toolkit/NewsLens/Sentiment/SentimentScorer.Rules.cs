using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NewsLens.Text;

namespace NewsLens.Sentiment;

/// <summary>VADER's rules and the News fixes: negation, boosters, idioms, "least", "but" and concession, caps emphasis.</summary>
public sealed partial class SentimentScorer
{
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
}
