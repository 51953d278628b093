using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NewsLens.Text;

namespace NewsLens.Attribution;

/// <summary>The word lists the attribution rules read: cue verbs, relays, auxiliaries, pronouns, phrase and organisation words, titles.</summary>
public sealed partial class AttributionExtractor
{
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

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
