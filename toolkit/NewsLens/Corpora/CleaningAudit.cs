using System.Collections.Immutable;

namespace NewsLens.Corpora;

public enum BoilerplateKind
{
    /// <summary>Embedded JavaScript, HTML markup or CSS.</summary>
    Code,

    /// <summary>Comment forms and share/subscribe/related-links tails.</summary>
    CommentOrShareTail,

    /// <summary>Translation, syndication and responsibility disclaimers.</summary>
    Disclaimer,

    /// <summary>Bylines and outlet names repeated as lines of their own.</summary>
    Byline,

    /// <summary>A passage repeated across many articles of one outlet: a sidebar, related headlines, a footer.</summary>
    Repeated,
}

/// <summary>One stretch of text that cleaning removed: where it was in the raw text, which rule matched, and why.</summary>
public sealed record Removal(int Start, int Length, BoilerplateKind Kind, string Rule, string RemovedText)
{
    public int End => Start + Length;
}

/// <summary>What cleaning removed from one article, in text order. A user can inspect every removal.</summary>
public sealed record CleaningAudit(ImmutableArray<Removal> Removals)
{
    public static CleaningAudit None { get; } = new([]);

    public int CharactersRemoved => Removals.Sum(r => r.Length);
}
