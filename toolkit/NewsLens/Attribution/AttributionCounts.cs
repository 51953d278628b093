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

    public static ImmutableArray<SpeakerCount> BySpeaker(TokenizedCorpus corpus, IEnumerable<SpeakerAttribution> attributions, string by = DocumentVariables.Outlet)
    {
        var groupOf = GroupsOf(corpus, by);
        return [.. attributions
            .GroupBy(a => (Group: groupOf[a.DocumentId], Key: KeyOf(a), a.Kind))
            .Select(g => new SpeakerCount(
                g.Key.Group,
                g.Select(a => a.ResolvedSpeaker).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).First(),
                g.Key.Key,
                g.Key.Kind,
                g.Count(),
                g.Count(a => a.IsDirectQuote)))
            .OrderBy(c => GroupOrder(corpus, by, c.Group))
            .ThenByDescending(c => c.Count)
            .ThenBy(c => c.Key, StringComparer.Ordinal)];
    }

    public static ImmutableArray<SpeakerKindCount> ByKind(TokenizedCorpus corpus, IEnumerable<SpeakerAttribution> attributions, string by = DocumentVariables.Outlet)
    {
        var groupOf = GroupsOf(corpus, by);
        var list = attributions.ToList();
        var groups = corpus.Articles.Select(a => groupOf[a.Id]).Distinct(StringComparer.Ordinal).ToList();
        var builder = ImmutableArray.CreateBuilder<SpeakerKindCount>();
        foreach (var group in groups)
        {
            var inGroup = list.Where(a => groupOf[a.DocumentId] == group).ToList();
            foreach (var kind in Enum.GetValues<SpeakerKind>())
            {
                var count = inGroup.Count(a => a.Kind == kind);
                builder.Add(new SpeakerKindCount(group, kind, count, inGroup.Count == 0 ? 0 : (double)count / inGroup.Count));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The actor key when known; else persons merge on their surname without diacritics (Cavusoglu = Çavuşoğlu =
    /// Turkish Foreign Minister Mevlut Cavusoglu), others on their folded text without a leading article.
    /// </summary>
    public static string KeyOf(SpeakerAttribution attribution)
    {
        if (attribution.ActorKey is { Length: > 0 } actor)
        {
            return actor;
        }

        var folded = TextFolding.Fold(attribution.ResolvedSpeaker, foldDiacritics: true).Replace('-', ' ').Replace("\"", "", StringComparison.Ordinal);
        foreach (var determiner in Determiners)
        {
            if (folded.StartsWith(determiner, StringComparison.Ordinal))
            {
                folded = folded[determiner.Length..];
            }
        }

        return attribution.Kind == SpeakerKind.Person ? folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1] : folded;
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

    private static Dictionary<string, string> GroupsOf(TokenizedCorpus corpus, string by)
    {
        DocumentGrouping.Check(corpus.Articles.Select(a => a.Article), by);
        return corpus.Articles.ToDictionary(a => a.Id, a => DocumentGrouping.GroupOf(a.Article, by), StringComparer.Ordinal);
    }

    private static int GroupOrder(TokenizedCorpus corpus, string by, string group)
    {
        for (var i = 0; i < corpus.Articles.Length; i++)
        {
            if (DocumentGrouping.GroupOf(corpus.Articles[i].Article, by) == group)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
