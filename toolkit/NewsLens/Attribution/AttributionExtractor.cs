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
public sealed class AttributionExtractor
{
    public const string AccordingTo = "according to";
    public const string ContinuedQuote = "continued quote";

    private static readonly FrozenSet<string> CueVerbs = Set(
        "said", "says", "say", "stated", "states", "told", "tells", "added", "adds", "stressed", "stresses", "emphasized",
        "emphasised", "emphasizes", "emphasises", "reported", "reports", "announced", "announces", "indicated", "indicates",
        "revealed", "reveals", "claimed", "claims", "claim", "noted", "notes", "explained", "explains", "confirmed", "confirms",
        "warned", "warns", "insisted", "insists", "acknowledged", "expressed", "described", "mentioned", "commented",
        "informed", "denied", "denies", "argued", "argues", "asserted", "underlined", "underscored", "declared", "wrote",
        "tweeted", "urged", "highlighted", "affirmed", "reiterated", "disclosed", "suggested", "believes", "believe");

    /// <summary>Two-word cues, keyed by their first word.</summary>
    private static readonly FrozenDictionary<string, string> PhrasalCues = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pointed"] = "out",
        ["points"] = "out",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RelayVerbs = Set("quoted", "quotes", "quoting", "reported", "reports", "cited", "cites");

    /// <summary>Words allowed between a speaker and its cue ("Cavusoglu has also stated").</summary>
    private static readonly FrozenSet<string> Auxiliaries = Set(
        "has", "have", "had", "also", "further", "later", "earlier", "previously", "then", "again", "recently", "repeatedly",
        "once", "would", "will", "did", "does", "do", "had", "reportedly", "publicly", "separately", "first", "himself", "herself");

    private static readonly FrozenSet<string> PassiveMarkers = Set("is", "are", "was", "were", "be", "been", "being", "it");

    private static readonly FrozenSet<string> Pronouns = Set("he", "she", "they");

    /// <summary>Words that end a speaker phrase even when capitalised at the start of a sentence.</summary>
    private static readonly FrozenSet<string> FunctionWords = Set(
        "and", "but", "or", "however", "meanwhile", "yesterday", "today", "also", "then", "so", "in", "on", "at", "to", "for",
        "with", "from", "by", "during", "since", "after", "before", "while", "when", "as", "that", "which", "who", "whom",
        "whose", "this", "these", "those", "there", "it", "its", "is", "are", "was", "were", "not", "if", "because", "although",
        "though", "despite", "earlier", "later", "moreover", "furthermore", "additionally", "instead", "still", "thus",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "we", "i", "you", "our", "their", "his",
        "her", "my", "your", "based", "following", "regarding", "about", "under", "over", "into", "than", "both", "each",
        "what", "where", "why", "how", "all", "any", "no", "one", "some", "many", "most", "several", "such");

    /// <summary>Lower-case words that may sit inside a speaker phrase ("a senior Turkish official", "state media outlet").</summary>
    private static readonly FrozenSet<string> PhraseWords = Set(
        "a", "an", "the", "of", "senior", "top", "high-ranking", "high-level", "informed", "unnamed", "anonymous", "official",
        "officials", "source", "sources", "diplomat", "diplomats", "diplomatic", "government", "governmental", "state", "regime",
        "media", "outlet", "outlets", "agency", "news", "newspaper", "daily", "channel", "television", "tv", "radio",
        "ministry", "minister", "ministers", "foreign", "defense", "defence", "deputy", "spokesman", "spokeswoman",
        "spokesperson", "presidential", "president", "security", "military", "intelligence", "western", "arab", "local",
        "turkish", "syrian", "russian", "iranian", "opposition", "pro-government", "two", "three", "other", "observers",
        "analysts", "analyst", "experts", "expert", "envoy", "ambassador", "leader", "leaders", "side", "delegation",
        "authorities", "office", "statement", "spokespeople", "representative", "representatives", "adviser", "advisor",
        "aide", "aides", "familiar", "close", "knowledgeable", "well-informed", "european", "us", "american", "israeli",
        "kremlin", "council", "committee", "party", "army", "forces", "negotiators", "negotiator", "counterpart");

    /// <summary>Head nouns of an unnamed source.</summary>
    private static readonly FrozenSet<string> AnonymousHeads = Set(
        "source", "sources", "official", "officials", "diplomat", "diplomats", "observers", "analysts", "analyst", "experts",
        "expert", "aide", "aides", "negotiators", "negotiator", "representative", "representatives", "spokesman",
        "spokeswoman", "spokesperson", "insiders", "insider", "people", "person", "figure", "figures", "adviser", "advisor");

