namespace NewsLens.Mentions;

/// <summary>
/// How a mention was found. Only <see cref="Alias"/> is a direct mention (the text names the actor); the others
/// are linked mentions, each counted separately so a user can count direct mentions only, or direct + linked.
/// </summary>
public enum MentionKind
{
    /// <summary>One of the actor's own aliases: "Turkey", "Türkiye", "the Syrian regime", "Cavusoglu".</summary>
    Alias,

    /// <summary>Another actor's alias that the dictionary says also names this one ("Assad regime" → Assad).</summary>
    Implied,

    /// <summary>A demonym of the actor: "Turkish" → Turkey.</summary>
    Demonym,

    /// <summary>A capital city or other place standing for the state: "Ankara" → Turkey.</summary>
    Metonym,

    /// <summary>A person who speaks for the state: "Çavuşoğlu" → Turkey.</summary>
    PersonState,

    /// <summary>A title-only reference to the one office holder the dictionary records: "Syria's president" → Assad.</summary>
    Title,
}

/// <summary>
/// One mention of one actor, with everything needed to find it again: document, characters [Start, End) of the
/// article text, tokens [FirstToken, FirstToken + TokenCount), sentence index, the text as written, the dictionary
/// form that matched, how it matched and, for linked mentions, the actor whose name carried the link (<see cref="Via"/>).
/// </summary>
public sealed record Mention(
    string DocumentId,
    string ActorKey,
    MentionKind Kind,
    string? Via,
    string Form,
    string MatchedText,
    int Start,
    int End,
    int FirstToken,
    int TokenCount,
    int Sentence)
{
    public bool IsDirect => Counted && Kind is MentionKind.Alias or MentionKind.Title;

    /// <summary>Whether the mention is in the default count: a reference of its own, not a link from another actor's words.</summary>
    public bool Counted { get; init; } = true;

    /// <summary>The rule that made (or discounted) the mention, e.g. "alias", "metonym: acts", "venue: locative 'in'".</summary>
    public string Rule { get; init; } = "alias";

    /// <summary>True when two mentions come from the same words (one match that names several actors).</summary>
    public bool SameSpan(Mention other) => DocumentId == other.DocumentId && Start == other.Start && End == other.End;
}

/// <summary>
/// Which links produce mentions. Linked mentions are labelled either way; switching one off stops it being found at all.
/// Whatever is switched on, person-state and implied links are never in the default count (<see cref="Mention.Counted"/>).
/// </summary>
public sealed record MentionOptions(bool Demonyms = true, bool Metonyms = true, bool PersonStateLinks = true, bool ImpliedActors = true)
{
    public static MentionOptions Default { get; } = new();

    /// <summary>Aliases only: what a plain name count would give.</summary>
    public static MentionOptions DirectOnly { get; } = new(false, false, false, false);
}

internal static class MentionKindNames
{
    public static string Label(this MentionKind kind) => kind switch
    {
        MentionKind.Alias => "alias",
        MentionKind.Implied => "implied",
        MentionKind.Demonym => "demonym",
        MentionKind.Metonym => "metonym",
        MentionKind.PersonState => "person-state",
        MentionKind.Title => "title",
        _ => kind.ToString(),
    };
}
