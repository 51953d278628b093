using System.Collections.Immutable;

namespace NewsLens.Mentions;

public enum ActorKind
{
    Country,
    Person,
    Organisation,
    Place,
}

/// <summary>
/// One way of writing an actor's name, as the dictionary file gives it. <see cref="AlsoMentions"/> lists actors the
/// same words also name ("Assad regime" names Syria and also Assad); <see cref="MatchCase"/> is for short forms that
/// are ordinary words in lower case ("US" but not "us").
/// </summary>
public sealed record ActorAlias(string Text, ImmutableArray<string> AlsoMentions, bool MatchCase = false)
{
    public static ActorAlias Plain(string text) => new(text, []);

    public override string ToString() => Text;
}

/// <summary>
/// An actor of the story: a country, person, organisation or place, with every way it is named.
/// Links are optional: <see cref="Demonyms"/> (Turkish → Turkey) and <see cref="Metonyms"/> (Ankara → Turkey) only
/// make sense for countries and organisations; <see cref="State"/> is the country a person speaks for.
/// </summary>
public sealed record Actor(
    string Key,
    string Name,
    ActorKind Kind,
    ImmutableArray<ActorAlias> Aliases,
    ImmutableArray<ActorAlias> Demonyms,
    ImmutableArray<ActorAlias> Metonyms,
    string? State)
{
    /// <summary>
    /// For a person: the offices they held at the time of the story ("foreign minister", "president"). With
    /// <see cref="State"/> they resolve title-only references: "Syria's president" is the one person whose state is
    /// Syria and who holds "president"; a title that fits several people of one state resolves to none.
    /// </summary>
    public ImmutableArray<string> Titles { get; init; } = [];

    public override string ToString() => $"{Name} ({Key}, {Kind.ToString().ToLowerInvariant()})";
}