    /// <summary>Words that make a phrase an organisation, outlet or state when they are its last category word.</summary>
    private static readonly FrozenSet<string> OrganisationWords = Set(
        "ministry", "agency", "media", "outlet", "outlets", "newspaper", "news", "daily", "channel", "television", "tv", "radio",
        "office", "government", "presidency", "kremlin", "observatory", "council", "committee", "army", "forces", "embassy",
        "department", "party", "organisation", "organization", "side", "delegation", "authorities", "administration",
        "reuters", "afp", "ap", "sputnik", "tass", "novosti", "ria", "irna", "sana", "anadolu", "watan", "al-watan", "modon",
        "al-modon", "jazeera", "bbc", "cnn", "observer", "sabah", "times", "post", "guardian", "moscow", "ankara", "damascus",
        "tehran", "washington", "riyadh", "turkey", "türkiye", "turkiye", "syria", "russia", "iran", "un", "nato");

    /// <summary>Words that make a phrase a person when they are its last category word ("Foreign Minister Faisal Mekdad").</summary>
    private static readonly FrozenSet<string> PersonTitles = Set(
        "minister", "fm", "president", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "secretary", "chief",
        "leader", "adviser", "advisor", "premier", "prime", "mr", "mrs", "ms", "dr", "general", "gen", "sheikh", "king",
        "prince", "counterpart", "mayor", "governor", "chairman", "head", "commander");

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
                var attribution = Resolve(candidate, found.Concat(inSentence).ToList(), article);
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

