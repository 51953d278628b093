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
    /// <summary>
    /// Maps offsets of <see cref="Text"/> to the source the article was read from: the file as decoded (a .txt or .md
    /// article) or the text field of its CSV/JSON row. Identity when the article was built in code.
    /// </summary>
    public SourceMap SourceMap
    {
        get => _sourceMap ?? SourceMap.Identity(Text.Length);
        init => _sourceMap = value;
    }

    private readonly SourceMap? _sourceMap;

    /// <summary>Characters [start, end) of <see cref="Text"/> as a range of the source (see <see cref="SourceMap"/>).</summary>
    public (int Start, int End) ToSource(int start, int end) => SourceMap.ToSource(start, end);

    public string Outlet => this[DocumentVariables.Outlet];

    public string Date => this[DocumentVariables.Date];

    public string Title => this[DocumentVariables.Title];

    /// <summary>The value of a document variable, or "unknown" when the article has none.</summary>
    public string this[string variable] =>
        Variables.TryGetValue(variable, out var value) && !string.IsNullOrWhiteSpace(value) ? value : DocumentVariables.Unknown;
}
