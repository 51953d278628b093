namespace NewsLens.Sentiment.Process;

/// <summary>Why a sentence was taken as being about the process.</summary>
public enum ProcessRule
{
    /// <summary>A word naming the process itself ("normalisation", "restore ... ties"), about the target pair.</summary>
    Relation,

    /// <summary>An event word ("talks", "meeting") with a participant named in the same sentence.</summary>
    EventWithParticipant,

    /// <summary>An event word in an article that is about the process.</summary>
    EventInContext,

    /// <summary>A phrase referring back to the process ("the next step") in an article about it.</summary>
    Reference,

    /// <summary>All participants named in one sentence of an article about the process.</summary>
    Participants,

    /// <summary>A sentence that opens by referring back ("It", "His insistence", "this matter") right after one about the process.</summary>
    Continuation,
}

/// <summary>The rule that made a sentence count as being about the process, and the words that triggered it.</summary>
public sealed record ProcessMatch(ProcessRule Rule, string Words)
{
    public string RuleName => Rule switch
    {
        ProcessRule.Relation => "relation",
        ProcessRule.EventWithParticipant => "event + participant",
        ProcessRule.EventInContext => "event in an article about the process",
        ProcessRule.Reference => "reference",
        ProcessRule.Participants => "participants together",
        ProcessRule.Continuation => "continues the previous sentence",
        _ => Rule.ToString(),
    };

    /// <summary>One line for tables and evidence: "relation: restore their ties".</summary>
    public override string ToString() => $"{RuleName}: {Words}";
}