    private static SpeakerAttribution Resolve(Candidate candidate, List<SpeakerAttribution> earlier, TokenizedArticle article)
    {
        var text = article.Text[candidate.SpeakerStart..candidate.SpeakerEnd];
        var kind = candidate.Kind;
        var resolved = text;
        if (kind == SpeakerKind.Unresolved)
        {
            var folded = TextFolding.Fold(text);
            var antecedent = earlier.LastOrDefault(a => folded == "they" ? a.Kind != SpeakerKind.Unresolved : a.Kind == SpeakerKind.Person);
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

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    private sealed record Candidate(int Sentence, int SpeakerStart, int SpeakerEnd, SpeakerKind Kind, string Cue, int? QuoteStart, int? QuoteEnd, bool IsDirectQuote, string? Via);

    /// <summary>A speaker phrase: tokens [First, Last] (inclusive) of the article.</summary>
    private readonly record struct Phrase(int First, int Last);

    /// <summary>A quotation: the characters inside the marks, and the tokens of the opening and closing marks.</summary>
    private readonly record struct Quotation(int OpenToken, int CloseToken, int TextStart, int TextEnd, int Words);

    /// <summary>The rules applied to one sentence.</summary>
    private sealed class SentenceReader
    {
        private readonly TokenizedArticle _article;
        private readonly int _index;
        private readonly int _first;
        private readonly int _end;
        private readonly ImmutableArray<string> _folded;
        private readonly List<Quotation> _quotations;

        public SentenceReader(TokenizedArticle article, int index)
        {
            _article = article;
            _index = index;
            var sentence = article.Sentences[index];
            _first = sentence.FirstToken;
            _end = sentence.FirstToken + sentence.TokenCount;
            _folded = article.Folded();
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

        /// <summary>
        /// "The official Iranian News Agency, IRNA, said": the phrase and its appositive, classified by the appositive;
        /// null unless token <paramref name="comma"/> closes an appositive.
        /// </summary>
        private Phrase? Appositive(int comma)
        {
            if (comma <= _first || Word(comma) != "," || BackwardPhrase(comma - 1) is not { } name || Word(name.First - 1) != ",")
            {
                return null;
            }

            return BackwardPhrase(name.First - 2) is { } described && Classify(described) is not null
                ? new Phrase(described.First, name.Last)
                : null;
        }

        /// <summary>The speaker phrase ending at token <paramref name="last"/>, read right to left.</summary>
        private Phrase? BackwardPhrase(int last)
        {
            if (last < _first || !IsPhraseToken(last))
            {
                return null;
            }

            if (Pronouns.Contains(Word(last)))
            {
                return new Phrase(last, last);
            }

            var first = last;
            for (var i = last - 1; i >= _first && last - i < 14; i--)
            {
                if (IsPhraseToken(i) && !Pronouns.Contains(Word(i)))
                {
                    first = i;
                }
                else if (IsQuoteMark(i) && i - 1 >= _first && IsPhraseToken(i - 1) && HasPartnerInside(i, first))
                {
                    continue; // a “Western” diplomatic source: scare quotes inside the phrase
                }
                else if (Word(i) == "and" && i - 1 >= _first && IsCapitalised(i - 1) && IsCapitalised(i + 1))
                {
                    continue; // Iranian and Turkish officials
                }
                else
                {
                    break;
                }
            }

            return Trim(first, last);
        }

        /// <summary>The speaker phrase starting at token <paramref name="first"/>, read left to right.</summary>
        private Phrase? ForwardPhrase(int first)
        {
            if (first >= _end || !IsPhraseToken(first))
            {
                return null;
            }

            if (Pronouns.Contains(Word(first)))
            {
                return new Phrase(first, first);
            }

            var last = first;
            for (var i = first + 1; i < _end && i - first < 14; i++)
            {
                if (IsPhraseToken(i) && !Pronouns.Contains(Word(i)))
                {
                    last = i;
                }
                else if (IsQuoteMark(i) && i + 1 < _end && IsPhraseToken(i + 1))
                {
                    continue;
                }
                else if (Word(i) == "and" && IsCapitalised(i - 1) && i + 1 < _end && IsCapitalised(i + 1) && !IsCueAhead(i + 1))
                {
                    continue;
                }
                else
                {
                    break;
                }
            }

            return Trim(first, last);
        }

        /// <summary>Tokens [first, last] as a phrase when all of them may belong to one ("quoted Foreign Minister Faisal Mekdad as saying").</summary>
        private Phrase? SpanPhrase(int first, int last)
        {
            if (first > last)
            {
                return null;
            }

            for (var i = first; i <= last; i++)
            {
                if (!IsPhraseToken(i) && !IsQuoteMark(i) && Word(i) != "and" && Word(i) != ",")
                {
                    return null;
                }
            }

            return Trim(first, last);
        }

        private bool IsCueAhead(int i)
        {
            for (var j = i; j < Math.Min(_end, i + 6); j++)
            {
                if (CueAt(j) is not null)
                {
                    return true;
                }

                if (!IsPhraseToken(j))
                {
                    return false;
                }
            }

            return false;
        }

        private Phrase? Trim(int first, int last)
        {
            while (first <= last && (IsQuoteMark(first) || Word(first) is "of" or "and"))
            {
                first++;
            }

            while (last >= first && (IsQuoteMark(last) || Word(last) is "of" or "and" or "a" or "an" or "the"))
            {
                last--;
            }

            return first <= last ? new Phrase(first, last) : null;
        }

        private bool HasPartnerInside(int closing, int phraseFirst)
        {
            // the opening mark must be further left; the phrase continues after the closing one
            for (var j = closing - 1; j >= Math.Max(_first, closing - 4); j--)
            {
                if (IsQuoteMark(j))
                {
                    return true;
                }
            }

            return phraseFirst > closing;
        }

        private bool IsPhraseToken(int i)
        {
            if (i < _first || i >= _end)
            {
                return false;
            }

            var token = TokenAt(i);
            if (token.Kind == TokenKind.Possessive)
            {
                return false;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return false;
            }

            var word = Word(i);
            if (Pronouns.Contains(word))
            {
                return true;
            }

            if (FunctionWords.Contains(word) && !PhraseWords.Contains(word))
            {
                return false;
            }

            return IsCapitalised(i) || PhraseWords.Contains(word) || (word.StartsWith("pro-", StringComparison.Ordinal));
        }

        private bool IsCapitalised(int i)
        {
            if (i < _first || i >= _end || TokenAt(i).Kind != TokenKind.Word)
            {
                return false;
            }

            var slice = TokenAt(i).Slice(_article.Text);
            if (char.IsUpper(slice[0]))
            {
                return true;
            }

            // al-Modon, pro-Syrian: a capitalised part after a hyphen
            var hyphen = slice.IndexOfAny(Tokenizer.Hyphens);
            return hyphen > 0 && hyphen + 1 < slice.Length && char.IsUpper(slice[hyphen + 1]);
        }

        private bool IsQuoteMark(int i) =>
            i >= _first && i < _end && TokenAt(i).Kind is TokenKind.Punctuation or TokenKind.Symbol && Word(i) is "\"" or "'" && TokenAt(i).Length == 1;

        private bool IsQuoteOrComma(int i) => Word(i) == "," || IsQuoteMark(i);

        private bool IsClauseBreak(int i) => TokenAt(i).Kind == TokenKind.Punctuation && Word(i) is "." or ";" or ":" or "?" or "!";

        /// <summary>Person, organisation or anonymous from the phrase's words; null when it does not look like a speaker at all.</summary>
        private SpeakerKind? Classify(Phrase phrase)
        {
            var head = Word(phrase.Last);
            if (phrase.First == phrase.Last && Pronouns.Contains(head))
            {
                return SpeakerKind.Unresolved;
            }

            if (AnonymousHeads.Contains(head))
            {
                return SpeakerKind.Anonymous;
            }

            SpeakerKind? category = null;
            var capitalisedAfterCategory = 0;
            for (var i = phrase.First; i <= phrase.Last; i++)
            {
                var word = Word(i);
                if (TokenAt(i).IsHyphenated(_article.Text))
                {
                    var last = TokenAt(i).Parts(_article.Text)[^1];
                    word = OrganisationWords.Contains(word) ? word : TextFolding.Fold(last.Slice(_article.Text));
                }

                if (OrganisationWords.Contains(word))
                {
                    (category, capitalisedAfterCategory) = (SpeakerKind.Organisation, 0);
                }
                else if (PersonTitles.Contains(word))
                {
                    (category, capitalisedAfterCategory) = (SpeakerKind.Person, 0);
                }
                else if (IsCapitalised(i))
                {
                    capitalisedAfterCategory++;
                }
            }

            if (!IsCapitalised(phrase.Last) && !OrganisationWords.Contains(head) && !PersonTitles.Contains(head))
            {
                return null; // "Despite reservations": no name and no speaker word at the end
            }

            if (phrase.First == phrase.Last && phrase.First == _first && !OrganisationWords.Contains(head) && IsWrittenInLowerCaseElsewhere(phrase.First))
            {
                return null; // "Reports said": capitalised only because it opens the sentence
            }

            var headToken = TokenAt(phrase.Last).Slice(_article.Text);
            if (headToken.Length >= 2 && !headToken.ContainsAnyInRange('a', 'z') && headToken.ContainsAnyInRange('A', 'Z'))
            {
                return SpeakerKind.Organisation; // IRNA, SANA, AFP
            }

            // An organisation word followed by a name is an organisation only when the name is an outlet's ("outlet Sputnik").
            return category == SpeakerKind.Organisation && (capitalisedAfterCategory == 0 || LooksLikeOutletName(phrase))
                ? SpeakerKind.Organisation
                : SpeakerKind.Person;
        }

        /// <summary>Whether the article also writes this word in lower case, which makes it a common noun rather than a name.</summary>
        private bool IsWrittenInLowerCaseElsewhere(int index)
        {
            var word = _folded[index];
            for (var i = 0; i < _article.Tokens.Length; i++)
            {
                if (i != index && _folded[i] == word && char.IsLower(_article.Text[_article.Tokens[i].Start]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"state media outlet Sputnik", "regime outlet Al Watan": the name after an outlet word is the outlet's.</summary>
        private bool LooksLikeOutletName(Phrase phrase)
        {
            for (var i = phrase.Last; i >= phrase.First; i--)
            {
                if (Word(i) is "outlet" or "agency" or "newspaper" or "daily" or "channel" or "media" or "television" or "radio")
                {
                    return true;
                }

                if (PersonTitles.Contains(Word(i)))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>The quotations (of three words or more: fewer is a scare quote) after token <paramref name="token"/>, as one span.</summary>
        private (int Start, int End, bool Direct)? QuotationAfter(int token)
        {
            var after = _quotations.Where(q => q.OpenToken > token && q.Words >= 3).ToList();
            return after.Count > 0 ? (after[0].TextStart, after[^1].TextEnd, true) : null;
        }

        /// <summary>The quotations (of three words or more) closed before token <paramref name="token"/>, as one span.</summary>
        private (int Start, int End, bool Direct)? QuotationBefore(int token)
        {
            var before = _quotations.Where(q => q.CloseToken < token && q.Words >= 3).ToList();
            return before.Count > 0 ? (before[0].TextStart, before[^1].TextEnd, true) : null;
        }

        /// <summary>What a speaker said after a cue at <paramref name="cueEnd"/>: a quotation, else the reported clause.</summary>
        private (int Start, int End, bool Direct)? ReportedSpeech(Phrase speaker, int cueEnd)
        {
            if (QuotationAfter(cueEnd) is { } quoted)
            {
                return quoted;
            }

            if (QuotationBefore(speaker.First) is { } before)
            {
                return before;
            }

            var that = ThatAfter(cueEnd);
            var speakerAfterComma = speaker.First - 1 > _first && Word(speaker.First - 1) == ",";
            if (that is null && Word(cueEnd + 1) != ":" && speakerAfterComma)
            {
                return ClauseBefore(speaker.First) ?? ClauseAfter(cueEnd + 1, cueEnd + 1);
            }

            return ClauseAfter(that is int t ? t + 1 : cueEnd + 1, cueEnd + 1) ?? ClauseBefore(speaker.First);
        }

        private (int Start, int End, bool Direct)? AccordingToClause(int according, Phrase source)
        {
            var quoted = _quotations.Where(q => q.Words >= 3 && (q.CloseToken < according || q.OpenToken > source.Last)).ToList();
            if (quoted.Count > 0)
            {
                return (quoted[0].TextStart, quoted[^1].TextEnd, true);
            }

            var hasTextAfter = source.Last + 2 < _end && Word(source.Last + 1) == ",";
            return hasTextAfter ? ClauseAfter(source.Last + 2, source.Last + 2) : ClauseBefore(according);
        }

        /// <summary>"that" within a few tokens after the cue ("told Sputnik on Monday that …").</summary>
        private int? ThatAfter(int cueEnd)
        {
            for (var j = cueEnd + 1; j < Math.Min(_end, cueEnd + 12); j++)
            {
                if (Word(j) == "that")
                {
                    return j;
                }

                if (IsClauseBreak(j) || IsQuoteMark(j))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>Text from token <paramref name="start"/> to the end of the sentence, without edge punctuation; null when empty.</summary>
        private (int Start, int End, bool Direct)? ClauseAfter(int start, int fallbackStart)
        {
            start = Math.Max(start, fallbackStart);
            while (start < _end && TokenAt(start).Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                start++;
            }

            var last = _end - 1;
            for (var j = start; j + 2 < _end; j++)
            {
                if (Word(j) == "," && Word(j + 1) == "according" && Word(j + 2) == "to")
                {
                    last = j; // the clause ends where its own source is named
                    break;
                }
            }

            while (last >= start && TokenAt(last).Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                last--;
            }

            return last >= start && CountWords(start, last) >= 2 ? (TokenAt(start).Start, TokenAt(last).End, false) : null;
        }

        /// <summary>Text from the start of the sentence up to token <paramref name="end"/> (exclusive), without edge punctuation.</summary>
        private (int Start, int End, bool Direct)? ClauseBefore(int end)
        {
            var start = _first;
            while (start < end && TokenAt(start).Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                start++;
            }

            var last = end - 1;
            while (last >= start && TokenAt(last).Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                last--;
            }

            return last >= start && CountWords(start, last) >= 2 ? (TokenAt(start).Start, TokenAt(last).End, false) : null;
        }

        private int CountWords(int first, int last)
        {
            var count = 0;
            for (var i = first; i <= last; i++)
            {
                count += TokenAt(i).IsWordLike ? 1 : 0;
            }

            return count;
        }

        /// <summary>
        /// Quotations in the sentence: “…” pairs, and straight "…" pairs told apart by what precedes the mark. A closing mark
        /// with no opening one starts at the sentence start; an opening mark with no closing one runs to the sentence end.
        /// </summary>
        private List<Quotation> FindQuotations()
        {
            var quotations = new List<Quotation>();
            int? open = null;
            for (var i = _first; i < _end; i++)
            {
                var token = TokenAt(i);
                if (token.Length != 1 || token.Kind is not (TokenKind.Punctuation or TokenKind.Symbol))
                {
                    continue;
                }

                var c = _article.Text[token.Start];
                var opening = c is '\u201C' or '\u00AB' || (c == '"' && (token.Start == 0 || char.IsWhiteSpace(_article.Text[token.Start - 1]) || "([{\u2014-".Contains(_article.Text[token.Start - 1])));
                var closing = c is '\u201D' or '\u00BB' || (c == '"' && !opening);
                if (opening && open is null)
                {
                    open = i;
                }
                else if (closing)
                {
                    var from = open ?? _first - 1;
                    quotations.Add(MakeQuotation(from, i));
                    open = null;
                }
            }

            if (open is int unclosed)
            {
                quotations.Add(MakeQuotation(unclosed, _end));
            }

            return quotations;
        }

        private Quotation MakeQuotation(int openToken, int closeToken)
        {
            var textStart = openToken < _first ? TokenAt(_first).Start : TokenAt(openToken).End;
            var textEnd = closeToken >= _end ? TokenAt(_end - 1).End : TokenAt(closeToken).Start;
            var words = 0;
            for (var i = Math.Max(openToken + 1, _first); i < Math.Min(closeToken, _end); i++)
            {
                words += TokenAt(i).IsWordLike ? 1 : 0;
            }

            while (textEnd > textStart && char.IsWhiteSpace(_article.Text[textEnd - 1]))
            {
                textEnd--;
            }

            return new Quotation(openToken, closeToken, textStart, textEnd, words);
        }
    }
}
