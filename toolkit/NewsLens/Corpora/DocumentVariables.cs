using System.Collections.Immutable;

namespace NewsLens.Corpora;

/// <summary>Well-known document variable names. Any other name a manifest or table supplies rides along too.</summary>
public static class DocumentVariables
{
    public const string Outlet = "outlet";
    public const string OutletAttribution = "outlet_attribution";
    public const string Date = "date";
    public const string DateConfidence = "date_confidence";
    public const string Title = "title";
    public const string File = "file";

    /// <summary>Shown wherever a variable has no value; never a guess.</summary>
    public const string Unknown = "unknown";

    public static ImmutableSortedDictionary<string, string> Empty { get; } =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
}
