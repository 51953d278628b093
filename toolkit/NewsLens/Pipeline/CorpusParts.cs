using NewsLens.Corpora;

namespace NewsLens.Pipeline;

/// <summary>
/// One unit a corpus is streamed in: a whole file or folder (<see cref="Length"/> null), or a range of lines of a JSON
/// Lines or CSV/TSV file: bytes [<see cref="Start"/>, <see cref="Start"/> + <see cref="Length"/>) starting at line
/// <see cref="FirstLine"/>; for a table range after the first, the file's first <see cref="HeaderLength"/> bytes are its header.
/// </summary>
public sealed record CorpusPart(string Path, long Start = 0, int? Length = null, int FirstLine = 1, int HeaderLength = 0)
{
    /// <summary>Bytes on disk the part covers (for progress).</summary>
    public long Bytes => Length ?? CorpusParts.SizeOf(Path);

    public Corpus Read(CorpusReaderOptions options) =>
        Length is { } length ? CorpusReader.ReadRange(Path, Start, length, FirstLine, HeaderLength, options) : CorpusReader.Read(Path, options);

    public override string ToString() => Length is null ? Path : $"{Path}:{FirstLine}+";
}

/// <summary>
/// The units a corpus is streamed in. A folder holding .jsonl/.ndjson/.csv/.tsv files is read one file at a time (in
/// ordinal name order); a single such file, or one in such a folder, larger than the part size is read in ranges of
/// whole lines (whole records for a table: a line end inside quotes does not end a range), so a file of any size
/// streams. Any other corpus (a folder of .txt/.md articles, a single article) is one part, read whole by
/// <see cref="CorpusReader"/>.
/// </summary>
public static class CorpusParts
{
    /// <summary>
    /// About 1,000 articles of news. Smaller parts would hold less alive at once (on 200 MB, 2 cores, 1 MiB parts: analyze
    /// peak 624 -> 459 MiB, collection pauses 2.0 -> 1.0 s), but boilerplate (lines repeated across an outlet's articles,
    /// at least 5 of them) and duplicates are found within a part: with 250 articles a part, a corpus of 50 outlets would
    /// have about 5 articles of an outlet per part, and its boilerplate would mostly stay in. Batches smaller than a part
    /// (StreamingOptions.BatchChars) keep some of that gain.
    /// </summary>
    public const int DefaultPartBytes = 4 << 20;

    private static readonly string[] RecordFileExtensions = [".jsonl", ".ndjson", ".csv", ".tsv"];

    public static IReadOnlyList<CorpusPart> Of(string path, int partBytes = DefaultPartBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partBytes, 1);
        if (!Directory.Exists(path))
        {
            if (!File.Exists(path))
            {
                throw new CorpusException($"{path}: no such file or folder.");
            }

            return IsRecordFile(path) ? RangesOf(path, partBytes) : [new CorpusPart(path)];
        }

        var files = RecordFiles(path);
        return files.Count > 0 ? [.. files.SelectMany(f => RangesOf(f, partBytes))] : [new CorpusPart(path)];
    }

    /// <summary>
    /// What a folder streamed as its record files holds besides them (other files, subfolders), each with the reason it
    /// is not read, so a run can report them as <see cref="CorpusReader"/> reports what it ignores. Empty for any other
    /// corpus (a folder read whole reports its own). The manifest and the story file are not listed.
    /// </summary>
    public static IReadOnlyList<SkippedInput> Unread(string path)
    {
        if (!Directory.Exists(path) || RecordFiles(path) is not { Count: > 0 } records)
        {
            return [];
        }

        const string Reason = "not streamed: in a folder of .jsonl/.ndjson/.csv/.tsv files only those files are read";
        var streamed = records.ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(path)
            .Where(f => !streamed.Contains(f))
            .Select(System.IO.Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.StartsWith("manifest.", StringComparison.OrdinalIgnoreCase) && !name.Equals("story.json", StringComparison.OrdinalIgnoreCase))
            .Select(name => new SkippedInput(name, Reason));
        var folders = Directory.EnumerateDirectories(path).Select(d => new SkippedInput(System.IO.Path.GetFileName(d) + "/", Reason));
        return [.. files.Concat(folders).OrderBy(s => s.Source, StringComparer.Ordinal)];
    }

    private static List<string> RecordFiles(string folder) => Directory.EnumerateFiles(folder)
        .Where(IsRecordFile)
        .Where(f => !System.IO.Path.GetFileName(f).StartsWith("manifest.", StringComparison.OrdinalIgnoreCase))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The bytes on disk of a file or folder (for progress: what share of the corpus is done).</summary>
    public static long SizeOf(string part) =>
        Directory.Exists(part)
            ? Directory.EnumerateFiles(part).Sum(f => new FileInfo(f).Length)
            : new FileInfo(part).Length;

    private static bool IsRecordFile(string path) => RecordFileExtensions.Contains(System.IO.Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Cuts a record file into ranges of about <paramref name="partBytes"/> at line ends (outside quotes for a table),
    /// counting lines so every range knows its first line number. A small file, or one in UTF-16/32 (whose line ends
    /// are not single bytes), stays one part.
    /// </summary>
    private static IReadOnlyList<CorpusPart> RangesOf(string path, int partBytes)
    {
        var size = new FileInfo(path).Length;
        if (size <= partBytes)
        {
            return [new CorpusPart(path)];
        }

        var table = System.IO.Path.GetExtension(path).ToLowerInvariant() is ".csv" or ".tsv";
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var buffer = new byte[1 << 20];
        var read = file.Read(buffer);
        if (read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF) || (read >= 4 && buffer[0] == 0 && buffer[1] == 0)))
        {
            return [new CorpusPart(path)];
        }

        var parts = new List<CorpusPart>();
        long partStart = 0;
        var partLine = 1;
        var line = 1; // the line the next byte is on
        var headerLength = -1; // a table's header row ends at its first record end
        var quoted = false;
        long offset = 0;
        while (read > 0)
        {
            var bytes = buffer.AsSpan(0, read);
            var i = 0;
            while (true)
            {
                var next = table ? bytes[i..].IndexOfAny((byte)'"', (byte)'\n') : bytes[i..].IndexOf((byte)'\n');
                if (next < 0)
                {
                    break;
                }

                i += next + 1;
                if (bytes[i - 1] == (byte)'"')
                {
                    quoted = !quoted; // an escaped "" toggles twice
                    continue;
                }

                line++;
                if (quoted)
                {
                    continue;
                }

                var end = offset + i;
                if (table && headerLength < 0)
                {
                    headerLength = checked((int)end);
                }

                if (end - partStart >= partBytes)
                {
                    parts.Add(new CorpusPart(path, partStart, checked((int)(end - partStart)), partLine, Math.Max(0, headerLength)));
                    partStart = end;
                    partLine = line;
                }
            }

            offset += read;
            read = file.Read(buffer);
        }

        if (partStart < size)
        {
            parts.Add(new CorpusPart(path, partStart, checked((int)(size - partStart)), partLine, Math.Max(0, headerLength)));
        }

        return parts;
    }
}
