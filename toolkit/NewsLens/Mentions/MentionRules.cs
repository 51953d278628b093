using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsLens.Text;

namespace NewsLens.Mentions;

/// <summary>
/// Decides, from the words around each match, whether it is a reference of its own (counted) and records the rule
/// that decided (<see cref="Mention.Rule"/>). The rules are general English usage, not tied to a story:
/// <list type="bullet">
/// <item>links (a person's state, an actor implied by another's alias) are reported, never counted;</item>
/// <item>a capital is the place, not the state, in a dateline ("MOSCOW:"), after a locative preposition ("in Moscow")
/// and as the attribute of a gathering ("the Moscow meeting"); otherwise it stands for the state ("Moscow said");</item>
/// <item>a plural demonym ("Syrians") or a demonym before a word for people ("Syrian refugees") names people, not the
/// state, unless the people act ("the Russians said");</item>
/// <item>a state named in a person's title ("Turkish Foreign Minister Mevlut Cavusoglu") is part of that one
/// reference to the person;</item>
/// <item>a singular title after a state ("Syria's president") refers to the one person of that state who holds it in
/// the dictionary.</item>
/// </list>
/// </summary>
internal sealed class MentionRules
{
    private static readonly FrozenSet<string> Locatives = FrozenSet.Create(
        StringComparer.Ordinal, "in", "at", "near", "outside", "inside", "into", "around", "across", "within", "throughout");

    private static readonly FrozenSet<string> Gatherings = FrozenSet.Create(
        StringComparer.Ordinal,
        "meeting", "meetings", "talks", "summit", "summits", "conference", "format", "negotiations", "round", "forum", "gathering",
        "consultations", "agreement", "accord", "declaration", "platform", "visit", "trip", "ceremony", "venue", "process");

    private static readonly FrozenSet<string> People = FrozenSet.Create(
        StringComparer.Ordinal,
        "refugees", "refugee", "civilians", "civilian", "people", "citizens", "nationals", "migrants", "children", "families",
        "residents", "workers", "students", "population", "exiles", "returnees", "women", "men", "youth", "expatriates",
        "diaspora", "asylum", "voters", "fans", "tourists", "communities", "community");

    private static readonly FrozenSet<string> ActingVerbs = FrozenSet.Create(
        StringComparer.Ordinal,
        "said", "say", "says", "agreed", "agree", "agrees", "demanded", "demand", "demands", "insisted", "insist", "insists",
        "announced", "announce", "announces", "warned", "warn", "warns", "want", "wants", "wanted", "refused", "refuse", "refuses",
        "rejected", "reject", "rejects", "signed", "sign", "signs", "accused", "accuse", "accuses", "decided", "decide", "decides");

    /// <summary>Words a person's title is made of; the dictionary's titles add theirs.</summary>
    private static readonly string[] GenericTitleWords =
    [
        "foreign", "minister", "deputy", "assistant", "president", "prime", "vice", "defence", "defense", "interior", "fm",
        "spokesman", "spokeswoman", "spokesperson", "presidential", "counterpart", "ambassador", "envoy", "special", "chief",
        "leader", "secretary", "general", "affairs", "of", "and", "expatriates", "top", "diplomat", "head", "senior",
        "former", "acting", "his", "her", "their", "its", "the", "state",
    ];

    private static readonly FrozenSet<string> TitleHeads = FrozenSet.Create(
        StringComparer.Ordinal,
        "minister", "president", "fm", "spokesman", "spokeswoman", "spokesperson", "counterpart", "ambassador", "envoy",
        "leader", "secretary", "diplomat", "chief", "head");

    private readonly ActorDictionary _actors;
    private readonly FrozenSet<string> _titleWords;
    private readonly FrozenSet<string> _pluralDemonyms;
    private readonly ImmutableArray<(Actor Person, ImmutableArray<string> Words)> _titles;

    /// <summary>Each title's words joined by spaces, as the rules and forms of title-only mentions name them.</summary>
    private readonly ImmutableArray<string> _titleTexts;

    /// <summary>The states whose office holders have titles: a title-only reference can follow only these.</summary>
    private readonly FrozenSet<string> _titledStates;

    /// <summary>The folded words next to matches (a few thousand distinct ones), each folded once.</summary>
    private readonly SpanStringCache _words = new(static word => TextFolding.Fold(word, foldDiacritics: true), maxEntries: 65_536, maxLength: 64);

