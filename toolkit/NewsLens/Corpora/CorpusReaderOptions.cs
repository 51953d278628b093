namespace NewsLens.Corpora;

/// <summary>How to read a corpus. Column names apply to CSV and JSON Lines input and to manifests.</summary>
public sealed record CorpusReaderOptions
{
    public static CorpusReaderOptions Default { get; } = new();

    /// <summary>Files larger than this are skipped (and reported), not loaded.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The column (or JSON property) holding the article id; rows without one get "{file}:{line}".</summary>
    public string IdColumn { get; init; } = "id";

    /// <summary>The column (or JSON property) holding the article text.</summary>
    public string TextColumn { get; init; } = "text";

    /// <summary>In a manifest, the column naming the article's file (relative to the folder).</summary>
    public string FileColumn { get; init; } = "file";

    /// <summary>A manifest to use instead of looking for manifest.csv / manifest.json beside the articles.</summary>
    public string? ManifestPath { get; init; }

    /// <summary>Whether boilerplate is removed (the audit is recorded either way; with false it is empty).</summary>
    public bool Clean { get; init; } = true;

    /// <summary>A column of URLs the outlet is taken from (its registered domain), for rows that name no outlet; null: none.</summary>
    public string? OutletFromUrlColumn { get; init; }

    /// <summary>Whether exact and near-duplicate articles are dropped (they are reported either way).</summary>
    public bool Dedupe { get; init; }

    /// <summary>File extensions a folder is searched for.</summary>
    public IReadOnlyList<string> ArticleExtensions { get; init; } = [".txt", ".md"];
}
