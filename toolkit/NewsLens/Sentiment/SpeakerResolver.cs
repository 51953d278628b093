using System.Text.RegularExpressions;
using NewsLens.Text;

namespace NewsLens.Sentiment;

/// <summary>
/// Who a sentence attributes its content to ("Cavusoglu", "Al-Watan", "Turkish sources"), or null when it does not say.
/// The seam for a full attribution extractor: pass any function of this shape in <see cref="SentimentOptions.Speaker"/>.
/// </summary>
public delegate string? SpeakerResolver(TokenizedArticle article, Sentence sentence);

/// <summary>
/// The built-in speaker resolver: surface patterns only ("X said/stated/told/added/stressed...", "said X",
/// "according to X", "X sources"). A name is a run of capitalised words (with al-/bin/of-style joiners).
/// </summary>
public static partial class PatternSpeakerResolver
{
    private const string Name = @"(?:[A-Z][\p{L}'’\-]*|al-[\p{L}\-]+)(?:\s+(?:(?:al|bin|ibn|de|of|the)\s+)?(?:[A-Z][\p{L}'’\-]*|al-[\p{L}\-]+))*";
    private const string Verbs = "expressed|commented|said|says|stated|states|told|tells|added|adds|stressed|stresses|noted|notes|announced|announces|confirmed|confirms|revealed|reveals|indicated|indicates|informed|emphasi[sz]ed|underlined|explained|warned|declared|claimed|claims|claim|reported|reports|affirmed|asserted|insisted";

    public static SpeakerResolver Default { get; } = (article, sentence) => Resolve(sentence.ToString(article.Text));

    /// <summary>Longer "sentences" (headline dumps, unpunctuated text) are read only this far: the patterns are not linear.</summary>
    public const int MaxCharacters = 600;

    /// <summary>The speaker or cited source of one sentence's text, or null.</summary>
    public static string? Resolve(string sentence)
    {
        try
        {
            return ResolveWithin(sentence.Length <= MaxCharacters ? sentence : sentence[..MaxCharacters]);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string? ResolveWithin(string sentence)
    {
        var according = AccordingTo().Match(sentence);
        if (according.Success)
        {
            return Clean(according.Groups["who"].Value);
        }

        var quoted = QuotedAsSaying().Match(sentence);
        if (quoted.Success)
        {
            return Clean(quoted.Groups["who"].Value);
        }

        var sources = Sources().Match(sentence);
        var subject = SubjectVerb().Match(sentence);
        if (subject.Success && (!sources.Success || subject.Index < sources.Index))
        {
            return Clean(subject.Groups["who"].Value);
        }

        if (sources.Success)
        {
            return Clean(sources.Value);
        }

        var role = RoleVerb().Match(sentence);
        if (role.Success)
        {
            return Clean(role.Groups["who"].Value);
        }

        var inverted = VerbSubject().Match(sentence);
        return inverted.Success ? Clean(inverted.Groups["who"].Value) : null;
    }

    private static string Clean(string who)
    {
        var trimmed = who.Trim().TrimEnd('\'', '’', '-').Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal);
        foreach (var article in (string[])["The ", "the ", "A ", "a ", "An ", "an "])
        {
            if (trimmed.StartsWith(article, StringComparison.Ordinal))
            {
                trimmed = trimmed[article.Length..];
            }
        }

        return trimmed is "He" or "She" or "They" or "It" or "We" ? $"{trimmed.ToLowerInvariant()} (pronoun, unresolved)" : trimmed;
    }

    [GeneratedRegex(@"\b[Aa]ccording to (?:the\s+)?(?<who>" + Name + @"|(?:[a-z]+\s+)?sources)", RegexOptions.None, 250)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"(?:\b[A-Z][\p{L}\-]*\s+|\b[a-z]+\s+)?\b[Ss]ources\b", RegexOptions.None, 250)]
    private static partial Regex Sources();

    [GeneratedRegex(@"(?<who>" + Name + @")(?:,[^,]{1,80},)?\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+|further\s+)*(?:" + Verbs + @")\b", RegexOptions.None, 250)]
    private static partial Regex SubjectVerb();

    [GeneratedRegex(@"\bquoted\s+(?<who>" + Name + @")\s+as\s+saying", RegexOptions.None, 250)]
    private static partial Regex QuotedAsSaying();

    // a role noun as subject: "Iranian and Turkish officials said", "the official said", "a Western diplomatic source revealed"
    [GeneratedRegex(@"(?<who>(?:\b(?:[Aa]n?|[Tt]he)\s+)?(?:[“""]?[\p{L}\-]+[”""]?\s+){0,3}(?:officials?|sources?|diplomats?|spokes(?:man|woman|person)|ministry|minister|envoy|statement))(?:,[^,]{1,80},)?\s+(?:has\s+|had\s+|have\s+|also\s+)*(?:" + Verbs + @")\b", RegexOptions.None, 250)]
    private static partial Regex RoleVerb();

    [GeneratedRegex(@"\b(?:said|told|added|stressed)\s+(?<who>" + Name + ")", RegexOptions.None, 250)]
    private static partial Regex VerbSubject();
}
