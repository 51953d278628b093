using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NewsLens.Text;

namespace NewsLens.Mentions;

/// <summary>
/// Finds actor mentions in tokenized articles. Every alias, demonym and metonym of the dictionary becomes a form of
/// folded tokens (case-, diacritic- and Turkish-dotless-i-insensitive, hyphenated tokens cut into their parts). The
/// text is scanned left to right; at each position the longest form that fits wins and the scan continues after it,
/// so overlapping forms are never double-counted ("Assad regime" is one match, not "Assad" plus a regime).
/// A match never crosses a sentence boundary. One match can name several actors (its own actor, actors it implies,
/// a person's state); each becomes its own labelled <see cref="Mention"/>, at most one per actor per match.
/// </summary>
public sealed class MentionMatcher
{
    private readonly Node _root = new();
    /// <summary>
    /// The diacritic folds of the units that are not plain ASCII (quotes, dashes, names with diacritics: few distinct
    /// ones in a corpus), so each is folded once, not once per occurrence.
    /// </summary>
    private readonly SpanStringCache _foldCache = new(static unit => TextFolding.Fold(unit, foldDiacritics: true), maxEntries: 16_384, maxLength: 64);

    /// <summary>The text of each match as written (a few thousand distinct names and demonyms in a corpus), one string each.</summary>
    private readonly SpanStringCache _matchedTexts = new(static text => text.ToString(), maxEntries: 16_384, maxLength: 64);
    private readonly MentionRules _rules;

    public MentionMatcher(ActorDictionary actors, MentionOptions? options = null)
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

