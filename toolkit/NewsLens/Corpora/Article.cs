using System.Collections.Immutable;

namespace NewsLens.Corpora;

/// <summary>
/// One loaded article. <see cref="Text"/> is the cleaned, NFC-normalised text every later stage works on;
/// <see cref="RawText"/> is the decoded file content, kept so the cleaning audit can be checked against it.
/// </summary>
public sealed record Article(
    string Id,
    string RawText,
    string Text,
    ImmutableSortedDictionary<string, string> Variables,
    CleaningAudit Cleaning,
    string Source)
{
    public string Outlet => this[DocumentVariables.Outlet];

    public string Date => this[DocumentVariables.Date];

    public string Title => this[DocumentVariables.Title];

    /// <summary>The value of a document variable, or "unknown" when the article has none.</summary>
    public string this[string variable] =>
        Variables.TryGetValue(variable, out var value) && !string.IsNullOrWhiteSpace(value) ? value : DocumentVariables.Unknown;
}
