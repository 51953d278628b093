using System.Collections.Immutable;
using NewsLens.Corpora;
using NewsLens.Tables;
using NewsLens.Text;

namespace NewsLens.Attribution;

/// <summary>How often an outlet (or any group) quotes or cites one speaker.</summary>
/// <param name="Group">The outlet or other document-variable value.</param>
/// <param name="Speaker">The fullest form the outlet used for this speaker ("Turkish Foreign Minister Mevlut Cavusoglu" over "Cavusoglu").</param>
/// <param name="Key">What the count merges on: the actor key when the resolver knew the speaker, else a folded form (a person's surname).</param>
/// <param name="Kind">Person, organisation, anonymous or unresolved.</param>
/// <param name="Count">Attributions (quotes and citations) to this speaker.</param>
/// <param name="DirectQuotes">How many of them carry text inside quotation marks.</param>
public sealed record SpeakerCount(string Group, string Speaker, string Key, SpeakerKind Kind, int Count, int DirectQuotes);

/// <summary>How an outlet's attributions split by kind of source.</summary>
public sealed record SpeakerKindCount(string Group, SpeakerKind Kind, int Count, double Share);

/// <summary>Counts attributions per outlet (or any document variable).</summary>
public static class AttributionCounts
{
    private static readonly string[] Determiners = ["the ", "a ", "an "];

    /// <summary>Lower-case particles inside Arabic and European names ("al-Modon", "bin Salman").</summary>
    private static readonly HashSet<string> NameParticles = new(["al", "el", "ad", "as", "bin", "ibn", "de", "von", "van"], StringComparer.Ordinal);

    public static ImmutableArray<SpeakerCount> BySpeaker(TokenizedCorpus corpus, IEnumerable<SpeakerAttribution> attributions, string by = DocumentVariables.Outlet) =>
        BySpeaker(DocumentGroups(corpus, by), attributions);

    /// <summary>
    /// <see cref="BySpeaker(TokenizedCorpus, IEnumerable{SpeakerAttribution}, string)"/> from each document's group, in
    /// corpus order (all a streamed run keeps of its articles).
    /// </summary>
    public static ImmutableArray<SpeakerCount> BySpeaker(IReadOnlyList<(string Id, string Group)> documents, IEnumerable<SpeakerAttribution> attributions) =>
        Tally(documents, attributions).BySpeaker();

    public static ImmutableArray<SpeakerKindCount> ByKind(TokenizedCorpus corpus, IEnumerable<SpeakerAttribution> attributions, string by = DocumentVariables.Outlet) =>
        ByKind(DocumentGroups(corpus, by), attributions);

    /// <summary><see cref="ByKind(TokenizedCorpus, IEnumerable{SpeakerAttribution}, string)"/> from each document's group, in corpus order.</summary>
    public static ImmutableArray<SpeakerKindCount> ByKind(IReadOnlyList<(string Id, string Group)> documents, IEnumerable<SpeakerAttribution> attributions) =>
        Tally(documents, attributions).ByKind();

    /// <summary>Each article's id and group (see <see cref="DocumentGrouping"/>), in corpus order; throws for a variable no article has.</summary>
    public static IReadOnlyList<(string Id, string Group)> DocumentGroups(TokenizedCorpus corpus, string by)
    {
        DocumentGrouping.Check(corpus.Articles.Select(a => a.Article), by);
        return [.. corpus.Articles.Select(a => (a.Id, DocumentGrouping.GroupOf(a.Article, by)))];
    }

    /// <summary>All the documents as one batch: an id given twice takes the group of its last article.</summary>
    private static SpeakerTally Tally(IReadOnlyList<(string Id, string Group)> documents, IEnumerable<SpeakerAttribution> attributions)
    {
        var tally = new SpeakerTally();
        tally.Add(documents, attributions);
        return tally;
    }

    /// <summary>
    /// The actor key when known; else persons merge on their surname without diacritics (Cavusoglu = Çavuşoğlu =
    /// Turkish Foreign Minister Mevlut Cavusoglu), organisations on their head name (see <see cref="HeadName"/>:
    /// "pro-Syrian regime outlet Al Watan" = "Al-Watan"), others on their folded text without a leading article.
    /// </summary>
    public static string KeyOf(SpeakerAttribution attribution)
    {
        if (attribution.ActorKey is { Length: > 0 } actor)
        {
            return actor;
        }

        var speaker = attribution.Kind == SpeakerKind.Organisation ? HeadName(attribution.ResolvedSpeaker) : attribution.ResolvedSpeaker;
        var folded = TextFolding.Fold(speaker, foldDiacritics: true).Replace('-', ' ').Replace("\"", "", StringComparison.Ordinal);
        foreach (var determiner in Determiners)
        {
            if (folded.StartsWith(determiner, StringComparison.Ordinal))
            {
                folded = folded[determiner.Length..];
            }
        }

        return attribution.Kind == SpeakerKind.Person ? folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1] : folded;
    }

    /// <summary>
    /// The name an organisation phrase ends with: for an appositive ("The official Iranian News Agency, IRNA") the part
    /// after the last comma; then the last run of capitalised words, with lower-case name particles inside it
    /// ("pro-Syrian regime outlet Al Watan" → "Al Watan", "al-Modon" → "al Modon"). The whole phrase when it has no
    /// capitalised word.
    /// </summary>
    public static string HeadName(string organisation)
    {
        var phrase = organisation;
        var comma = phrase.LastIndexOf(',');
        if (comma >= 0 && phrase[(comma + 1)..].Any(char.IsUpper))
        {
            phrase = phrase[(comma + 1)..];
        }

        var words = phrase.Split([' ', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length;
        while (first > 0 && (IsCapitalised(words[first - 1]) || (first < words.Length && NameParticles.Contains(words[first - 1]))))
        {
            first--;
        }

        // A particle cannot start the run on its own right edge ("outlet al" is not a name), but may lead it ("al Modon").
        return first == words.Length ? phrase.Trim() : string.Join(' ', words[first..]);
    }

    private static bool IsCapitalised(string word)
    {
        var trimmed = word.TrimStart('"', '“', '‘', '(');
        return trimmed.Length > 0 && char.IsUpper(trimmed[0]);
    }

    public static ResultTable ToTable(IEnumerable<SpeakerCount> counts) => ResultTable.From(
        counts,
        ("group", c => c.Group),
        ("speaker", c => c.Speaker),
        ("key", c => c.Key),
        ("kind", c => c.Kind.ToString().ToLowerInvariant()),
        ("count", c => c.Count),
        ("direct_quotes", c => c.DirectQuotes));

    public static ResultTable ToTable(IEnumerable<SpeakerKindCount> counts) => ResultTable.From(
        counts,
        ("group", c => c.Group),
        ("kind", c => c.Kind.ToString().ToLowerInvariant()),
        ("count", c => c.Count),
        ("share", c => c.Share));
}
