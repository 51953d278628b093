using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsLens.Text;
using CsvHelper;

namespace NewsLens.Corpora;

/// <summary>
/// Loads a corpus from a folder of .txt/.md files (with an optional manifest.csv or manifest.json), a JSON Lines
/// file or a CSV file. One bad input is reported in <see cref="Corpus.Skipped"/> and never stops the others.
/// Nothing is ever written to the corpus location.
/// </summary>
public static class CorpusReader
{
    private static readonly string[] ManifestNames = ["manifest.csv", "manifest.json"];
    private static readonly string[] NotArticles = ["README", "LICENSE", "LICENCE", "MANIFEST", "CHANGELOG", "NOTICE"];

    public static Corpus Read(string path, CorpusReaderOptions? options = null)
    {
        options ??= CorpusReaderOptions.Default;
        if (Directory.Exists(path))
        {
            return ReadFolder(path, options);
        }

        if (!File.Exists(path))
        {
            throw new CorpusException($"{path}: no such file or folder.");
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" => ReadJsonLines(path, options),
            ".csv" or ".tsv" => ReadTable(path, options),
            _ => ReadSingleFile(path, options),
        };
    }

    private static Corpus ReadSingleFile(string path, CorpusReaderOptions options)
    {
        var builder = new CorpusBuilder();
        builder.AddFile(path, Path.GetFileNameWithoutExtension(path), DocumentVariables.Empty, options);
        return builder.Build();
    }

    private static Corpus ReadFolder(string folder, CorpusReaderOptions options)
    {
        var builder = new CorpusBuilder();
        var manifestPath = options.ManifestPath ?? ManifestNames.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
        var manifest = manifestPath is null ? null : Manifest.Read(manifestPath, options);
        if (manifestPath is not null && manifest!.Entries.IsEmpty)
        {
            builder.Warn(manifestPath, "the manifest lists no articles");
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        if (manifest is not null)
        {
            foreach (var entry in manifest.Entries)
            {
                var file = Path.GetFullPath(Path.Combine(folder, entry.File));
                listed.Add(file);
                if (!File.Exists(file))
                {
                    builder.Skip($"{manifest.Path}:{entry.Line}", $"missing: the manifest lists '{entry.File}', which does not exist");
                    continue;
                }

                builder.AddFile(file, entry.Id, entry.Variables, options);
            }
        }

        var unlisted = Directory.EnumerateFiles(folder)
            .Where(f => options.ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !NotArticles.Any(n => Path.GetFileName(f).StartsWith(n, StringComparison.OrdinalIgnoreCase)))
            .Select(Path.GetFullPath)
            .Where(f => !listed.Contains(f))
            .Order(StringComparer.Ordinal);
        foreach (var file in unlisted)
        {
            if (manifest is not null)
            {
                builder.Warn(file, $"not listed in {Path.GetFileName(manifest.Path)}; outlet and date are unknown");
            }

            builder.AddFile(file, Path.GetFileNameWithoutExtension(file), DocumentVariables.Empty, options);
        }

        return builder.Build();
    }

    private static Corpus ReadJsonLines(string path, CorpusReaderOptions options)
    {
        var builder = new CorpusBuilder();
        var lineNumber = 0;
        foreach (var line in ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var source = $"{path}:{lineNumber}";
            Dictionary<string, string> fields;
            try
            {
                fields = JsonFields(line);
            }
            catch (JsonException e)
            {
                builder.Skip(source, $"invalid JSON: {e.Message.Split(" Path:")[0]}");
                continue;
            }
            catch (InvalidOperationException e)
            {
                builder.Skip(source, $"invalid JSON: {e.Message}");
                continue;
            }

            builder.AddRecord(source, fields, options, lineNumber, path);
        }

        return builder.Build();
    }

    private static Corpus ReadTable(string path, CorpusReaderOptions options)
    {
        var builder = new CorpusBuilder();
        var table = Table.Read(path);
        if (!table.Header.Contains(options.TextColumn, StringComparer.OrdinalIgnoreCase))
        {
            throw new CorpusException($"{path}:1: no '{options.TextColumn}' column (columns are: {string.Join(", ", table.Header)}); set the text column name.");
        }

        foreach (var row in table.Rows)
        {
            var source = $"{path}:{row.Line}";
            if (row.Error is not null)
            {
                builder.Skip(source, row.Error);
                continue;
            }

            builder.AddRecord(source, row.Fields, options, row.Line, path);
        }

        return builder.Build();
    }

    internal static IEnumerable<string> ReadLines(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static Dictionary<string, string> JsonFields(string line)
    {
        using var document = JsonDocument.Parse(line);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"expected an object, found {document.RootElement.ValueKind}");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Null => "",
                _ => property.Value.GetRawText(),
            };
        }

