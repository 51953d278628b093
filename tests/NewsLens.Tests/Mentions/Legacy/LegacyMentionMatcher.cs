// The matcher as it was before the allocation-free rewrite (issue 7), kept verbatim as the oracle the fast
// matcher is compared against: same mentions, in the same order, with the same fields. Test code only.
// A rule that changes on purpose changes here in the same commit (the equivalence tests say where the two differ);
// once the fast matcher has stood for a while, this oracle and its equivalence tests can go.
using System.Collections.Immutable;
using NewsLens.Text;

using NewsLens.Mentions;

namespace NewsLens.Tests.Mentions.Legacy;

/// <summary>
/// Finds actor mentions in tokenized articles. Every alias, demonym and metonym of the dictionary becomes a form of
/// folded tokens (case-, diacritic- and Turkish-dotless-i-insensitive, hyphenated tokens cut into their parts). The
/// text is scanned left to right; at each position the longest form that fits wins and the scan continues after it,
/// so overlapping forms are never double-counted ("Assad regime" is one match, not "Assad" plus a regime).
/// A match never crosses a sentence boundary. One match can name several actors (its own actor, actors it implies,
/// a person's state); each becomes its own labelled <see cref="Mention"/>, at most one per actor per match.
/// </summary>
internal sealed class LegacyMentionMatcher
{
    private readonly Node _root = new();

    public LegacyMentionMatcher(ActorDictionary actors, MentionOptions? options = null)
    {
        Actors = actors;
        Options = options ?? MentionOptions.Default;
        foreach (var actor in actors.Actors)
        {
            foreach (var alias in actor.Aliases)
            {
                Add(alias, Targets(actor, alias, MentionKind.Alias));
            }

            if (Options.Demonyms)
            {
                foreach (var demonym in actor.Demonyms)
                {
                    Add(demonym, Targets(actor, demonym, MentionKind.Demonym));
                }
            }

            if (Options.Metonyms)
            {
                foreach (var metonym in actor.Metonyms)
                {
                    Add(metonym, Targets(actor, metonym, MentionKind.Metonym));
                }
            }
        }
    }

    public ActorDictionary Actors { get; }

    public MentionOptions Options { get; }

    public ImmutableArray<Mention> Find(TokenizedArticle article)
    {
        var text = article.Text;
        var units = LegacyMatchUnit.Of(text, article.Tokens, article.Folded(foldDiacritics: true));
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        var i = 0;
        while (i < units.Length)
        {
            var (length, entries) = LongestMatch(text, units, i, article);
            if (length == 0)
            {
                i++;
                continue;
            }

            var first = units[i];
            var last = units[i + length - 1];
            var matched = text[first.Start..last.End];
            var sentence = article.SentenceOf(first.Token);
            var emitted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var target in entries.SelectMany(e => e.Targets).OrderBy(t => t.Kind))
            {
                if (emitted.Add(target.ActorKey))
                {
                    mentions.Add(new Mention(article.Id, target.ActorKey, target.Kind, target.Via, target.Form, matched, first.Start, last.End, first.Token, last.Token - first.Token + 1, sentence));
                }
            }

            i += length;
        }

        return mentions.ToImmutable();
    }

    private (int Length, List<FormEntry> Entries) LongestMatch(string text, ImmutableArray<LegacyMatchUnit> units, int start, TokenizedArticle article)
    {
        var node = _root;
        var best = (0, new List<FormEntry>());
        var sentence = -2;
        for (var j = start; j < units.Length; j++)
        {
            if (!node.Children.TryGetValue(units[j].Folded, out var next))
            {
                break;
            }

            var unitSentence = article.SentenceOf(units[j].Token);
            if (sentence != -2 && unitSentence != sentence)
            {
                break;
            }

            sentence = unitSentence;
            node = next;
            var accepted = node.Entries.Where(e => !e.MatchCase || SameCase(text, units, start, e.Units)).ToList();
            if (accepted.Count > 0)
            {
                best = (j - start + 1, accepted);
            }
        }

        return best;
    }

    private static bool SameCase(string text, ImmutableArray<LegacyMatchUnit> units, int start, ImmutableArray<string> formUnits)
    {
        for (var k = 0; k < formUnits.Length; k++)
        {
            if (!units[start + k].Original(text).SequenceEqual(formUnits[k]))
            {
                return false;
            }
        }

        return true;
    }

    private ImmutableArray<Target> Targets(Actor actor, ActorAlias form, MentionKind kind)
    {
        var targets = ImmutableArray.CreateBuilder<Target>();
        targets.Add(new Target(actor.Key, kind, null, form.Text));
        if (Options.ImpliedActors)
        {
            foreach (var other in form.AlsoMentions)
            {
                targets.Add(new Target(Actors[other].Key, MentionKind.Implied, actor.Key, form.Text));
            }
        }

        if (Options.PersonStateLinks)
        {
            // A person's state is linked whether the person is named directly or implied by another actor's alias.
            var people = new[] { actor }.Concat(Options.ImpliedActors ? form.AlsoMentions.Select(k => Actors[k]) : []);
            foreach (var person in people.Where(p => p.State is not null))
            {
                targets.Add(new Target(Actors[person.State!].Key, MentionKind.PersonState, person.Key, form.Text));
            }
        }

        return targets.ToImmutable();
    }

    private void Add(ActorAlias form, ImmutableArray<Target> targets)
    {
        var units = LegacyMatchUnit.OfForm(form.Text);
        var node = _root;
        foreach (var unit in units)
        {
            if (!node.Children.TryGetValue(unit.Folded, out var child))
            {
                child = new Node();
                node.Children.Add(unit.Folded, child);
            }

            node = child;
        }

        node.Entries.Add(new FormEntry(targets, form.MatchCase, [.. units.Select(u => u.Original(form.Text).ToString())]));
    }

    private sealed record Target(string ActorKey, MentionKind Kind, string? Via, string Form);

    private sealed record FormEntry(ImmutableArray<Target> Targets, bool MatchCase, ImmutableArray<string> Units);

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public List<FormEntry> Entries { get; } = [];
    }
}
