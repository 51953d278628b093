using System.Collections.Frozen;

namespace NewsLens.Sentiment;

/// <summary>
/// The constants and word lists of VADER's rules, as in the reference implementation vaderSentiment.py 3.3.2
/// (cjhutto/vaderSentiment; Hutto &amp; Gilbert 2014). Kept verbatim so Reference mode reproduces its scores.
/// </summary>
public static class VaderRules
{
    /// <summary>Mean intensity increase for a booster word ("very good").</summary>
    public const double BoosterIncrement = 0.293;

    /// <summary>Mean intensity decrease for a dampener ("slightly good").</summary>
    public const double BoosterDecrement = -0.293;

    /// <summary>Mean intensity increase for a word in ALL CAPS when others are not.</summary>
    public const double CapsIncrement = 0.733;

    /// <summary>Negation multiplies a valence by this.</summary>
    public const double NegationScalar = -0.74;

    /// <summary>Each '!' (up to 4) adds this to the magnitude of the sum.</summary>
    public const double ExclamationIncrement = 0.292;

    /// <summary>Each '?' (2 or 3 of them) adds this; 4 or more add <see cref="QuestionMaximum"/>.</summary>
    public const double QuestionIncrement = 0.18;

    public const double QuestionMaximum = 0.96;

    /// <summary>The compound score is sum / sqrt(sum² + alpha).</summary>
    public const double NormalizationAlpha = 15;

    public static FrozenSet<string> Negations { get; } = new[]
    {
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
        "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
        "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
        "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
        "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
        "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
        "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static FrozenDictionary<string, double> Boosters { get; } = BuildBoosters();

    /// <summary>Idioms that replace the valence of the lexicon word they contain.</summary>
    public static FrozenDictionary<string, double> SpecialCases { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["the shit"] = 3, ["the bomb"] = 3, ["bad ass"] = 1.5, ["badass"] = 1.5, ["bus stop"] = 0.0,
        ["yeah right"] = -2, ["kiss of death"] = -1.5, ["to die for"] = 3,
        ["beating heart"] = 3.1, ["broken heart"] = -2.9,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static double Normalize(double score)
    {
        var normalized = score / Math.Sqrt((score * score) + NormalizationAlpha);
        return Math.Clamp(normalized, -1.0, 1.0);
    }

    private static FrozenDictionary<string, double> BuildBoosters()
    {
        string[] increments =
        [
            "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly", "deeply",
            "effing", "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally", "extreme",
            "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking", "fricking", "frickin", "frigging",
            "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
            "incredible", "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely",
            "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally", "tremendous",
            "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very",
        ];
        string[] decrements =
        [
            "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little",
            "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight",
            "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of",
        ];
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in increments)
        {
            map[word] = BoosterIncrement;
        }

        foreach (var word in decrements)
        {
            map[word] = BoosterDecrement;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