        return fields;
    }

    /// <summary>Collects articles, skips and warnings; owns the per-article steps (decode, normalise, clean).</summary>
    private sealed class CorpusBuilder
    {
        private readonly List<Article> _articles = [];
        private readonly List<SkippedInput> _skipped = [];
        private readonly List<LoadWarning> _warnings = [];
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        public void Skip(string source, string reason) => _skipped.Add(new SkippedInput(source, reason));

        public void Warn(string source, string message) => _warnings.Add(new LoadWarning(source, message));

        public void AddFile(string path, string id, ImmutableSortedDictionary<string, string> variables, CorpusReaderOptions options)
        {
            byte[] bytes;
            try
            {
                var length = new FileInfo(path).Length;
                if (length > options.MaxFileBytes)
                {
                    Skip(path, $"too large: {length:N0} bytes is over the {options.MaxFileBytes:N0}-byte limit");
                    return;
                }

                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Skip(path, $"unreadable: {e.Message}");
                return;
            }

            var decoded = TextDecoder.Decode(bytes);
            if (decoded.Warning is not null)
            {
                Warn(path, decoded.Warning);
            }

            if (decoded.Text is null)
            {
                Skip(path, decoded.SkipReason!);
                return;
            }

            Add(path, id, decoded.Text, variables.SetItem(DocumentVariables.File, Path.GetFileName(path)), options);
        }

        public void AddRecord(string source, Dictionary<string, string> fields, CorpusReaderOptions options, int line, string path)
        {
            if (!fields.TryGetValue(options.TextColumn, out var text) || string.IsNullOrWhiteSpace(text))
            {
                Skip(source, $"empty: no '{options.TextColumn}' value");
                return;
            }

            var id = fields.TryGetValue(options.IdColumn, out var given) && !string.IsNullOrWhiteSpace(given)
                ? given.Trim()
                : $"{Path.GetFileNameWithoutExtension(path)}:{line}";
            var variables = fields
                .Where(f => !f.Key.Equals(options.TextColumn, StringComparison.OrdinalIgnoreCase) && !f.Key.Equals(options.IdColumn, StringComparison.OrdinalIgnoreCase))
                .Aggregate(DocumentVariables.Empty, (v, f) => v.SetItem(f.Key.ToLowerInvariant(), f.Value.Trim()))
                .SetItem(DocumentVariables.File, $"{Path.GetFileName(path)}:{line}");
            Add(source, id, text, variables, options);
        }

        private void Add(string source, string id, string decoded, ImmutableSortedDictionary<string, string> variables, CorpusReaderOptions options)
        {
            if (!_ids.Add(id))
            {
                Skip(source, $"duplicate id: '{id}' is already used by an earlier article");
                return;
            }

            var raw = UnicodeText.Normalize(decoded.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
            var outlet = variables.TryGetValue(DocumentVariables.Outlet, out var o) ? o : null;
            string text;
            CleaningAudit audit;
            try
            {
                (text, audit) = options.Clean ? Cleaner.Clean(raw, outlet) : (raw, CleaningAudit.None);
            }
            catch (Exception e) when (e is RegexMatchTimeoutException or ArgumentException or InvalidOperationException)
            {
                Skip(source, $"cleaning failed: {e.Message}"); // one odd article must not stop the corpus
                return;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                Skip(source, "empty: nothing is left after cleaning");
                return;
            }

            _articles.Add(new Article(id, raw, text, variables, audit, source));
        }

        public Corpus Build() => new([.. _articles], [.. _skipped], [.. _warnings]);
    }

    /// <summary>A manifest: one row per article with its file and document variables.</summary>
    private sealed record Manifest(string Path, ImmutableArray<ManifestEntry> Entries)
    {
        public static Manifest Read(string path, CorpusReaderOptions options)
        {
            var rows = System.IO.Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)
                ? JsonRows(path)
                : Table.Read(path).Rows;
            var entries = ImmutableArray.CreateBuilder<ManifestEntry>();
            foreach (var row in rows)
            {
                if (row.Error is not null)
                {
                    throw new CorpusException($"{path}:{row.Line}: {row.Error}");
                }

                if (!row.Fields.TryGetValue(options.FileColumn, out var file) || string.IsNullOrWhiteSpace(file))
                {
                    throw new CorpusException($"{path}:{row.Line}: no '{options.FileColumn}' value; every manifest row names its article's file.");
                }

                var id = row.Fields.TryGetValue(options.IdColumn, out var given) && !string.IsNullOrWhiteSpace(given)
                    ? given.Trim()
                    : System.IO.Path.GetFileNameWithoutExtension(file);
                var variables = row.Fields
                    .Where(f => !f.Key.Equals(options.IdColumn, StringComparison.OrdinalIgnoreCase) && !f.Key.Equals(options.FileColumn, StringComparison.OrdinalIgnoreCase))
                    .Where(f => !string.IsNullOrWhiteSpace(f.Value))
                    .Aggregate(DocumentVariables.Empty, (v, f) => v.SetItem(f.Key.ToLowerInvariant(), f.Value.Trim()));
                entries.Add(new ManifestEntry(row.Line, id, file.Trim(), variables));
            }

            return new Manifest(path, entries.ToImmutable());
        }

        private static ImmutableArray<TableRow> JsonRows(string path)
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                if (document.RootElement.ValueKind != JsonValueKind.Array)
                {
                    throw new CorpusException($"{path}:1: a JSON manifest is an array of objects, one per article.");
                }

                return [.. document.RootElement.EnumerateArray().Select((element, i) => new TableRow(i + 1,
                    element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(), StringComparer.OrdinalIgnoreCase),
                    null))];
            }
            catch (JsonException e)
            {
                throw new CorpusException($"{path}:{(e.LineNumber ?? 0) + 1}: invalid JSON: {e.Message.Split(" Path:")[0]}", e);
            }
        }
    }

    private sealed record ManifestEntry(int Line, string Id, string File, ImmutableSortedDictionary<string, string> Variables);

    internal sealed record TableRow(int Line, Dictionary<string, string> Fields, string? Error);

    /// <summary>A CSV/TSV file read with CsvHelper; a malformed row becomes a row with an error, not an exception.</summary>
    internal sealed record Table(ImmutableArray<string> Header, ImmutableArray<TableRow> Rows)
    {
        public static Table Read(string path)
        {
            var malformed = new List<TableRow>();
            var options = new CsvReaderOptions
            {
                Separator = path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',',
                TrackLineNumbers = true,
                MalformedData = CsvMalformedDataHandling.Skip,
                FieldCountMismatch = CsvFieldCountHandling.Skip,
                OnMalformedRecord = record => malformed.Add(new TableRow((int)record.LineNumber, [], $"malformed row: {Describe(record.Reason)}")),
            };
            try
            {
                using var csv = CsvReader.FromFile(path, options);
                csv.ReadHeader();
                var header = csv.Headers.Select(h => h.Trim()).ToImmutableArray();
                if (header.IsEmpty || header.All(string.IsNullOrWhiteSpace))
                {
                    throw new CorpusException($"{path}:1: the table has no header row.");
                }

                var rows = new List<TableRow>();
                while (csv.Read())
                {
                    var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    for (var i = 0; i < header.Length; i++)
                    {
                        fields[header[i]] = csv.GetString(i);
                    }

                    rows.Add(new TableRow((int)csv.LineNumber, fields, null));
                }

                return new Table(header, [.. rows.Concat(malformed).OrderBy(r => r.Line)]);
            }
            catch (IOException e)
            {
                throw new CorpusException($"{path}: unreadable: {e.Message}", e);
            }
            catch (CsvFormatException e)
            {
                throw new CorpusException($"{path}:{e.LineNumber}: {FirstLine(e.Message)}", e);
            }
        }

        private static string Describe(CsvMalformedReason reason) => reason switch
        {
            CsvMalformedReason.FieldCountMismatch => "its number of fields differs from the header",
            CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
            CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
            CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
            _ => reason.ToString(),
        };

        private static string FirstLine(string message) => message.Split('\n')[0].Trim();
    }
}
