using NewsLens.Tables;

namespace NewsLens.Attribution;

/// <summary>What kind of source a speaker is.</summary>
public enum SpeakerKind
{
    /// <summary>A named person (Turkish Foreign Minister Mevlut Cavusoglu, Lavrov).</summary>
    Person,

    /// <summary>An organisation, outlet, agency or state (IRNA, the Russian Foreign Ministry, Reuters, Moscow).</summary>
    Organisation,

    /// <summary>An unnamed source (a senior Turkish official, Turkish sources, a "Western" diplomatic source).</summary>
    Anonymous,

    /// <summary>A pronoun (he, she, they) with no earlier speaker in the article to refer to.</summary>
    Unresolved,
}

/// <summary>
/// One attribution: who is quoted or cited in a sentence, how (the cue), and what they said.
/// Offsets are character offsets into the article's text, end exclusive.
/// </summary>
/// <param name="DocumentId">The article.</param>
/// <param name="SentenceIndex">The sentence (index into the article's sentences) holding the cue.</param>
/// <param name="Speaker">The speaker as written (for a pronoun, the pronoun; for a continued quote, the earlier mention).</param>
/// <param name="SpeakerStart">Where <paramref name="Speaker"/> starts in the text.</param>
/// <param name="SpeakerEnd">Where <paramref name="Speaker"/> ends in the text.</param>
/// <param name="Kind">Person, organisation or outlet, anonymous, or an unresolved pronoun.</param>
/// <param name="Cue">The words that signal the attribution, case-folded: "said", "according to", "quoted … as saying", "continued quote".</param>
/// <param name="QuoteStart">Start of what was said: the text inside quotation marks when there is a quotation, else the reported clause; null when neither was found.</param>
/// <param name="QuoteEnd">End of what was said.</param>
/// <param name="IsDirectQuote">Whether the quote is text inside quotation marks (several quoted passages on the same side are covered by one span).</param>
/// <param name="Via">Who relayed the words, for "X quoted Y as saying" and "X reported Y as saying" (X), else null.</param>
/// <param name="ResolvedSpeaker">The speaker after resolving a pronoun to the previous speaker in the article; the speaker otherwise.</param>
/// <param name="ActorKey">The actor the speaker was linked to by the caller's resolver, when one was given and it knew the speaker.</param>
public sealed record SpeakerAttribution(
    string DocumentId,
    int SentenceIndex,
    string Speaker,
    int SpeakerStart,
    int SpeakerEnd,
    SpeakerKind Kind,
    string Cue,
    int? QuoteStart,
    int? QuoteEnd,
    bool IsDirectQuote,
    string? Via,
    string ResolvedSpeaker,
    string? ActorKey)
{
    /// <summary>The quoted text or reported clause, cut from the article's text.</summary>
    public string? QuoteIn(string text) => QuoteStart is int start && QuoteEnd is int end ? text[start..end] : null;

    /// <summary>One row per attribution; <c>sentence</c> is numbered from 1 as in every table (<see cref="SentenceIndex"/> is 0-based).</summary>
    public static ResultTable ToTable(IEnumerable<SpeakerAttribution> attributions, Func<string, string>? textOf = null) => ResultTable.From(
        attributions,
        ("document", a => a.DocumentId),
        ("sentence", a => a.SentenceIndex + 1),
        ("speaker", a => a.Speaker),
        ("resolved_speaker", a => a.ResolvedSpeaker),
        ("kind", a => a.Kind.ToString().ToLowerInvariant()),
        ("cue", a => a.Cue),
        ("via", a => a.Via),
        ("actor", a => a.ActorKey),
        ("speaker_start", a => a.SpeakerStart),
        ("speaker_end", a => a.SpeakerEnd),
        ("quote_start", a => a.QuoteStart),
        ("quote_end", a => a.QuoteEnd),
        ("direct_quote", a => a.IsDirectQuote),
        ("quote", a => textOf is null ? null : a.QuoteIn(textOf(a.DocumentId))));
}
