using NewsLens.Corpora;

namespace NewsLens.Pipeline;

/// <summary>
/// The units a corpus is streamed in. A folder holding .jsonl/.ndjson/.csv/.tsv files is read one file at a time (in
/// ordinal name order), so only a few files are ever in memory; any other corpus (a folder of .txt/.md articles, a
/// single file) is one part, read whole by <see cref="CorpusReader"/>.
/// </summary>
public static class CorpusParts
{
    private static readonly string[] RecordFileExtensions = [".jsonl", ".ndjson", ".csv", ".tsv"];

    public static IReadOnlyList<string> Of(string path)
    {
        if (!Directory.Exists(path))
        {
            if (!File.Exists(path))
            {
                throw new CorpusException($"{path}: no such file or folder.");
            }

            return [path];
        }

        var files = Directory.EnumerateFiles(path)
            .Where(f => RecordFileExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).StartsWith("manifest.", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count > 0 ? files : [path];
    }

    /// <summary>The bytes on disk of every part (for progress: what share of the corpus is done).</summary>
    public static long SizeOf(string part) =>
        Directory.Exists(part)
            ? Directory.EnumerateFiles(part).Sum(f => new FileInfo(f).Length)
            : new FileInfo(part).Length;
}
