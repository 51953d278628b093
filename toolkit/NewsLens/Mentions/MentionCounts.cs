using System.Collections.Immutable;
using Microsoft.Data.Analysis;
using NewsLens.Tables;

namespace NewsLens.Mentions;

/// <summary>A group of documents (an outlet, an article, the corpus) and its size.</summary>
public sealed record MentionGroup(string Name, int Documents, int Words);

/// <summary>
/// How much one group talks about one actor. <see cref="Total"/> counts the references to the actor (the default
/// count, <see cref="Mention.Counted"/>): <see cref="Direct"/> (its own aliases and title-only references) plus
/// <see cref="Indirect"/> (demonyms and capitals that stand for it). <see cref="Linked"/> counts what is reported but
/// never counted: a person's state, an actor implied by another's alias, a capital used as a venue, a demonym naming
/// people. Rates are per 1,000 word tokens of the group; <see cref="Documents"/> is the number of the group's documents
/// with at least one counted mention.
/// </summary>
public sealed record ActorCount(string Group, string ActorKey, string Actor, ActorKind Kind, int Direct, int Linked, int Documents, int GroupDocuments, int GroupWords, int Indirect = 0)
{
    public int Total => Direct + Indirect;

    public double RatePer1000 => GroupWords == 0 ? 0 : Total * 1000.0 / GroupWords;

    public double DirectRatePer1000 => GroupWords == 0 ? 0 : Direct * 1000.0 / GroupWords;

    /// <summary>Share of the group's documents that mention the actor (document frequency as a proportion).</summary>
    public double DocumentShare => GroupDocuments == 0 ? 0 : (double)Documents / GroupDocuments;
}

/// <summary>
/// Two actors named in the same sentence: <see cref="Sentences"/> counts the sentences of the group where both occur.
/// Mentions that come from the same words (Çavuşoğlu and Turkey from "Çavuşoğlu") do not make a pair on their own.
/// </summary>
public sealed record CoMention(string Group, string ActorA, string ActorB, int Sentences);

/// <summary>Mention counts per group of a document variable; <see cref="Actors"/> are ordered by total mentions, most first.</summary>
public sealed record MentionCounts(
    string Variable,
    ImmutableArray<MentionGroup> Groups,
    ImmutableArray<Actor> Actors,
    ImmutableArray<ActorCount> Counts,
    ImmutableArray<CoMention> CoMentions)
{
    public ActorCount this[string group, string actorKey] =>
        Counts.FirstOrDefault(c => c.Group == group && string.Equals(c.ActorKey, actorKey, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"no count for group \"{group}\" and actor \"{actorKey}\"");

    /// <summary>Sentences where both actors occur, summed over groups.</summary>
    public int CoMentionsOf(string actorA, string actorB)
    {
        var (a, b) = string.CompareOrdinal(actorA, actorB) <= 0 ? (actorA, actorB) : (actorB, actorA);
        return CoMentions.Where(c => c.ActorA == a && c.ActorB == b).Sum(c => c.Sentences);
    }

    /// <summary>Long table: one row per group and actor (zeros included, so tables and charts are complete).</summary>
    public ResultTable ToTable() => ResultTable.From(
        Counts,
        (Variable, c => c.Group),
        ("actor", c => c.ActorKey),
        ("kind", c => ActorDictionary.KindName(c.Kind)),
        ("direct", c => c.Direct),
        ("indirect", c => c.Indirect),
        ("linked", c => c.Linked),
        ("mentions", c => c.Total),
        ("per_1000_words", c => Math.Round(c.RatePer1000, 3)),
        ("direct_per_1000", c => Math.Round(c.DirectRatePer1000, 3)),
        ("documents", c => c.Documents),
        ("group_documents", c => c.GroupDocuments),
        ("group_words", c => c.GroupWords));

    /// <summary>
    /// Wide table: one row per actor, one column per group, cells from <paramref name="value"/>
    /// (for example <c>c =&gt; c.RatePer1000</c> or <c>c =&gt; c.Direct</c>).
    /// </summary>
    public ResultTable Wide(Func<ActorCount, object?> value)
    {
        var columns = new List<(string, Func<Actor, object?>)> { ("actor", a => a.Name), ("kind", a => ActorDictionary.KindName(a.Kind)) };
        columns.AddRange(Groups.Select(g => (g.Name, (Func<Actor, object?>)(a => Round(value(this[g.Name, a.Key]))))));
        return ResultTable.From(Actors, [.. columns]);
    }

    /// <summary>
    /// One row per pair of actors named in the same sentence, by group. Actors show by their display names from the
    /// dictionary (what a reader knows them by); <paramref name="displayNames"/> false gives the dictionary keys, for
    /// files that are joined with the mentions table.
    /// </summary>
    public ResultTable CoMentionTable(bool displayNames = true)
    {
        var names = Actors.GroupBy(a => a.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);
        string Show(string key) => displayNames && names.TryGetValue(key, out var name) ? name : key;
        return ResultTable.From(
            CoMentions,
            (Variable, c => c.Group),
            ("actor_a", c => Show(c.ActorA)),
            ("actor_b", c => Show(c.ActorB)),
            ("sentences", c => c.Sentences));
    }

    public DataFrame ToDataFrame() => ToTable().ToDataFrame();

    public DataFrame CoMentionDataFrame(bool displayNames = true) => CoMentionTable(displayNames).ToDataFrame();

    private static object? Round(object? value) => value is double d ? Math.Round(d, 2) : value;

    internal static MentionCounts Compute(MentionResult result, string variable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        _ = result.Grouping(variable); // checks the variable
        return Tally(result, variable).ToCounts();
    }

    /// <summary>The result's articles and mentions fed to a <see cref="MentionTally"/> (the code a streamed run uses).</summary>
    internal static MentionTally Tally(MentionResult result, string variable)
    {
        var tally = new MentionTally(result.Actors, variable);
        var byDocument = result.Mentions.ToLookup(m => m.DocumentId, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in result.Corpus.Articles)
        {
            // An id given twice is one document (as the mentions' document ids are): its mentions go with the first.
            tally.Add(article, seen.Add(article.Id) ? [.. byDocument[article.Id]] : []);
        }

        return tally;
    }
}