        _root.Freeze();
        _rules = new MentionRules(actors);
    }

    public ActorDictionary Actors { get; }

    public MentionOptions Options { get; }

    /// <summary>
    /// The actor a speaker phrase names by its head, the name it ends with ("Turkish Foreign Minister Mevlut Cavusoglu" is
    /// Çavuşoğlu), or null. Words before the head only describe it: "pro-Syrian regime outlet Al Watan" is not Syria, and
    /// "a senior Turkish official" is not Turkey. Fits the attribution extractor's <c>actorOf</c> link.
    /// </summary>
    public string? ActorOf(string speaker)
    {
        if (string.IsNullOrWhiteSpace(speaker))
        {
            return null;
        }

        var article = new TokenizedArticle(new Corpora.Article("speaker", speaker, speaker, Corpora.DocumentVariables.Empty, Corpora.CleaningAudit.None, "speaker"));
        var words = article.Tokens.Where(t => t.IsWordLike).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var headEnd = words[^1].End;
        return Find(article)
            .Where(m => m.Kind == MentionKind.Alias && m.End == headEnd)
            .OrderBy(m => m.Start)
            .Select(m => m.ActorKey)
            .FirstOrDefault();
    }

    /// <remarks>
    /// Thread-safe: once built, the matcher only reads its form tree (and fills a thread-safe fold cache). A unit
    /// walks down the tree only while it folds to a unit that can follow; most tokens are turned away by a filter on
    /// their length and three of their characters, without being folded, and nothing is allocated until a form matches.
    /// </remarks>
    public ImmutableArray<Mention> Find(TokenizedArticle article) => _rules.Apply(article, Match(article));

    /// <summary>
    /// The matches alone, before the context rules of <see cref="MentionRules"/> decide what is counted: every form
    /// found, each actor it names as a mention with <see cref="Mention.Counted"/> true.
    /// </summary>
    public ImmutableArray<Mention> Match(TokenizedArticle article)
    {
        var text = article.Text;
        var tokens = article.Tokens.AsSpan();
        var buffer = ArrayPool<UnitSpan>.Shared.Rent(tokens.Length + 16);
        try
        {
            var units = buffer.AsSpan(0, MatchUnit.Spans(text, tokens, ref buffer));
            Span<char> folded = stackalloc char[MatchUnit.StackFoldLimit];
            ImmutableArray<Mention>.Builder? mentions = null;
            var i = 0;
            while (i < units.Length)
            {
                var (length, node) = LongestMatch(text, units, i, article, folded);
                if (node is null)
                {
                    i++;
                    continue;
                }

                var first = units[i];
                var last = units[i + length - 1];
                var matched = _matchedTexts.Of(text.AsSpan(first.Start, last.End - first.Start));
                var sentence = article.SentenceOf(first.Token);
                mentions ??= ImmutableArray.CreateBuilder<Mention>();
                foreach (var target in node.TargetsMatching(text, units, i))
                {
                    mentions.Add(new Mention(article.Id, target.ActorKey, target.Kind, target.Via, target.Form, matched, first.Start, last.End, first.Token, last.Token - first.Token + 1, sentence));
                }

                i += length;
            }

            return mentions is null ? [] : mentions.ToImmutable();
        }
        finally
        {
            ArrayPool<UnitSpan>.Shared.Return(buffer);
        }
    }

    /// <summary>The longest form (in units) that starts at <paramref name="start"/>, and its tree node; (0, null) when none fits.</summary>
    private (int Length, Node? Node) LongestMatch(string text, ReadOnlySpan<UnitSpan> units, int start, TokenizedArticle article, Span<char> folded)
    {
        var node = _root;
        (int Length, Node? Node) best = (0, null);
        var sentence = -2;
        for (var j = start; j < units.Length; j++)
        {
            if (!node.TryGetChild(text.AsSpan(units[j].Start, units[j].End - units[j].Start), units[j].Ascii, folded, _foldCache, out var next))
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
            if (node.AcceptsAny(text, units, start))
            {
                best = (j - start + 1, node);
            }
        }

        return best;
    }

    private static bool SameCase(string text, ReadOnlySpan<UnitSpan> units, int start, ImmutableArray<string> formUnits)
    {
        for (var k = 0; k < formUnits.Length; k++)
        {
            var unit = units[start + k];
            if (!text.AsSpan(unit.Start, unit.End - unit.Start).SequenceEqual(formUnits[k]))
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
        var units = MatchUnit.OfForm(form.Text);
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

        node.Entries.Add(new FormEntry(targets, form.MatchCase || IsCaseSensitiveAcronym(form.Text), [.. units.Select(u => u.Original(form.Text).ToString())]));
    }

    /// <summary>
    /// An all-capital alias such as "US", "UN" or "WHO" is an acronym that is also an ordinary word in lower case:
    /// in a lower-cased corpus "us" is the pronoun. Short (up to three letters) or stop-word acronyms therefore match
    /// only as written, whatever the dictionary says; longer ones ("NATO") match in any case.
    /// </summary>
    internal static bool IsCaseSensitiveAcronym(string form)
    {
        var letters = form.Where(char.IsLetter).ToArray();
        if (letters.Length < 2 || letters.Length != form.Count(c => !char.IsWhiteSpace(c)) || !letters.All(char.IsUpper))
        {
            return false;
        }

        return letters.Length <= 3 || StopWords.English.Contains(form);
    }

    private sealed record Target(string ActorKey, MentionKind Kind, string? Via, string Form);

    private sealed record FormEntry(ImmutableArray<Target> Targets, bool MatchCase, ImmutableArray<string> Units);

    /// <summary>
    /// A node of the form tree: the units so far, the forms that end here and the units that can follow. Built with a
    /// plain dictionary, then frozen (<see cref="Freeze"/>) for span lookups.
    /// </summary>
    private sealed class Node
    {
        private FrozenDictionary<string, Node> _children = FrozenDictionary<string, Node>.Empty;
        private FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
        private WordFilter? _filter;
        private bool _anyMatchCase;
        private ImmutableArray<Target> _allTargets = [];

        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public List<FormEntry> Entries { get; } = [];

        public void Freeze()
        {
            foreach (var child in Children.Values)
            {
                child.Freeze();
            }

            _children = Children.ToFrozenDictionary(StringComparer.Ordinal);
            if (_children.Count > 0)
            {
                _bySpan = _children.GetAlternateLookup<ReadOnlySpan<char>>();
                _filter = new WordFilter(_children.Keys);
            }

            _anyMatchCase = Entries.Exists(e => e.MatchCase);
            _allTargets = Resolve(Entries);
        }

        /// <summary>
        /// The child for a unit as written. A plain-ASCII unit is first checked against the children's filter with
        /// its folded length and first, middle and last character, and only then folded on the stack and looked up;
        /// any other unit is folded as a string (once per distinct unit, by the cache).
        /// </summary>
        public bool TryGetChild(ReadOnlySpan<char> unit, bool ascii, Span<char> folded, SpanStringCache cache, [NotNullWhen(true)] out Node? child)
        {
            child = null;
            if (_filter is null)
            {
                return false;
            }

            if (ascii && unit.Length <= folded.Length)
            {
                // Plain ASCII folds the same with or without diacritic folding, one character at a time.
                return _filter.MayContain(unit.Length, TextFolding.FoldChar(unit[0]), TextFolding.FoldChar(unit[unit.Length >> 1]), TextFolding.FoldChar(unit[^1]))
                    && TextFolding.TryFold(unit, folded, out _)
                    && _bySpan.TryGetValue(folded[..unit.Length], out child);
            }

            return _children.TryGetValue(cache.Of(unit), out child);
        }

        /// <summary>True when some form ending here fits the text starting at unit <paramref name="start"/> (a matchCase form must match as written).</summary>
        public bool AcceptsAny(string text, ReadOnlySpan<UnitSpan> units, int start)
        {
            if (!_anyMatchCase)
            {
                return Entries.Count > 0;
            }

            foreach (var entry in Entries)
            {
                if (!entry.MatchCase || SameCase(text, units, start, entry.Units))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The actors one match here names: every target of the accepted forms, by kind, each actor once.</summary>
        public ImmutableArray<Target> TargetsMatching(string text, ReadOnlySpan<UnitSpan> units, int start)
        {
            if (!_anyMatchCase)
            {
                return _allTargets;
            }

            var accepted = new List<FormEntry>(Entries.Count);
            foreach (var entry in Entries)
            {
                if (!entry.MatchCase || SameCase(text, units, start, entry.Units))
                {
                    accepted.Add(entry);
                }
            }

            return Resolve(accepted);
        }

        private static ImmutableArray<Target> Resolve(List<FormEntry> entries)
        {
            var emitted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            return [.. entries.SelectMany(e => e.Targets).OrderBy(t => t.Kind).Where(t => emitted.Add(t.ActorKey))];
        }
    }
}
