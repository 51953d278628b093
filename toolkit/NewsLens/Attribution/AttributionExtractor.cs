using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NewsLens.Text;

namespace NewsLens.Attribution;

/// <summary>
/// Finds who is quoted or cited, sentence by sentence, with rules on tokens (no parser): "X said/stated/told/added…",
/// "according to X", "“…,” said X", "X quoted/reported Y as saying", anonymous sources ("a senior Turkish official",
/// "Turkish sources"), pronouns resolved to the article's previous speaker, and a quotation that continues in the next
/// sentence. A speaker is a run of capitalised words and speaker words (official, sources, ministry, media…) next to
/// the cue; a candidate whose last word is neither a name nor a speaker word is rejected, which keeps precision up.
/// </summary>
public sealed partial class AttributionExtractor
{
    public const string AccordingTo = "according to";

    public const string ContinuedQuote = "continued quote";

    private static readonly ConditionalWeakTable<TokenizedArticle, StrongBox<ImmutableArray<SpeakerAttribution>>> Cache = new();

    private readonly Func<string, string?>? _actorOf;

    /// <param name="actorOf">Optional link from a speaker's text to an actor key (for example an actor dictionary's lookup); null leaves ActorKey empty.</param>
    public AttributionExtractor(Func<string, string?>? actorOf = null) => _actorOf = actorOf;

    /// <summary>Every attribution in the corpus, article by article.</summary>
    public ImmutableArray<SpeakerAttribution> Extract(TokenizedCorpus corpus) => [.. corpus.Articles.SelectMany(a => Extract(a))];

    /// <summary>Every attribution in the article, in text order.</summary>
    public ImmutableArray<SpeakerAttribution> Extract(TokenizedArticle article)
    {
        // Extraction without an actor resolver is a pure function of the article: cache it for SpeakerOf's per-sentence calls.
        var plain = Cache.GetValue(article, a => new(ExtractPlain(a))).Value;
        return _actorOf is null ? plain : [.. plain.Select(a => a with { ActorKey = _actorOf(a.ResolvedSpeaker) })];
    }

    /// <summary>
    /// The speaker of a sentence (the first attribution in it, pronouns resolved), or null when nobody is quoted or cited
    /// there or the speaker is a pronoun with nothing to refer to. Meant as a sentiment speaker resolver.
    /// </summary>
    public string? SpeakerOf(TokenizedArticle article, Sentence sentence)
    {
        var index = article.Sentences.IndexOf(sentence);
        if (index < 0)
        {
            throw new ArgumentException("The sentence does not belong to the article.", nameof(sentence));
        }

        var first = Extract(article).FirstOrDefault(a => a.SentenceIndex == index);
        return first is null || first.Kind == SpeakerKind.Unresolved ? null : first.ResolvedSpeaker;
    }

    private static ImmutableArray<SpeakerAttribution> ExtractPlain(TokenizedArticle article)
    {
        var found = new List<SpeakerAttribution>();
        for (var s = 0; s < article.Sentences.Length; s++)
        {
            var reader = new SentenceReader(article, s);
            var inSentence = new List<SpeakerAttribution>();
            foreach (var candidate in reader.Candidates())
            {
                var attribution = Resolve(candidate, found, inSentence, article);
                if (!inSentence.Any(a => Overlaps(a, attribution) || (a.ResolvedSpeaker == attribution.ResolvedSpeaker && a.Kind == attribution.Kind)))
                {
                    inSentence.Add(attribution);
                }
            }

            if (inSentence.Count == 0 && found.Count > 0 && found[^1] is { IsDirectQuote: true } previous
                && previous.SentenceIndex == s - 1 && reader.StartsWithQuotation(out var quoteStart, out var quoteEnd))
            {
                inSentence.Add(previous with { SentenceIndex = s, Cue = ContinuedQuote, QuoteStart = quoteStart, QuoteEnd = quoteEnd, Via = previous.Via });
            }

            found.AddRange(inSentence.OrderBy(a => a.SpeakerStart));
        }

        return [.. found];
    }

