using System.Collections.Immutable;
using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Mentions;

/// <summary>
/// Mention counts, sentence co-mentions and naming variants added up one article at a time, in corpus order: what
/// <see cref="MentionResult.By"/> and <see cref="MentionResult.Naming"/> compute, without holding the corpus or its
/// mentions (a streamed run feeds it batch by batch). Memory grows with groups × actors and distinct spellings only.
/// </summary>
public sealed class MentionTally(ActorDictionary actors, string variable)
{
    private readonly List<string> _groupOrder = [];
    private readonly Dictionary<string, (int Documents, int Words)> _groups = new(StringComparer.Ordinal);

    // Per actor (keys compared ignoring case, shown as first seen): counted and all mentions, for the order of actors.
    private readonly Dictionary<string, ActorTotals> _actors = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Actor, string Group), Cell> _cells = [];
    private readonly Dictionary<(string Group, string A, string B), int> _pairs = [];
    private readonly Dictionary<(string Group, string ActorKey, MentionKind Kind, string Written), Dictionary<string, int>> _naming = [];

    public string Variable => variable;

    public ActorDictionary Actors => actors;

    /// <summary>Adds one article (its group, word count and mentions; mentions may be a filtered subset).</summary>
    public void Add(TokenizedArticle article, IReadOnlyList<Mention> mentions)
    {
        var group = DocumentGrouping.GroupOf(article.Article, variable);
        if (!_groups.TryGetValue(group, out var size))
        {
            _groupOrder.Add(group);
        }

        _groups[group] = (size.Documents + 1, size.Words + article.WordCount);
        var countedActors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in mentions)
        {
            if (!_actors.TryGetValue(m.ActorKey, out var totals))
            {
                _actors[m.ActorKey] = totals = new ActorTotals(m.ActorKey);
            }

            totals.All++;
            var key = (m.ActorKey.ToLowerInvariant(), group);
            if (!_cells.TryGetValue(key, out var cell))
            {
                _cells[key] = cell = new Cell();
            }

            if (m.Counted)
            {
                totals.Counted++;
                if (m.Kind is MentionKind.Alias or MentionKind.Title)
                {
                    cell.Direct++;
                }
                else
                {
                    cell.Indirect++;
                }

                if (countedActors.Add(m.ActorKey))
                {
                    cell.Documents++;
                }
            }
            else
            {
                cell.Linked++;
            }

            var naming = (group, m.ActorKey, m.Kind, TextFolding.Fold(Flatten(m.MatchedText)));
            if (!_naming.TryGetValue(naming, out var spellings))
            {
                _naming[naming] = spellings = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            var spelling = Flatten(m.MatchedText);
            spellings[spelling] = spellings.GetValueOrDefault(spelling) + 1;
        }

        AddCoMentions(group, mentions);
    }

    /// <summary>Counts, rates, document frequencies and co-mentions per group, as <see cref="MentionResult.By"/> gives them.</summary>
    public MentionCounts ToCounts()
    {
        var groups = _groupOrder.Select(g => new MentionGroup(g, _groups[g].Documents, _groups[g].Words)).ToImmutableArray();
        var actorOrder = _actors.Values
            .OrderByDescending(a => a.Counted)
            .ThenByDescending(a => a.All)
            .ThenBy(a => actors.Actors.IndexOf(actors[a.FirstKey]))
            .Select(a => actors[a.FirstKey])
            .ToImmutableArray();
        var counts = ImmutableArray.CreateBuilder<ActorCount>(actorOrder.Length * groups.Length);
        foreach (var actor in actorOrder)
        {
            foreach (var group in groups)
            {
                var cell = _cells.GetValueOrDefault((actor.Key.ToLowerInvariant(), group.Name)) ?? new Cell();
                counts.Add(new ActorCount(group.Name, actor.Key, actor.Name, actor.Kind, cell.Direct, cell.Linked, cell.Documents, group.Documents, group.Words, cell.Indirect));
            }
        }

        var groupIndex = groups.Select((g, i) => (g.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var coMentions = _pairs
            .Select(p => new CoMention(p.Key.Group, p.Key.A, p.Key.B, p.Value))
            .OrderBy(c => groupIndex[c.Group])
            .ThenByDescending(c => c.Sentences)
            .ThenBy(c => c.ActorA, StringComparer.Ordinal)
            .ThenBy(c => c.ActorB, StringComparer.Ordinal)
            .ToImmutableArray();
        return new MentionCounts(variable, groups, actorOrder, counts.ToImmutable(), coMentions);
    }

    /// <summary>How each actor is written per group, as <see cref="MentionResult.Naming"/> gives it.</summary>
    public ImmutableArray<NamingVariant> ToNaming() =>
    [
        .. _naming
            .Select(n => new NamingVariant(n.Key.Group, n.Key.ActorKey, actors.NameOf(n.Key.ActorKey), MostFrequent(n.Value), n.Key.Kind, n.Value.Values.Sum()))
            .OrderBy(v => v.ActorKey, StringComparer.Ordinal)
            .ThenBy(v => v.Group, StringComparer.Ordinal)
            .ThenByDescending(v => v.Count)
            .ThenBy(v => v.Written, StringComparer.Ordinal),
    ];

    internal static string Flatten(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string MostFrequent(Dictionary<string, int> spellings) =>
        spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;

    /// <summary>Pairs of actors named in one sentence by counted mentions (not both from the same words only).</summary>
    private void AddCoMentions(string group, IReadOnlyList<Mention> mentions)
    {
        foreach (var sentence in mentions.Where(m => m.Counted).GroupBy(m => (m.DocumentId, m.Sentence)))
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

            var pairActors = spansByActor.ToList();
            for (var i = 0; i < pairActors.Count; i++)
            {
                for (var j = i + 1; j < pairActors.Count; j++)
                {
                    if (FromDifferentWords(pairActors[i].Value, pairActors[j].Value))
                    {
                        var key = (group, pairActors[i].Key, pairActors[j].Key);
                        _pairs[key] = _pairs.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether some mention of one actor and some mention of the other come from different words. They do unless
    /// both actors were found only at one and the same span (a name and its own link: "Çavuşoğlu" → Turkey).
    /// </summary>
    private static bool FromDifferentWords(HashSet<(int Start, int End)> a, HashSet<(int Start, int End)> b) =>
        a.Count > 1 || b.Count > 1 || !a.SetEquals(b);

    private sealed class ActorTotals(string firstKey)
    {
        public string FirstKey => firstKey;

        public int Counted { get; set; }

        public int All { get; set; }
    }

    private sealed class Cell
    {
        public int Direct { get; set; }

        public int Indirect { get; set; }

        public int Linked { get; set; }

        public int Documents { get; set; }
    }
}