    /// <summary>Rule texts made of a fixed phrase and an actor key or a word of the sets above: finitely many, each built once.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Prefix, string Value, string Suffix), string> _ruleTexts = new();

    public MentionRules(ActorDictionary actors)
    {
        _actors = actors;
        _titles = [.. actors.Actors
            .Where(a => a.State is not null)
            .SelectMany(a => a.Titles.Select(t => (a, Words(t))))
            .Where(t => t.Item2.Length > 0)];
        _titleWords = GenericTitleWords.Concat(_titles.SelectMany(t => t.Words)).ToFrozenSet(StringComparer.Ordinal);
        _titleTexts = [.. _titles.Select(t => string.Join(' ', t.Words))];
        _titledStates = _titles.Select(t => t.Person.State!).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        // A demonym is plural (a noun for people) when the same actor also has it without the final "s": Syrians/Syrian.
        var plural = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in actors.Actors)
        {
            var forms = actor.Demonyms.Select(d => Fold(d.Text)).ToHashSet(StringComparer.Ordinal);
            plural.UnionWith(forms.Where(f => f.EndsWith('s') && (forms.Contains(f[..^1]) || (f.EndsWith("es", StringComparison.Ordinal) && forms.Contains(f[..^2])))));
        }

        _pluralDemonyms = plural.ToFrozenSet(StringComparer.Ordinal);
    }

    public ImmutableArray<Mention> Apply(TokenizedArticle article, ImmutableArray<Mention> found)
    {
        var text = article.Text;
        if (found.IsEmpty)
        {
            return found;
        }

        var mentions = new List<Mention>(found.Length);
        foreach (var m in found)
        {
            mentions.Add(Classify(text, m));
        }

        Capitals(text, mentions);
        AbsorbTitles(text, mentions);
        var titleOnly = TitleOnly(article, mentions);
        return titleOnly.Count == 0 && InOrder(mentions)
            ? [.. mentions] // the matcher emits mentions by start, then kind: the stable sort below would keep this order
            : [.. mentions.Concat(titleOnly).OrderBy(m => m.Start).ThenBy(m => m.Kind)];
    }

    /// <summary>Whether the mentions are already ordered by start, then kind.</summary>
    private static bool InOrder(List<Mention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var (previous, current) = (mentions[i - 1], mentions[i]);
            if (current.Start < previous.Start || (current.Start == previous.Start && current.Kind < previous.Kind))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><paramref name="prefix"/> + <paramref name="value"/> + <paramref name="suffix"/>, built once per distinct value.</summary>
    private string RuleText(string prefix, string? value, string suffix = "") =>
        _ruleTexts.GetOrAdd((prefix, value ?? "", suffix), static key => key.Prefix + key.Value + key.Suffix);

    private Mention Classify(string text, Mention m)
    {
        switch (m.Kind)
        {
            case MentionKind.PersonState:
                return m with { Counted = false, Rule = RuleText("linked: the state of ", m.Via) };
            case MentionKind.Implied:
                return m with { Counted = false, Rule = RuleText("linked: named in an alias of ", m.Via) };
            case MentionKind.Demonym:
                var next = WordAfter(text, m.End, out _);
                var acts = next is not null && ActingVerbs.Contains(next);
                if (_pluralDemonyms.Contains(_words.Of(m.MatchedText)) && !acts)
                {
                    return m with { Counted = false, Rule = "demonym: people (plural)" };
                }

                if (next is not null && People.Contains(next))
                {
                    return m with { Counted = false, Rule = RuleText("demonym: people ('", next, "')") };
                }

                return m with { Rule = "demonym" };
            case MentionKind.Metonym:
                return m; // Capitals decides every metonym's rule
            default:
                return m;
        }
    }

    /// <summary>Capital or place name: venue or acting state. Decides the state's metonym and the place actor at the same words together.</summary>
    private void Capitals(string text, List<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var isPlace = m.Kind == MentionKind.Alias && _actors.Contains(m.ActorKey) && _actors[m.ActorKey].Kind == ActorKind.Place;
            if (m.Kind != MentionKind.Metonym && !isPlace)
            {
                continue;
            }

            var venue = VenueRule(text, m);
            mentions[i] = (m.Kind, venue) switch
            {
                (MentionKind.Metonym, not null) => m with { Counted = false, Rule = venue },
                (MentionKind.Metonym, null) => m with { Rule = "metonym: the state acts" },
                (_, not null) => m with { Rule = venue },
                (_, null) when HasMetonymAt(mentions, m) => m with { Counted = false, Rule = "linked: the capital stands for its state" },
                _ => m,
            };
        }
    }

    private static bool HasMetonymAt(List<Mention> mentions, Mention m)
    {
        foreach (var o in mentions)
        {
            if (o.Kind == MentionKind.Metonym && o.SameSpan(m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The venue rule ("venue: dateline", "venue: locative 'in'", …) when the capital is where something happens; else null.</summary>
    private string? VenueRule(string text, Mention m)
    {
        var lineStart = m.Start == 0 || text[m.Start - 1] == '\n' || text.AsSpan(0, m.Start).TrimEnd(" \t").EndsWith('\n');
        var after = text.AsSpan(m.End).TrimStart(' ');
        if (lineStart && after.Length > 0 && after[0] is ':' or '(' or '—' or '–')
        {
            return "venue: dateline";
        }

        var possessive = Possessive(text, m.End) > 0;
        var before = WordBefore(text, m.Start, out var beforeStart);
        if (before == "the" && beforeStart >= 0)
        {
            before = WordBefore(text, beforeStart, out _);
            if (before is not null && Locatives.Contains(before) && !possessive)
            {
                return RuleText("venue: locative '", before, " the'");
            }
        }
        else if (before is not null && Locatives.Contains(before) && !possessive)
        {
            return RuleText("venue: locative '", before, "'");
        }

        // Attributive: the capital modifies a gathering noun, next to it ("Moscow talks") or, after a determiner, a few
        // words on ("the Moscow quadripartite meeting"); "Damascus saw the talks" is the state acting.
        if (!possessive)
        {
            var determiner = WordBefore(text, m.Start, out _) is "the" or "a" or "an" or "this" or "that" or "last" or "next";
            var position = m.End;
            for (var k = 0; k < (determiner ? 3 : 1); k++)
            {
                var word = WordAfter(text, position, out var end);
                if (word is null)
                {
                    break;
                }

                if (Gatherings.Contains(word))
                {
                    return RuleText("venue: attributive '", word, "'");
                }

                position = end;
            }
        }

        return null;
    }

    /// <summary>"Turkish Foreign Minister Mevlut Cavusoglu": the state in the title is part of the one reference to the person.</summary>
    private void AbsorbTitles(string text, List<Mention> mentions)
    {
        foreach (var person in mentions.Where(m => m.Counted && IsPerson(m.ActorKey)).ToList())
        {
            var state = _actors[person.ActorKey].State;
            var position = person.Start;
            var beforeName = text.AsSpan(0, position).TrimEnd(' ');
            if (beforeName.EndsWith(","))
            {
                position = beforeName.Length - 1;
            }

            var sawHead = false;
            while (WordBefore(text, position, out var start) is { } word && _titleWords.Contains(word))
            {
                sawHead |= TitleHeads.Contains(word);
                position = start;
            }

            if (!sawHead)
            {
                continue;
            }

            var stateEnd = text.AsSpan(0, position).TrimEnd(' ').Length;
            stateEnd -= PossessiveBefore(text, stateEnd);
            var index = mentions.FindIndex(o => o.Counted && o.End == stateEnd && string.Equals(o.ActorKey, state, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                mentions[index] = mentions[index] with { Counted = false, Rule = RuleText("linked: in the title of ", person.ActorKey) };
            }
        }
    }

    /// <summary>"Syria's president": a singular title after a state, not followed by a name, is its one holder in the dictionary.</summary>
    private List<Mention> TitleOnly(TokenizedArticle article, List<Mention> mentions)
    {
        var text = article.Text;
        var added = new List<Mention>();
        if (_titles.IsEmpty)
        {
            return added;
        }

        List<(string Word, int End)>? words = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var state = mentions[i];
            if (!state.Counted || !_titledStates.Contains(state.ActorKey) || !_actors.Contains(state.ActorKey) || _actors[state.ActorKey].Kind != ActorKind.Country)
            {
                continue;
            }

            var position = state.End + Possessive(text, state.End);
            words ??= new List<(string Word, int End)>(6);
            words.Clear();
            while (words.Count < 6 && WordAfter(text, position, out var start, out var end) is { } word && OnlySpaces(text, position, start))
            {
                words.Add((word, end));
                position = end;
            }

            // The longest titles of this state that the words start with; the first of them (in dictionary order) names the rule.
            var best = -1;
            for (var t = 0; t < _titles.Length; t++)
            {
                if (TitleFits(t, state.ActorKey, words) && (best < 0 || _titles[t].Words.Length > _titles[best].Words.Length))
                {
                    best = t;
                }
            }

            if (best < 0)
            {
                continue;
            }

            var bestLength = _titles[best].Words.Length;
            var holder = _titles[best].Person.Key;
            var oneHolder = true;
            for (var t = best + 1; t < _titles.Length && oneHolder; t++)
            {
                oneHolder = _titles[t].Words.Length != bestLength || !TitleFits(t, state.ActorKey, words)
                    || string.Equals(_titles[t].Person.Key, holder, StringComparison.OrdinalIgnoreCase);
            }

            var titleEnd = words[bestLength - 1].End;
            if (!oneHolder || NameFollows(text, mentions, titleEnd))
            {
                continue;
            }

            var title = text[state.Start..titleEnd];
            var lastToken = state.FirstToken;
            while (lastToken + 1 < article.Tokens.Length && article.Tokens[lastToken + 1].Start < titleEnd)
            {
                lastToken++;
            }

            mentions[i] = state with { Counted = false, Rule = RuleText("linked: in the title of ", holder) };
            added.Add(new Mention(state.DocumentId, holder, MentionKind.Title, state.ActorKey, _titleTexts[best], title, state.Start, titleEnd, state.FirstToken, lastToken - state.FirstToken + 1, state.Sentence)
            {
                Rule = RuleText("title: ", _titleTexts[best], " of " + state.ActorKey),
            });
        }

        return added;
    }

    /// <summary>Whether title <paramref name="t"/> belongs to an office holder of <paramref name="state"/> and <paramref name="words"/> start with it.</summary>
    private bool TitleFits(int t, string state, List<(string Word, int End)> words)
    {
        var (person, titleWords) = _titles[t];
        if (titleWords.Length > words.Count || !string.Equals(person.State, state, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var k = 0; k < titleWords.Length; k++)
        {
            if (!string.Equals(titleWords[k], words[k].Word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private bool NameFollows(string text, List<Mention> mentions, int titleEnd)
    {
        foreach (var o in mentions)
        {
            if (o.Start >= titleEnd && IsPerson(o.ActorKey) && OnlySpaces(text, titleEnd, o.Start, allowComma: true))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPerson(string key) => _actors.Contains(key) && _actors[key].Kind == ActorKind.Person;

    private static ImmutableArray<string> Words(string phrase) =>
        [.. phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Fold)];

    private static string Fold(string word) => TextFolding.Fold(word, foldDiacritics: true);

    private static bool OnlySpaces(string text, int from, int to, bool allowComma = false)
    {
        for (var c = from; c < to; c++)
        {
            if (!(text[c] == ' ' || (allowComma && text[c] == ',')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    /// <summary>Length of a possessive "'s" (or a bare apostrophe) right at <paramref name="at"/>.</summary>
    private static int Possessive(string text, int at)
    {
        if (at < text.Length && IsApostrophe(text[at]))
        {
            return at + 1 < text.Length && text[at + 1] is 's' or 'S' ? 2 : 1;
        }

        return 0;
    }

    private static int PossessiveBefore(string text, int end)
    {
        if (end >= 2 && text[end - 1] is 's' or 'S' && IsApostrophe(text[end - 2]))
        {
            return 2;
        }

        return end >= 1 && IsApostrophe(text[end - 1]) ? 1 : 0;
    }

    /// <summary>The folded word that ends right before <paramref name="at"/> (after spaces), with a possessive dropped; null at punctuation.</summary>
    private string? WordBefore(string text, int at, out int start)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var wordEnd = end - PossessiveBefore(text, end);
        start = wordEnd;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || (text[start - 1] == '-' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        return start == wordEnd ? null : _words.Of(text.AsSpan(start, wordEnd - start));
    }

    /// <summary>The folded word that starts after <paramref name="at"/> (after a possessive and spaces), and where it ends; null at punctuation.</summary>
    private string? WordAfter(string text, int at, out int end) => WordAfter(text, at, out _, out end);

    private string? WordAfter(string text, int at, out int start, out int end)
    {
        start = at + Possessive(text, at);
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            end++;
        }

        return end == start ? null : _words.Of(text.AsSpan(start, end - start));
    }
}
