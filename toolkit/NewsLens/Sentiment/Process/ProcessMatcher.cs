using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsLens.Mentions;
using NewsLens.Stories;
using NewsLens.Text;

namespace NewsLens.Sentiment.Process;

/// <summary>
/// Finds the sentences of an article that are about a process: by the words that name it (checked to be about the
/// target pair when the sentence names other countries), by its events near a participant, and, once the article is
/// about the process, by its events, references back, both participants together and sentences that continue the
/// previous one. Participants are actor keys resolved through the actor dictionary, so aliases, demonyms, capitals
/// and the people who speak for a state all count. Thread-safe.
/// </summary>
public sealed class ProcessMatcher
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

    private readonly ProcessPatternSet _relations;
    private readonly ProcessPatternSet _events;
    private readonly ProcessPatternSet _references;
    private readonly FrozenDictionary<string, int> _participants;

    public ProcessMatcher(ProcessDefinition process, MentionMatcher? actors = null)
    {
        Process = process;
        Actors = actors;
        _relations = new ProcessPatternSet(process.Relations);
        _events = new ProcessPatternSet(process.Events);
        _references = new ProcessPatternSet(process.References);
        _participants = actors is null
            ? FrozenDictionary<string, int>.Empty
            : process.Participants.Distinct(StringComparer.Ordinal).Select((key, index) => (key, index)).ToFrozenDictionary(p => p.key, p => p.index, StringComparer.Ordinal);
    }

    public ProcessDefinition Process { get; }

    public MentionMatcher? Actors { get; }

    /// <summary>Per sentence of the article: why it is about the process, or null when it is not.</summary>
    public ImmutableArray<ProcessMatch?> Match(TokenizedArticle article) => Match(article, Actors?.Find(article) ?? []);

    /// <summary>As <see cref="Match(TokenizedArticle)"/>, with the article's actor mentions already found.</summary>
    public ImmutableArray<ProcessMatch?> Match(TokenizedArticle article, ImmutableArray<Mention> mentions)
    {
        using var words = new ArticleWords(article, mentions);
        var sentences = article.Sentences.Length;
        var matches = new ProcessMatch?[sentences];
        var otherPair = new bool[sentences];
        var aboutProcess = false;
        for (var s = 0; s < sentences; s++)
        {
            var view = new SentenceView(words, s);
            matches[s] = Direct(view, out otherPair[s]);
            aboutProcess |= matches[s] is { Rule: ProcessRule.Relation }
                || (matches[s] is { Rule: ProcessRule.EventWithParticipant } && NamesAllParticipants(view));
        }

        if (aboutProcess)
        {
            for (var s = 0; s < sentences; s++)
            {
                if (!otherPair[s])
                {
                    matches[s] ??= InContext(new SentenceView(words, s), s > 0 && matches[s - 1] is not null);
                }
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(matches);
    }

    /// <param name="view">The sentence.</param>
    /// <param name="otherPair">Set when the sentence's only relation words are about another pair: then no context rule may take it.</param>
    private ProcessMatch? Direct(SentenceView view, out bool otherPair)
    {
        otherPair = false;
        var count = _relations.Count;
        Span<int> firsts = count <= ProcessPatternSet.StackLimit ? stackalloc int[count] : new int[count];
        Span<int> lasts = count <= ProcessPatternSet.StackLimit ? stackalloc int[count] : new int[count];
        var found = _relations.FindEach(view.Words, view.ClauseBreakBefore, firsts, lasts);
        for (var p = 0; p < found; p++)
        {
            if (firsts[p] < 0)
            {
                continue;
            }

            if (IsAboutTargetPair(view, firsts[p]))
            {
                otherPair = false;
                return new ProcessMatch(ProcessRule.Relation, view.Span((firsts[p], lasts[p])));
            }

            otherPair = true;
        }

        if (_participants.Count > 0 && DistinctParticipants(view, 0, view.Words.Length - 1, anyWord: true) > 0
            && _events.FindFirst(view.Words, view.ClauseBreakBefore) is { } hit)
        {
            return new ProcessMatch(ProcessRule.EventWithParticipant, $"{view.Span(hit)} + {string.Join(", ", ParticipantWords(view))}");
        }

        return null;
    }

    private ProcessMatch? InContext(SentenceView view, bool previousAbout)
    {
        if (_events.FindFirst(view.Words, view.ClauseBreakBefore) is { } hit)
        {
            return new ProcessMatch(ProcessRule.EventInContext, view.Span(hit));
        }

        if (_references.FindFirst(view.Words, view.ClauseBreakBefore) is { } reference)
        {
            return new ProcessMatch(ProcessRule.Reference, view.Span(reference));
        }

        if (NamesAllParticipants(view))
        {
            return new ProcessMatch(ProcessRule.Participants, string.Join(", ", ParticipantWords(view)));
        }

        if (previousAbout && Anaphor(view) is { } anaphor)
        {
            return new ProcessMatch(ProcessRule.Continuation, anaphor);
        }

        return null;
    }

    private bool NamesAllParticipants(SentenceView view) =>
        _participants.Count >= 2 && DistinctParticipants(view, 0, view.Words.Length - 1, anyWord: true) == _participants.Count;

    /// <summary>How many different participants the sentence's mentions name (only those on words [first, last] unless <paramref name="anyWord"/>).</summary>
    private int DistinctParticipants(SentenceView view, int first, int last, bool anyWord)
    {
        Span<bool> seen = _participants.Count <= ProcessPatternSet.StackLimit ? stackalloc bool[_participants.Count] : new bool[_participants.Count];
        var distinct = 0;
        foreach (var (mention, word) in view.Mentions)
        {
            if ((anyWord || (word >= first && word <= last)) && _participants.TryGetValue(mention.ActorKey, out var index) && !seen[index])
            {
                seen[index] = true;
                distinct++;
            }
        }

        return distinct;
    }

    /// <summary>The participants' names as the sentence writes them, each once, in order.</summary>
    private List<string> ParticipantWords(SentenceView view)
    {
        var words = new List<string>();
        foreach (var (mention, _) in view.Mentions)
        {
            if (_participants.ContainsKey(mention.ActorKey) && !words.Contains(mention.MatchedText, StringComparer.Ordinal))
            {
                words.Add(mention.MatchedText);
            }
        }

        return words;
    }

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

        if (DistinctParticipants(view, 0, view.Words.Length - 1, anyWord: true) >= 2)
        {
            return true;
        }

        var (first, last) = view.ClauseOf(word);
        var others = false;
        foreach (var (mention, at) in view.Mentions)
        {
            others |= at >= first && at <= last
                && !_participants.ContainsKey(mention.ActorKey)
                && mention.Kind is MentionKind.Alias or MentionKind.Metonym or MentionKind.Demonym
                && Actors.Actors.Contains(mention.ActorKey)
                && Actors.Actors[mention.ActorKey].Kind is ActorKind.Country or ActorKind.Organisation;
        }

        return !others || DistinctParticipants(view, first, last, anyWord: false) >= 2;
    }

    private static string? Anaphor(SentenceView view)
    {
        var k = 0;
        while (k < view.Words.Length && Connectives.Contains(view.Words[k]))
        {
            k++;
        }

        if (k < view.Words.Length && Anaphors.Contains(view.Words[k]))
        {
            return view.Original(k);
        }

        for (var j = 0; j + 1 < view.Words.Length; j++)
        {
            if (Demonstratives.Contains(view.Words[j]) && !TimeWords.Contains(view.Words[j + 1]))
            {
                return $"{view.Original(j)} {view.Original(j + 1)}";
            }
        }

        return null;
    }

    /// <summary>
    /// The words of an article (folded), where clauses break and the actor mentions by word, read once per article;
    /// sentence by sentence through <see cref="SentenceView"/>. The per-token arrays come from the shared pool (they live for one <see cref="Match(TokenizedArticle, ImmutableArray{Mention})"/>
    /// and may be longer than the article's words; only the ranges <see cref="FirstWord"/> gives are read).
    /// </summary>
    private sealed class ArticleWords : IDisposable
    {
        public ArticleWords(TokenizedArticle article, ImmutableArray<Mention> mentions)
        {
            Article = article;
            var sentences = article.Sentences;
            var folded = FoldedTokens.Of(article);
            Words = ArrayPool<string>.Shared.Rent(article.Tokens.Length);
            Tokens = ArrayPool<int>.Shared.Rent(article.Tokens.Length);
            ClauseBreakBefore = ArrayPool<bool>.Shared.Rent(article.Tokens.Length);
            FirstWord = new int[sentences.Length + 1];
            var w = 0;
            for (var s = 0; s < sentences.Length; s++)
            {
                FirstWord[s] = w;
                var pendingBreak = false;
                for (var t = sentences[s].FirstToken; t < sentences[s].FirstToken + sentences[s].TokenCount; t++)
                {
                    var token = article.Tokens[t];
                    if (token.IsWordLike)
                    {
                        (Words[w], Tokens[w], ClauseBreakBefore[w]) = (folded[t], t, pendingBreak);
                        pendingBreak = false;
                        w++;
                    }
                    else
                    {
                        pendingBreak |= ClauseScope.IsClauseBreak(token.Slice(article.Text));
                    }
                }
            }

            FirstWord[sentences.Length] = w;
            (Mentions, FirstMention) = Locate(mentions, sentences.Length);
        }

        public TokenizedArticle Article { get; }

        public void Dispose()
        {
            ArrayPool<string>.Shared.Return(Words, clearArray: true); // the pool must not keep the words alive
            ArrayPool<int>.Shared.Return(Tokens);
            ArrayPool<bool>.Shared.Return(ClauseBreakBefore);
        }

        /// <summary>Every word-like token's folded form, sentence after sentence.</summary>
        public string[] Words { get; }

        /// <summary>The token each word is.</summary>
        public int[] Tokens { get; }

        public bool[] ClauseBreakBefore { get; }

        /// <summary>Where each sentence's words start in <see cref="Words"/> (one more item: the end).</summary>
        public int[] FirstWord { get; }

        /// <summary>The mentions grouped by sentence (in their order within one), each with its word within the sentence.</summary>
        public (Mention Mention, int Word)[] Mentions { get; }

        public int[] FirstMention { get; }

        private ((Mention Mention, int Word)[] Located, int[] FirstMention) Locate(ImmutableArray<Mention> mentions, int sentences)
        {
            var firstMention = new int[sentences + 1];
            foreach (var mention in mentions)
            {
                if (mention.Sentence >= 0 && mention.Sentence < sentences)
                {
                    firstMention[mention.Sentence + 1]++;
                }
            }

            for (var s = 0; s < sentences; s++)
            {
                firstMention[s + 1] += firstMention[s];
            }

            var located = new (Mention, int)[firstMention[sentences]];
            var next = firstMention[..sentences];
            foreach (var mention in mentions)
            {
                if (mention.Sentence >= 0 && mention.Sentence < sentences)
                {
                    located[next[mention.Sentence]++] = (mention, WordOf(mention, mention.Sentence));
                }
            }

            return (located, firstMention);
        }

        /// <summary>The word of the sentence that the mention starts on (or the nearest one after it, within the sentence).</summary>
        private int WordOf(Mention mention, int sentence)
        {
            var (first, count) = (FirstWord[sentence], FirstWord[sentence + 1] - FirstWord[sentence]);
            var found = Array.BinarySearch(Tokens, first, count, mention.FirstToken);
            return found >= 0 ? found - first : Math.Min(~found - first, Math.Max(0, count - 1));
        }
    }

    /// <summary>One sentence of an <see cref="ArticleWords"/>: its words, clause breaks and mentions.</summary>
    private readonly struct SentenceView(ArticleWords article, int sentence)
    {
        private int FirstWord => article.FirstWord[sentence];

        public ReadOnlySpan<string> Words => article.Words.AsSpan(FirstWord, article.FirstWord[sentence + 1] - FirstWord);

        public ReadOnlySpan<bool> ClauseBreakBefore => article.ClauseBreakBefore.AsSpan(FirstWord, article.FirstWord[sentence + 1] - FirstWord);

        public ReadOnlySpan<(Mention Mention, int Word)> Mentions =>
            article.Mentions.AsSpan(article.FirstMention[sentence], article.FirstMention[sentence + 1] - article.FirstMention[sentence]);

        public string Original(int word) => article.Article[article.Tokens[FirstWord + word]];

        /// <summary>The text of words [First, Last] as written (gaps included).</summary>
        public string Span((int First, int Last) hit)
        {
            var (text, tokens) = (article.Article.Text, article.Article.Tokens);
            return text[tokens[article.Tokens[FirstWord + hit.First]].Start..tokens[article.Tokens[FirstWord + hit.Last]].End];
        }

        /// <summary>The first and last word of the clause holding <paramref name="word"/>.</summary>
        public (int First, int Last) ClauseOf(int word)
        {
            var breaks = ClauseBreakBefore;
            var first = word;
            while (first > 0 && !breaks[first])
            {
                first--;
            }

            var last = word;
            while (last + 1 < breaks.Length && !breaks[last + 1])
            {
                last++;
            }

            return (first, last);
        }
    }
}
