// The process matcher as it was before the allocation-lean rewrite (issue 15), kept verbatim as the oracle the fast
// matcher is compared against: the same match, rule and words for every sentence. Test code only.
// A rule that changes on purpose changes here in the same commit; once the fast matcher has stood for a while, this
// oracle and its equivalence tests can go.
using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsLens.Mentions;
using NewsLens.Stories;
using NewsLens.Sentiment.Process;
using NewsLens.Sentiment;
using NewsLens.Text;

namespace NewsLens.Tests.Sentiment.Legacy;

/// <summary>
/// Finds the sentences of an article that are about a process: by the words that name it (checked to be about the
/// target pair when the sentence names other countries), by its events near a participant, and, once the article is
/// about the process, by its events, references back, both participants together and sentences that continue the
/// previous one. Participants are actor keys resolved through the actor dictionary, so aliases, demonyms, capitals
/// and the people who speak for a state all count. Thread-safe.
/// </summary>
public sealed class LegacyProcessMatcher
{
    /// <summary>Words that, opening a sentence, refer back to what the previous sentence was about.</summary>
    private static readonly FrozenSet<string> Anaphors = new[]
    {
        "it", "this", "that", "these", "those", "he", "she", "his", "her", "they", "their", "its", "such",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Connectives skipped before an opening anaphor ("However, it ...").</summary>
    private static readonly FrozenSet<string> Connectives = new[]
    {
        "however", "but", "and", "meanwhile", "yet", "also", "still", "so", "moreover",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Demonstratives that refer back from anywhere in a sentence ("progress on this matter").</summary>
    private static readonly FrozenSet<string> Demonstratives = new[] { "this", "these" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Time words after a demonstrative make a time expression ("this month"), not a reference back.</summary>
    private static readonly FrozenSet<string> TimeWords = new[]
    {
        "week", "weekend", "month", "year", "time", "morning", "afternoon", "evening", "summer", "spring", "autumn",
        "winter", "fall", "season", "decade", "century", "day", "days", "weeks", "months", "years",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly ImmutableArray<ProcessPattern> _relations;
    private readonly ImmutableArray<ProcessPattern> _events;
    private readonly ImmutableArray<ProcessPattern> _references;
    private readonly FrozenSet<string> _participants;

    public LegacyProcessMatcher(ProcessDefinition process, MentionMatcher? actors = null)
    {
        Process = process;
        Actors = actors;
        _relations = [.. process.Relations.Select(ProcessPattern.Parse)];
        _events = [.. process.Events.Select(ProcessPattern.Parse)];
        _references = [.. process.References.Select(ProcessPattern.Parse)];
        _participants = actors is null ? FrozenSet<string>.Empty : process.Participants.ToFrozenSet(StringComparer.Ordinal);
    }

    public ProcessDefinition Process { get; }

    public MentionMatcher? Actors { get; }

    /// <summary>Per sentence of the article: why it is about the process, or null when it is not.</summary>
    public ImmutableArray<ProcessMatch?> Match(TokenizedArticle article) => Match(article, Actors?.Find(article) ?? []);

    /// <summary>As <see cref="Match(TokenizedArticle)"/>, with the article's actor mentions already found.</summary>
    public ImmutableArray<ProcessMatch?> Match(TokenizedArticle article, ImmutableArray<Mention> mentions)
    {
        var sentences = article.Sentences;
        var views = new SentenceView[sentences.Length];
        var mentionsOf = mentions.ToLookup(m => m.Sentence);
        for (var s = 0; s < sentences.Length; s++)
        {
            views[s] = SentenceView.Of(article, sentences[s], mentionsOf[s]);
        }

        var matches = new ProcessMatch?[sentences.Length];
        var otherPair = new bool[sentences.Length];
        var aboutProcess = false;
        for (var s = 0; s < views.Length; s++)
        {
            matches[s] = Direct(views[s], out otherPair[s]);
            aboutProcess |= matches[s] is { Rule: ProcessRule.Relation }
                || (matches[s] is { Rule: ProcessRule.EventWithParticipant } && NamesAllParticipants(views[s]));
        }

        if (!aboutProcess)
        {
            return [.. matches];
        }

        for (var s = 0; s < views.Length; s++)
        {
            if (!otherPair[s])
            {
                matches[s] ??= InContext(views[s], s > 0 && matches[s - 1] is not null);
            }
        }

        return [.. matches];
    }

    /// <param name="view">The sentence.</param>
    /// <param name="otherPair">Set when the sentence's only relation words are about another pair: then no context rule may take it.</param>
    private ProcessMatch? Direct(SentenceView view, out bool otherPair)
    {
        otherPair = false;
        foreach (var relation in _relations)
        {
            if (relation.FindIn(view.Words, view.ClauseBreakBefore) is { } hit)
            {
                if (IsAboutTargetPair(view, hit.First))
                {
                    otherPair = false;
                    return new ProcessMatch(ProcessRule.Relation, view.Span(hit));
                }

                otherPair = true;
            }
        }

        if (_participants.Count > 0 && view.Participants(_participants).Any())
        {
            foreach (var pattern in _events)
            {
                if (pattern.FindIn(view.Words, view.ClauseBreakBefore) is { } hit)
                {
                    return new ProcessMatch(ProcessRule.EventWithParticipant, $"{view.Span(hit)} + {string.Join(", ", view.ParticipantWords(_participants))}");
                }
            }
        }

        return null;
    }

    private ProcessMatch? InContext(SentenceView view, bool previousAbout)
    {
        foreach (var pattern in _events)
        {
            if (pattern.FindIn(view.Words, view.ClauseBreakBefore) is { } hit)
            {
                return new ProcessMatch(ProcessRule.EventInContext, view.Span(hit));
            }
        }

        foreach (var pattern in _references)
        {
            if (pattern.FindIn(view.Words, view.ClauseBreakBefore) is { } hit)
            {
                return new ProcessMatch(ProcessRule.Reference, view.Span(hit));
            }
        }

        if (NamesAllParticipants(view))
        {
            return new ProcessMatch(ProcessRule.Participants, string.Join(", ", view.ParticipantWords(_participants)));
        }

        if (previousAbout && Anaphor(view) is { } anaphor)
        {
            return new ProcessMatch(ProcessRule.Continuation, anaphor);
        }

        return null;
    }

    private bool NamesAllParticipants(SentenceView view) =>
        _participants.Count >= 2 && view.Participants(_participants).Distinct(StringComparer.Ordinal).Count() == _participants.Count;

    /// <summary>
    /// A relation word is about the target pair unless its clause names another country or organisation while neither
    /// the clause nor the sentence names two participants ("Riyadh will next be normalising ties with Damascus" is
    /// another pair). A relation word after a demonstrative ("this reconciliation") refers back to the process.
    /// </summary>
    private bool IsAboutTargetPair(SentenceView view, int word)
    {
        if (_participants.Count < 2 || Actors is null)
        {
            return true;
        }

        if (word > 0 && Demonstratives.Contains(view.Words[word - 1]))
        {
            return true;
        }

        if (view.Participants(_participants).Distinct(StringComparer.Ordinal).Count() >= 2)
        {
            return true;
        }

        var (first, last) = view.ClauseOf(word);
        var inClause = view.Mentions.Where(m => m.Word >= first && m.Word <= last).ToList();
        var others = inClause.Any(m => !_participants.Contains(m.Mention.ActorKey)
            && m.Mention.Kind is MentionKind.Alias or MentionKind.Metonym or MentionKind.Demonym
            && Actors.Actors.Contains(m.Mention.ActorKey)
            && Actors.Actors[m.Mention.ActorKey].Kind is ActorKind.Country or ActorKind.Organisation);
        if (!others)
        {
            return true;
        }

        return inClause.Where(m => _participants.Contains(m.Mention.ActorKey)).Select(m => m.Mention.ActorKey).Distinct(StringComparer.Ordinal).Count() >= 2;
    }

    private static string? Anaphor(SentenceView view)
    {
        var k = 0;
        while (k < view.Words.Count && Connectives.Contains(view.Words[k]))
        {
            k++;
        }

        if (k < view.Words.Count && Anaphors.Contains(view.Words[k]))
        {
            return view.Original(k);
        }

        for (var j = 0; j + 1 < view.Words.Count; j++)
        {
            if (Demonstratives.Contains(view.Words[j]) && !TimeWords.Contains(view.Words[j + 1]))
            {
                return $"{view.Original(j)} {view.Original(j + 1)}";
            }
        }

        return null;
    }

    /// <summary>The words of one sentence (folded), where its clauses break, and the actor mentions in it by word index.</summary>
    private sealed class SentenceView
    {
        private readonly TokenizedArticle _article;
        private readonly List<int> _tokens;

        private SentenceView(TokenizedArticle article, List<string> words, List<int> tokens, List<bool> clauseBreakBefore, List<(Mention Mention, int Word)> mentions)
        {
            _article = article;
            Words = words;
            _tokens = tokens;
            ClauseBreakBefore = clauseBreakBefore;
            Mentions = mentions;
        }

        public List<string> Words { get; }

        public List<bool> ClauseBreakBefore { get; }

        public List<(Mention Mention, int Word)> Mentions { get; }

        public static SentenceView Of(TokenizedArticle article, Sentence sentence, IEnumerable<Mention> mentions)
        {
            var folded = FoldedTokens.Of(article);
            var words = new List<string>(sentence.TokenCount);
            var tokens = new List<int>(sentence.TokenCount);
            var breaks = new List<bool>(sentence.TokenCount);
            var pendingBreak = false;
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var token = article.Tokens[t];
                if (token.IsWordLike)
                {
                    words.Add(folded[t]);
                    tokens.Add(t);
                    breaks.Add(pendingBreak);
                    pendingBreak = false;
                }
                else
                {
                    pendingBreak |= ClauseScope.IsClauseBreak(token.Slice(article.Text));
                }
            }

            var located = mentions
                .Select(m => (Mention: m, Word: tokens.BinarySearch(m.FirstToken)))
                .Select(m => (m.Mention, Word: m.Word >= 0 ? m.Word : Math.Min(~m.Word, Math.Max(0, tokens.Count - 1))))
                .ToList();
            return new SentenceView(article, words, tokens, breaks, located);
        }

        public IEnumerable<string> Participants(FrozenSet<string> participants) =>
            Mentions.Select(m => m.Mention.ActorKey).Where(participants.Contains);

        public IEnumerable<string> ParticipantWords(FrozenSet<string> participants) =>
            Mentions.Where(m => participants.Contains(m.Mention.ActorKey)).Select(m => m.Mention.MatchedText).Distinct(StringComparer.Ordinal);

        public string Original(int word) => _article[_tokens[word]];

        /// <summary>The text of words [First, Last] as written (gaps included).</summary>
        public string Span((int First, int Last) hit) =>
            _article.Text[_article.Tokens[_tokens[hit.First]].Start.._article.Tokens[_tokens[hit.Last]].End];

        /// <summary>The first and last word of the clause holding <paramref name="word"/>.</summary>
        public (int First, int Last) ClauseOf(int word)
        {
            var first = word;
            while (first > 0 && !ClauseBreakBefore[first])
            {
                first--;
            }

            var last = word;
            while (last + 1 < Words.Count && !ClauseBreakBefore[last + 1])
            {
                last++;
            }

            return (first, last);
        }
    }
}
