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
        var articles = result.Corpus.Articles;
        var grouping = result.Grouping(variable);
        var groupOf = articles.ToDictionary(a => a.Id, grouping, StringComparer.Ordinal);
        var groups = articles
            .GroupBy(a => groupOf[a.Id], StringComparer.Ordinal)
            .Select(g => new MentionGroup(g.Key, g.Count(), g.Sum(a => a.WordCount)))
            .ToImmutableArray();

        var byActor = result.Mentions.GroupBy(m => m.ActorKey, StringComparer.OrdinalIgnoreCase).ToList();
        var actorOrder = byActor
            .OrderByDescending(g => g.Count(m => m.Counted))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => result.Actors.Actors.IndexOf(result.Actors[g.Key]))
            .Select(g => result.Actors[g.Key])
            .ToImmutableArray();

        var byActorAndGroup = result.Mentions.ToLookup(m => (Actor: m.ActorKey.ToLowerInvariant(), Group: groupOf[m.DocumentId]));
        var counts = ImmutableArray.CreateBuilder<ActorCount>(actorOrder.Length * groups.Length);
        foreach (var actor in actorOrder)
        {
            foreach (var group in groups)
            {
                var inGroup = byActorAndGroup[(actor.Key.ToLowerInvariant(), group.Name)].ToList();
                counts.Add(new ActorCount(
                    group.Name,
                    actor.Key,
                    actor.Name,
                    actor.Kind,
                    inGroup.Count(m => m.Counted && m.Kind is MentionKind.Alias or MentionKind.Title),
                    inGroup.Count(m => !m.Counted),
                    inGroup.Where(m => m.Counted).Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count(),
                    group.Documents,
                    group.Words,
                    inGroup.Count(m => m.Counted && m.Kind is not (MentionKind.Alias or MentionKind.Title))));
            }
        }

        return new MentionCounts(variable, groups, actorOrder, counts.ToImmutable(), CoMentionsOf([.. result.Mentions.Where(m => m.Counted)], groupOf, groups));
    }

    private static ImmutableArray<CoMention> CoMentionsOf(ImmutableArray<Mention> mentions, Dictionary<string, string> groupOf, ImmutableArray<MentionGroup> groups)
    {
        var pairCounts = new Dictionary<(string Group, string A, string B), int>();
        foreach (var sentence in mentions.GroupBy(m => (m.DocumentId, m.Sentence)))
        {
            // One entry per distinct actor with its distinct spans: a sentence naming an actor thousands of times costs
            // one entry, so pairing is bounded by the number of actors, not the number of mentions.
            var spansByActor = new SortedDictionary<string, HashSet<(int Start, int End)>>(StringComparer.Ordinal);
            var keyOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var mention in sentence)
            {
                if (!keyOf.TryGetValue(mention.ActorKey, out var key))
                {
                    keyOf[mention.ActorKey] = key = mention.ActorKey;
                    spansByActor[key] = [];
                }

                spansByActor[key].Add((mention.Start, mention.End));
            }

            var actors = spansByActor.ToList();
            var group = groupOf[sentence.Key.DocumentId];
            for (var i = 0; i < actors.Count; i++)
            {
                for (var j = i + 1; j < actors.Count; j++)
                {
                    if (FromDifferentWords(actors[i].Value, actors[j].Value))
                    {
                        var key = (group, actors[i].Key, actors[j].Key);
                        pairCounts[key] = pairCounts.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        var groupIndex = groups.Select((g, i) => (g.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        return [.. pairCounts
            .Select(p => new CoMention(p.Key.Group, p.Key.A, p.Key.B, p.Value))
            .OrderBy(c => groupIndex[c.Group])
            .ThenByDescending(c => c.Sentences)
            .ThenBy(c => c.ActorA, StringComparer.Ordinal)
            .ThenBy(c => c.ActorB, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Whether some mention of one actor and some mention of the other come from different words. They do unless
    /// both actors were found only at one and the same span (a name and its own link: "Çavuşoğlu" → Turkey).
    /// </summary>
    private static bool FromDifferentWords(HashSet<(int Start, int End)> a, HashSet<(int Start, int End)> b) =>
        a.Count > 1 || b.Count > 1 || !a.SetEquals(b);
}