    private static bool Overlaps(SpeakerAttribution a, SpeakerAttribution b) => a.SpeakerStart < b.SpeakerEnd && b.SpeakerStart < a.SpeakerEnd;

    /// <summary>A pronoun speaker ("he", "they") takes the speaker of the latest fitting attribution: in this sentence, else before it.</summary>
    private static SpeakerAttribution Resolve(Candidate candidate, List<SpeakerAttribution> before, List<SpeakerAttribution> inSentence, TokenizedArticle article)
    {
        var text = article.Text[candidate.SpeakerStart..candidate.SpeakerEnd];
        var kind = candidate.Kind;
        var resolved = text;
        if (kind == SpeakerKind.Unresolved)
        {
            var folded = TextFolding.Fold(text);
            bool Fits(SpeakerAttribution a) => folded == "they" ? a.Kind != SpeakerKind.Unresolved : a.Kind == SpeakerKind.Person;
            var antecedent = inSentence.LastOrDefault(Fits) ?? before.LastOrDefault(Fits);
            if (antecedent is not null)
            {
                kind = antecedent.Kind;
                resolved = antecedent.ResolvedSpeaker;
            }
        }

        return new SpeakerAttribution(
            article.Id,
            candidate.Sentence,
            text,
            candidate.SpeakerStart,
            candidate.SpeakerEnd,
            kind,
            candidate.Cue,
            candidate.QuoteStart,
            candidate.QuoteEnd,
            candidate.IsDirectQuote,
            candidate.Via,
            resolved,
            null);
    }

    private sealed record Candidate(int Sentence, int SpeakerStart, int SpeakerEnd, SpeakerKind Kind, string Cue, int? QuoteStart, int? QuoteEnd, bool IsDirectQuote, string? Via);

    /// <summary>A speaker phrase: tokens [First, Last] (inclusive) of the article.</summary>
    private readonly record struct Phrase(int First, int Last);

    /// <summary>A quotation: the characters inside the marks, and the tokens of the opening and closing marks.</summary>
    private readonly record struct Quotation(int OpenToken, int CloseToken, int TextStart, int TextEnd, int Words);

    /// <summary>The rules applied to one sentence.</summary>
    private sealed partial class SentenceReader
    {
        private readonly TokenizedArticle _article;

        private readonly int _index;

        private readonly int _first;

        private readonly int _end;

        private readonly FoldedTokens _folded;

        private readonly List<Quotation> _quotations;

        public SentenceReader(TokenizedArticle article, int index)
        {
            _article = article;
            _index = index;
            var sentence = article.Sentences[index];
            _first = sentence.FirstToken;
            _end = sentence.FirstToken + sentence.TokenCount;
            _folded = FoldedTokens.Of(article);
            _quotations = FindQuotations();
        }

        public IEnumerable<Candidate> Candidates()
        {
            var relayed = new HashSet<int>();
            for (var i = _first; i < _end; i++)
            {
                if (Word(i) == "according" && Word(i + 1) == "to")
                {
                    var phrase = ForwardPhrase(i + 2);
                    if (phrase is { } p && Classify(p) is { } kind)
                    {
                        yield return Make(p, kind, AccordingTo, AccordingToClause(i, p), null);
                    }
                }
                else if (RelayVerbs.Contains(Word(i)) && AsSaying(i) is int asIndex)
                {
                    // "X quoted Y as saying": Y is the speaker, X relayed it.
                    relayed.Add(i);
                    var phrase = SpanPhrase(i + 1, asIndex - 1);
                    if (phrase is { } p && Classify(p) is { } kind)
                    {
                        var relay = BackwardPhrase(SkipAuxiliariesBack(i - 1)) is { } v && Classify(v) is not null ? v : (Phrase?)null;
                        var saying = asIndex + 1;
                        var clause = QuotationAfter(saying)
                            ?? ClauseAfter(Word(saying + 1) == "that" ? saying + 2 : saying + 1, saying + 1)
                            ?? ClauseBefore(relay?.First ?? p.First);
                        yield return Make(p, kind, $"{Word(i)} … as saying", clause, relay is { } r ? Text(r) : null);
                    }
                }
                else if (!relayed.Contains(i) && CueAt(i) is { } cue)
                {
                    var cueEnd = i + cue.Tokens - 1;
                    if (Word(cueEnd + 1) == "by" || PassiveMarkers.Contains(Word(i - 1)) || (Word(i) is "insisted" or "insists" && Word(i + 1) == "on"))
                    {
                        continue; // "reservations expressed by", "it was reported", "the guarantees Damascus insisted on"
                    }

                    var phrase = Appositive(SkipAuxiliariesBack(i - 1)) ?? BackwardPhrase(SkipRelativeClause(SkipAuxiliariesBack(i - 1)));
                    if (phrase is { } before && Classify(before) is { } kind)
                    {
                        yield return Make(before, kind, cue.Text, ReportedSpeech(before, cueEnd), null);
                    }
                    else if (IsQuoteOrComma(i - 1) && ForwardPhrase(cueEnd + 1) is { } after && Classify(after) is { } afterKind)
                    {
                        // "“…,” said the official."
                        yield return Make(after, afterKind, cue.Text, QuotationBefore(i) ?? ClauseBefore(i) ?? ClauseAfter(after.Last + 1, after.Last + 1), null);
                    }
                }
            }
        }

        /// <summary>Whether the sentence opens with a quotation mark; the quoted text's offsets when it does.</summary>
        public bool StartsWithQuotation(out int? start, out int? end)
        {
            start = end = null;
            var first = _quotations.FirstOrDefault(q => q.OpenToken == _first);
            if (_quotations.Count == 0 || first.OpenToken != _first || first.Words < 3)
            {
                return false;
            }

            (start, end) = (first.TextStart, first.TextEnd);
            return true;
        }

        private Candidate Make(Phrase phrase, SpeakerKind kind, string cue, (int Start, int End, bool Direct)? clause, string? via)
        {
            var (start, end) = (_article.Tokens[phrase.First].Start, _article.Tokens[phrase.Last].End);
            return new Candidate(_index, start, end, kind, cue, clause?.Start, clause?.End, clause?.Direct ?? false, via);
        }

        private string Word(int i) => i >= _first && i < _end ? _folded[i] : "";

        private Token TokenAt(int i) => _article.Tokens[i];

        private string Text(Phrase p) => _article.Text[TokenAt(p.First).Start..TokenAt(p.Last).End];

        private (string Text, int Tokens)? CueAt(int i)
        {
            var word = Word(i);
            if (PhrasalCues.TryGetValue(word, out var particle) && Word(i + 1) == particle)
            {
                return ($"{word} {particle}", 2);
            }

            return CueVerbs.Contains(word) ? (word, 1) : null;
        }

        private int? AsSaying(int verb)
        {
            for (var j = verb + 2; j < Math.Min(_end - 1, verb + 14); j++)
            {
                if (Word(j) == "as" && Word(j + 1) == "saying")
                {
                    return j;
                }

                if (IsClauseBreak(j))
                {
                    return null;
                }
            }

            return null;
        }

        private int SkipAuxiliariesBack(int i)
        {
            while (i >= _first && Auxiliaries.Contains(Word(i)))
            {
                i--;
            }

            return i;
        }

        /// <summary>"The source, who preferred not to be named, indicated": step back over the relative clause to "The source".</summary>
        private int SkipRelativeClause(int i)
        {
            if (i < _first || Word(i) != ",")
            {
                return i;
            }

            for (var j = i - 1; j > _first; j--)
            {
                if (Word(j) == ",")
                {
                    return Word(j + 1) is "who" or "which" or "whose" ? j - 1 : i;
                }
            }

            return i;
        }
    }
}
