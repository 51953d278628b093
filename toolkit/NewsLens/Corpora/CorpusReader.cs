using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
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

    /// <summary>
    /// Reads the records in one byte range of a JSON Lines or CSV/TSV file (a part planned by the streaming pipeline):
    /// bytes [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) begin at line
    /// <paramref name="firstLine"/> and end at a line end. For a table whose range does not start at the top,
    /// <paramref name="headerLength"/> bytes from the start of the file are its header row, read first. Inputs are
    /// named as for the whole file (file name and line), so errors point into the original file.
    /// </summary>
    public static Corpus ReadRange(string path, long start, int length, int firstLine, int headerLength = 0, CorpusReaderOptions? options = null)
    {
        options ??= CorpusReaderOptions.Default;
        var table = Path.GetExtension(path).ToLowerInvariant() is ".csv" or ".tsv";
        var header = table && start > 0 ? headerLength : 0;
        return WithBytes(path, start, header, length, bytes =>
        {
            var builder = new CorpusBuilder(SingleFileName);
            if (!table)
            {
                return ReadJsonLinesBytes(path, bytes, firstLine, options, builder);
            }

            return builder.DecodeBytes(path, bytes.Span) is { } text
                ? ReadTableText(path, text, start > 0 ? firstLine - 2 : 0, options, builder)
                : builder.Build();
        });
    }

    /// <summary>Parts at most this large are read into a pooled array.</summary>
    private const int PooledReadBytes = 64 << 20;

    /// <summary>
    /// Reads the file's first <paramref name="header"/> bytes and then <paramref name="length"/> bytes (null: the rest of
    /// the file) from <paramref name="start"/> into one buffer and hands them to <paramref name="read"/>. A part is
    /// megabytes: a new array each time would be a large-object allocation per part, and those set off full collections.
    /// Nothing read keeps the bytes (records are copied out as strings), so a part's buffer goes back to the pool afterwards.
    /// </summary>
    private static Corpus WithBytes(string path, long start, int header, int? length, Func<ReadOnlyMemory<byte>, Corpus> read)
    {
        byte[]? pooled = null;
        try
        {
            ReadOnlyMemory<byte> bytes;
            try
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
                var rest = file.Length - start;
                if (length is null && rest > Array.MaxLength - header)
                {
                    throw new CorpusException($"{path}: {file.Length:N0} bytes is too large to read at once; newslens analyze streams it in parts.");
                }

                var size = header + (length ?? (int)rest);
                byte[] buffer;
                if (size <= PooledReadBytes)
                {
                    buffer = pooled = ArrayPool<byte>.Shared.Rent(size);
                }
                else
                {
                    buffer = new byte[size];
                }

                file.ReadExactly(buffer, 0, header);
                file.Position = start;
                file.ReadExactly(buffer, header, size - header);
                bytes = buffer.AsMemory(0, size);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CorpusException($"{path}: unreadable: {e.Message}", e);
            }

            return read(bytes);
        }
        finally
        {
            if (pooled is not null)
            {
                ArrayPool<byte>.Shared.Return(pooled);
            }
        }
    }

    private static Corpus ReadSingleFile(string path, CorpusReaderOptions options)
    {
        var builder = new CorpusBuilder(SingleFileName);
        builder.AddFile(path, Path.GetFileNameWithoutExtension(path), DocumentVariables.Empty, options);
        return builder.Build();
    }

    /// <summary>A single-file corpus reports its inputs by file name, so output does not depend on where it lives.</summary>
    private static string SingleFileName(string path) => Path.GetFileName(path);

    private static Corpus ReadFolder(string folder, CorpusReaderOptions options)
    {
        var root = Path.GetFullPath(folder);
        var builder = new CorpusBuilder(path => Path.GetRelativePath(root, Path.GetFullPath(path)).Replace('\\', '/'));
        var manifestPath = options.ManifestPath ?? ManifestNames.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
        var manifest = manifestPath is null ? null : Manifest.Read(manifestPath, options, builder);
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
                    builder.Skip(manifest.Path, entry.Line, $"missing: the manifest lists '{entry.File}', which does not exist");
                    continue;
                }

                builder.AddFile(file, entry.Id, entry.Variables, options);
            }
        }

        // Every file under the folder is read or listed as not read, with the reason. A subfolder is an outlet
        // (corpus/<outlet>/*.txt) unless it holds resources (a folder named "resources", or hidden "." / "_" folders).
        var ignoredFolders = new HashSet<string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(Path.GetFullPath)
            .Where(f => !listed.Contains(f))
            .OrderBy(f => builder.Name(f), StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = builder.Name(file);
            var folders = relative.Split('/')[..^1];
            var excluded = folders.Select((name, i) => (name, i)).FirstOrDefault(f => IsResourceFolder(f.name));
            if (excluded.name is not null)
            {
                var excludedPath = string.Join('/', folders[..(excluded.i + 1)]) + "/";
                if (ignoredFolders.Add(excludedPath))
                {
                    builder.Ignore(excludedPath, excluded.name.StartsWith('.') || excluded.name.StartsWith('_')
                        ? "hidden folder: not read"
                        : "resources folder: dictionaries and lexicons, not articles");
                }

                continue;
            }

            var name = Path.GetFileName(file);
            var extension = Path.GetExtension(file).ToLowerInvariant();
            if (file == (manifestPath is null ? null : Path.GetFullPath(manifestPath)) || (folders.Length == 0 && ManifestNames.Contains(name, StringComparer.OrdinalIgnoreCase)))
            {
                continue; // the manifest itself is read above
            }

            if (name.Equals(StoryFileName, StringComparison.OrdinalIgnoreCase))
            {
                builder.Ignore(file, "metadata: the story definition, not an article");
                continue;
            }

            if (NotArticles.Any(n => name.StartsWith(n, StringComparison.OrdinalIgnoreCase)))
            {
                builder.Ignore(file, "documentation: not an article");
                continue;
            }

            builder.DefaultOutlet = folders.Length > 0 ? folders[0] : null;
            if (extension is ".jsonl" or ".ndjson")
            {
                ReadJsonLines(file, options, builder);
            }
            else if (extension is ".csv" or ".tsv")
            {
                ReadTable(file, options, builder);
            }
            else if (options.ArticleExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || extension.Length == 0)
            {
                // A file without an extension is read when it decodes as text (the decoder skips binary files with a reason).
                if (builder.AddFile(file, Path.GetFileNameWithoutExtension(file), DocumentVariables.Empty, options) && manifest is not null)
                {
                    builder.Warn(file, $"not listed in {Path.GetFileName(manifest.Path)}; outlet and date are unknown");
                }
            }
            else
            {
                builder.Ignore(file, $"not an article format ({extension}; articles are {string.Join(", ", options.ArticleExtensions)}, files without an extension, .jsonl, .csv, .tsv)");
            }

            builder.DefaultOutlet = null;
        }

        return builder.Build();
    }

    /// <summary>The story file kept next to a corpus (seeds/story.json): metadata, never an article.</summary>
    private const string StoryFileName = "story.json";

    private static bool IsResourceFolder(string name) =>
        name.Equals("resources", StringComparison.OrdinalIgnoreCase) || name.StartsWith('.') || name.StartsWith('_');

    private static Corpus ReadJsonLines(string path, CorpusReaderOptions options, CorpusBuilder? into = null) =>
        WithBytes(path, 0, 0, length: null, bytes => ReadJsonLinesBytes(path, bytes, 1, options, into ?? new CorpusBuilder(SingleFileName)));

    /// <summary>
    /// JSON Lines from a file's bytes, the first of them line <paramref name="firstLine"/>. Plain UTF-8 (no byte-order
    /// mark, no NUL, valid: almost every such file) is parsed where it lies, line by line, so the file is never held
    /// as a string too; anything else is decoded first (<see cref="TextDecoder"/>), with the same records either way.
    /// </summary>
    private static Corpus ReadJsonLinesBytes(string path, ReadOnlyMemory<byte> bytes, int firstLine, CorpusReaderOptions options, CorpusBuilder builder)
    {
        if (!TextDecoder.IsPlainUtf8(bytes.Span))
        {
            return builder.DecodeBytes(path, bytes.Span) is { } text ? ReadJsonLinesText(path, text, firstLine, options, builder) : builder.Build();
        }

        var lineNumber = firstLine - 1;
        foreach (var line in LineSlices<byte>(bytes, (byte)'\r', (byte)'\n'))
        {
            lineNumber++;
            var content = line.Span.IndexOfAnyExcept(TextDecoder.AsciiWhiteSpace);
            if (content < 0 || (line.Span[content] >= 0x80 && Encoding.UTF8.GetString(line.Span).AsSpan().IsWhiteSpace()))
            {
                continue; // blank, as the decoded line would be (Unicode white space included)
            }

            AddJsonRecord(path, lineNumber, () => JsonDocument.Parse(line), () => Encoding.UTF8.GetString(line.Span), options, builder);
        }

        return builder.Build();
    }

    private static byte[] ReadAllBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CorpusException($"{path}: unreadable: {e.Message}", e);
        }
    }

    private static Corpus ReadJsonLinesText(string path, string text, int firstLine, CorpusReaderOptions options, CorpusBuilder builder)
    {
        var lineNumber = firstLine - 1;
        foreach (var line in LineSlices(text))
        {
            lineNumber++;
            if (line.Span.IsWhiteSpace())
            {
                continue;
            }

            AddJsonRecord(path, lineNumber, () => JsonDocument.Parse(line), line.ToString, options, builder);
        }

        return builder.Build();
    }

    /// <summary>One line's record, or a skip that names the line and column when it is not a JSON object.</summary>
    private static void AddJsonRecord(string path, int lineNumber, Func<JsonDocument> parse, Func<string> lineText, CorpusReaderOptions options, CorpusBuilder builder)
    {
        Dictionary<string, string> fields;
        try
        {
            using var document = parse();
            fields = JsonFields(document);
        }
        catch (JsonException e)
        {
            builder.Skip(path, lineNumber, $"invalid JSON at column {JsonErrors.Column(lineText(), e)}: {JsonErrors.Plain(e)}");
            return;
        }
        catch (InvalidOperationException e)
        {
            builder.Skip(path, lineNumber, $"invalid JSON: {e.Message}");
            return;
        }

        builder.AddRecord(path, lineNumber, fields, options);
    }

    private static Corpus ReadTable(string path, CorpusReaderOptions options, CorpusBuilder? into = null)
    {
        var builder = into ?? new CorpusBuilder(SingleFileName);
        return builder.DecodeWholeFile(path) is { } text ? ReadTableText(path, text, 0, options, builder) : builder.Build();
    }

    /// <summary>A table's rows; <paramref name="lineOffset"/> is added to the line numbers of the text (its header is line 1).</summary>
    private static Corpus ReadTableText(string path, string text, int lineOffset, CorpusReaderOptions options, CorpusBuilder builder)
    {
        var table = Table.Parse(text, path, lineOffset);
        if (!table.Header.Contains(options.TextColumn, StringComparer.OrdinalIgnoreCase))
        {
            throw new CorpusException($"{path}:1: no '{options.TextColumn}' column (columns are: {string.Join(", ", table.Header)}); name the text column with {TextColumnHint}.");
        }

        foreach (var row in table.Rows)
        {
            if (row.Error is not null)
            {
                builder.Skip(path, row.Line, row.Error);
                continue;
            }

            builder.AddRecord(path, row.Line, row.Fields, options);
        }

        return builder.Build();
    }

    /// <summary>How a caller names the text column; the CLI sets it to its option name.</summary>
    internal const string TextColumnHint = "--text-column (CorpusReaderOptions.TextColumn)";

    /// <summary>The lines of the text as slices of it (nothing copied): \r\n, \n and \r all end a line, as for a reader.</summary>
    internal static IEnumerable<ReadOnlyMemory<char>> LineSlices(string text) => LineSlices(text.AsMemory(), '\r', '\n');

    /// <summary>As <see cref="LineSlices(string)"/> over characters or UTF-8 bytes (where \r and \n are single bytes).</summary>
    private static IEnumerable<ReadOnlyMemory<T>> LineSlices<T>(ReadOnlyMemory<T> text, T cr, T lf)
        where T : IEquatable<T>
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.Span[start..].IndexOfAny(cr, lf);
            if (end < 0)
            {
                yield return text[start..];
                yield break;
            }

            yield return text.Slice(start, end);
            start += end + (text.Span[start + end].Equals(cr) && start + end + 1 < text.Length && text.Span[start + end + 1].Equals(lf) ? 2 : 1);
        }
    }

    /// <summary>Lines as a reader would see them: \r\n, \n and \r all end a line.</summary>
    internal static IEnumerable<string> Lines(string text) => LineSlices(text).Select(line => line.ToString());

    private static Dictionary<string, string> JsonFields(JsonDocument document)
    {
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
    private sealed class CorpusBuilder(Func<string, string> displayName)
    {
        private readonly List<Article> _articles = [];
        private readonly List<SkippedInput> _skipped = [];
        private readonly List<LoadWarning> _warnings = [];
        private readonly List<SkippedInput> _ignored = [];
        private readonly HashSet<(string File, string What)> _noted = [];
        private readonly Dictionary<string, SourceMap> _rawMaps = new(StringComparer.Ordinal);
        private CorpusReaderOptions _options = CorpusReaderOptions.Default;
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        /// <summary>How a path is reported: relative to the corpus folder, or the file name of a single-file corpus.</summary>
        public string Name(string path) => displayName(path);

        public string Name(string path, int line) => $"{displayName(path)}:{line}";

        public void Skip(string path, string reason) => _skipped.Add(new SkippedInput(Name(path), reason));

        public void Skip(string path, int line, string reason) => _skipped.Add(new SkippedInput(Name(path, line), reason));

        public void Warn(string path, string message) => _warnings.Add(new LoadWarning(Name(path), message));

        /// <summary>A file or folder that is deliberately not read (not an article), with the reason.</summary>
        public void Ignore(string path, string reason) => _ignored.Add(new SkippedInput(path.EndsWith('/') ? path : Name(path), reason));

        /// <summary>The outlet of articles read from a subfolder (its name), for those that name none themselves.</summary>
        public string? DefaultOutlet { get; set; }

        public void Warn(string path, int line, string message) => _warnings.Add(new LoadWarning(Name(path, line), message));

        /// <summary>Reads and decodes a whole JSONL/CSV file; null (and a skip) when it is unreadable, empty or binary.</summary>
        public string? DecodeWholeFile(string path) => Decode(path, ReadAllBytes(path));

        /// <summary>Decodes bytes read from <paramref name="path"/> (a range of it); null (and a skip) when empty or binary.</summary>
        public string? DecodeBytes(string path, ReadOnlySpan<byte> bytes) => Decode(path, bytes);

        private string? Decode(string path, ReadOnlySpan<byte> bytes)
        {
            var decoded = TextDecoder.Decode(bytes);
            if (decoded.Warning is not null)
            {
                Warn(path, decoded.Warning);
            }

            if (decoded.Text is null)
            {
                Skip(path, decoded.SkipReason!);
            }

            return decoded.Text;
        }

        /// <summary>Loads one article file; false when it was skipped.</summary>
        public bool AddFile(string path, string id, ImmutableSortedDictionary<string, string> variables, CorpusReaderOptions options)
        {
            byte[] bytes;
            try
            {
                var length = new FileInfo(path).Length;
                if (length > options.MaxFileBytes)
                {
                    Skip(path, string.Create(CultureInfo.InvariantCulture, $"too large: {length:N0} bytes is over the {options.MaxFileBytes:N0}-byte limit"));
                    return false;
                }

                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Skip(path, $"unreadable: {e.Message}");
                return false;
            }

            return Decode(path, bytes) is { } text
                && Add(Name(path), id, text, variables.SetItem(DocumentVariables.File, Path.GetFileName(path)), options);
        }

        public void AddRecord(string path, int line, Dictionary<string, string> fields, CorpusReaderOptions options)
        {
            var source = Name(path, line);
            if (!fields.TryGetValue(options.TextColumn, out var text))
            {
                Skip(path, line, $"empty: no '{options.TextColumn}' field; name the text field with {TextColumnHint}");
                return;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                Skip(path, line, $"empty: no '{options.TextColumn}' value");
                return;
            }

            if (fields.TryGetValue(DocumentVariables.Date, out var date))
            {
                CheckDate(path, line, date);
            }

            var hasId = fields.TryGetValue(options.IdColumn, out var given) && !string.IsNullOrWhiteSpace(given);
            var id = hasId
                ? given!.Trim()
                : $"{Path.GetFileNameWithoutExtension(path)}:{line}";
            if (!hasId && _noted.Add((path, "id")))
            {
                Warn(path, line, fields.ContainsKey(options.IdColumn)
                    ? $"empty '{options.IdColumn}' value: ids fall back to file:line for rows without one"
                    : $"no '{options.IdColumn}' column (columns: {string.Join(", ", fields.Keys)}): ids are file:line; name the id column with --id-column");
            }

            if (options.OutletFromUrlColumn is { } urlColumn && _noted.Add((path, "url")) && !fields.ContainsKey(urlColumn))
            {
                Warn(path, line, $"no '{urlColumn}' column for --outlet-from (columns: {string.Join(", ", fields.Keys)})");
            }
            var variables = fields
                .Where(f => !f.Key.Equals(options.TextColumn, StringComparison.OrdinalIgnoreCase) && !f.Key.Equals(options.IdColumn, StringComparison.OrdinalIgnoreCase))
                .Aggregate(DocumentVariables.Empty, (v, f) => v.SetItem(f.Key.ToLowerInvariant(), f.Value.Trim()))
                .SetItem(DocumentVariables.File, $"{Path.GetFileName(path)}:{line}");
            Add(source, id, text, variables, options);
        }

        /// <summary>Warns (and keeps the value) when a date is not ISO 8601 at day, month or year precision.</summary>
        public void CheckDate(string path, int line, string value)
        {
            var date = value.Trim();
            if (date.Length > 0 && !IsIsoDate(date))
            {
                Warn(path, line, $"date '{date}' is not a valid date (expected YYYY-MM-DD, YYYY-MM or YYYY); kept as written");
            }
        }

        private bool Add(string source, string id, string decoded, ImmutableSortedDictionary<string, string> variables, CorpusReaderOptions options)
        {
            if (!_ids.Add(id))
            {
                _skipped.Add(new SkippedInput(source, $"duplicate id: '{id}' is already used by an earlier article"));
                return false;
            }

            _options = options;
            var (normalised, normalisedMap) = UnicodeText.NormalizeMapped(decoded);
            var (raw, rawMap, repairs) = Mojibake.Repair(normalised, normalisedMap);
            if (repairs > 0)
            {
                _warnings.Add(new LoadWarning(source, $"mojibake repaired: {repairs} character{(repairs == 1 ? "" : "s")} that were UTF-8 read as Windows-1252 (e.g. â€™ for ’)"));
            }

            var namesOutlet = variables.TryGetValue(DocumentVariables.Outlet, out var given) && !string.IsNullOrWhiteSpace(given);
            if (!namesOutlet && options.OutletFromUrlColumn is { } urlColumn
                && variables.TryGetValue(urlColumn.ToLowerInvariant(), out var url) && RegisteredDomain.Of(url) is { } domain)
            {
                variables = variables.SetItem(DocumentVariables.Outlet, domain);
                namesOutlet = true;
            }

            if (DefaultOutlet is not null && !namesOutlet)
            {
                variables = variables.SetItem(DocumentVariables.Outlet, DefaultOutlet);
            }

            var outlet = variables.TryGetValue(DocumentVariables.Outlet, out var o) ? o : null;
            string text;
            CleaningAudit audit;
            SourceMap map;
            try
            {
                (text, audit, map) = options.Clean ? Cleaner.Clean(raw, outlet, rawMap) : (raw, CleaningAudit.None, rawMap);
            }
            catch (Exception e) when (e is RegexMatchTimeoutException or ArgumentException or InvalidOperationException)
            {
                _skipped.Add(new SkippedInput(source, $"cleaning failed: {e.Message}")); // one odd article must not stop the corpus
                return false;
            }

            if (string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(raw))
            {
                // A cleaning rule never removes a whole article: keep it as read, and say so.
                _warnings.Add(new LoadWarning(source, $"cleaning would remove the whole article ({string.Join(", ", audit.Removals.Select(r => r.Rule).Distinct())}); kept as read"));
                (text, audit, map) = (raw.Trim(), CleaningAudit.None, TrimmedMap(raw, rawMap));
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                _skipped.Add(new SkippedInput(source, "empty: nothing is left after cleaning"));
                return false;
            }

            _articles.Add(new Article(id, raw, text, variables, audit, source) { SourceMap = map });
            _rawMaps[id] = rawMap;
            return true;
        }

        private static SourceMap TrimmedMap(string text, SourceMap map)
        {
            var start = text.Length - text.TrimStart().Length;
            var builder = new SourceMap.Builder(map);
            builder.Copy(start, text.Trim().Length);
            return builder.Build();
        }

        public Corpus Build()
        {
            RemoveRepeatedPassages();
            var articles = Duplicates();
            return new Corpus([.. articles], [.. _skipped], [.. _warnings]) { Ignored = [.. _ignored] };
        }

        /// <summary>
        /// Lines found in many articles of one outlet (at least <see cref="RepeatedMinArticles"/> and a tenth of its
        /// articles) are boilerplate: the articles are cleaned again without them, with the removals in their audit.
        /// </summary>
        private void RemoveRepeatedPassages()
        {
            if (!_options.Clean)
            {
                return;
            }

            foreach (var outlet in _articles.Select((a, i) => (a, i)).GroupBy(x => x.a.Outlet, StringComparer.Ordinal))
            {
                var members = outlet.ToList();
                if (members.Count < RepeatedMinArticles)
                {
                    continue;
                }

                var threshold = Math.Max(RepeatedMinArticles, (members.Count + 9) / 10);
                var repeated = RepeatedLines([.. members.Select(m => m.a.RawText)], threshold);
                if (repeated.Count == 0)
                {
                    continue;
                }

                var changed = 0;
                foreach (var (article, index) in members)
                {
                    var (text, audit, map) = Cleaner.Clean(article.RawText, article.Outlet, _rawMaps[article.Id], repeated);
                    if (audit.Removals.Length == article.Cleaning.Removals.Length || string.IsNullOrWhiteSpace(text))
                    {
                        continue; // nothing repeated here, or it would empty the article: an article is never removed whole
                    }

                    _articles[index] = article with { Text = text, Cleaning = audit, SourceMap = map };
                    changed++;
                }

                var example = repeated.Keys.Order(StringComparer.Ordinal).First();
                _warnings.Add(new LoadWarning(
                    $"outlet '{outlet.Key}'",
                    $"repeated passages removed: {repeated.Count} line{(repeated.Count == 1 ? "" : "s")} found in {threshold}+ of its {members.Count} articles, removed from {changed} (e.g. \"{Shorten(example)}\")"));
            }
        }

        /// <summary>Exact and near duplicates (same words ignoring case, punctuation and digits): reported, dropped with <see cref="CorpusReaderOptions.Dedupe"/>.</summary>
        private List<Article> Duplicates()
        {
            var exact = new Dictionary<string, string>(StringComparer.Ordinal);
            var near = new Dictionary<string, string>(StringComparer.Ordinal);
            var kept = new List<Article>(_articles.Count);
            foreach (var article in _articles)
            {
                // Hashes, not the texts, so a large corpus does not hold every text twice.
                var exactKey = Hash(article.Text.AsSpan().Trim());
                var nearKey = LettersOnlyHash(article.Text);
                string? reason = null;
                if (exact.TryGetValue(exactKey, out var first))
                {
                    reason = $"duplicate: same text as '{first}'";
                }
                else if (nearKey.Length > 0 && near.TryGetValue(nearKey, out var similar))
                {
                    reason = $"near-duplicate: same words as '{similar}' (case, punctuation or digits differ)";
                }

                exact.TryAdd(exactKey, article.Id);
                if (nearKey.Length > 0)
                {
                    near.TryAdd(nearKey, article.Id);
                }

                if (reason is null)
                {
                    kept.Add(article);
                }
                else if (_options.Dedupe)
                {
                    _skipped.Add(new SkippedInput(article.Source, reason + "; dropped (--dedupe)"));
                }
                else
                {
                    _warnings.Add(new LoadWarning(article.Source, reason + "; kept (drop with --dedupe)"));
                    kept.Add(article);
                }
            }

            return kept;
        }

        /// <summary>The SHA-256 of the text's UTF-8 bytes, in hex; the bytes go through a pooled buffer, not a new array per article.</summary>
        private static string Hash(ReadOnlySpan<char> text)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
            try
            {
                var length = Encoding.UTF8.GetBytes(text, buffer);
                Span<byte> hash = stackalloc byte[System.Security.Cryptography.SHA256.HashSizeInBytes];
                System.Security.Cryptography.SHA256.HashData(buffer.AsSpan(0, length), hash);
                return Convert.ToHexString(hash);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        /// <summary>The hash of the text's letters, lower-cased (case, punctuation and digits ignored); "" when it has none.</summary>
        private static string LettersOnlyHash(string text)
        {
            var letters = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
            try
            {
                var count = LowerCaseLetters(text, letters);
                return count == 0 ? "" : Hash(letters.AsSpan(0, count));
            }
            finally
            {
                ArrayPool<char>.Shared.Return(letters);
            }
        }

        private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";

        private const int RepeatedMinArticles = 5;
    }

    /// <summary>
    /// Writes the letters of <paramref name="text"/> (<see cref="char.IsLetter(char)"/>) lower-cased
    /// (<see cref="char.ToLowerInvariant"/>) into <paramref name="letters"/>; returns how many. An ASCII character is
    /// a letter exactly when it is A–Z or a–z, and setting bit 0x20 lower-cases it.
    /// </summary>
    internal static int LowerCaseLetters(ReadOnlySpan<char> text, Span<char> letters)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                var small = (char)(c | 0x20);
                if ((uint)(small - 'a') <= 'z' - 'a')
                {
                    letters[count++] = small;
                }
            }
            else if (char.IsLetter(c))
            {
                letters[count++] = char.ToLowerInvariant(c);
            }
        }

        return count;
    }

    /// <summary>
    /// The trimmed lines (of at least <see cref="RepeatedMinLength"/> characters) found in at least
    /// <paramref name="threshold"/> of the texts, with the number of texts holding each. Lines are first counted by
    /// hash without being copied (most lines are unique, and a line's hash count is never below its true count),
    /// then only the lines whose hash reaches the threshold are counted exactly.
    /// </summary>
    internal static Dictionary<string, int> RepeatedLines(IReadOnlyList<string> texts, int threshold)
    {
        var byHash = new Dictionary<int, int>();
        var seen = new HashSet<int>();
        foreach (var text in texts)
        {
            seen.Clear();
            foreach (var (start, length) in TrimmedLines(text))
            {
                var hash = string.GetHashCode(text.AsSpan(start, length));
                if (seen.Add(hash))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(byHash, hash, out _)++;
                }
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var distinctLookup = distinct.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var text in texts)
        {
            distinct.Clear();
            foreach (var (start, length) in TrimmedLines(text))
            {
                var line = text.AsSpan(start, length);
                if (byHash[string.GetHashCode(line)] >= threshold && distinctLookup.Add(line))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(lookup, line, out _)++;
                }
            }
        }

        return counts.Where(c => c.Value >= threshold).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
    }

    /// <summary>Each line of <paramref name="text"/> (split at '\n'), trimmed, that has at least <see cref="RepeatedMinLength"/> characters.</summary>
    private static IEnumerable<(int Start, int Length)> TrimmedLines(string text)
    {
        var start = 0;
        while (true)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(start, end - start);
            var trimmed = line.TrimStart();
            var trimmedStart = start + (line.Length - trimmed.Length);
            var trimmedLength = trimmed.TrimEnd().Length;
            if (trimmedLength >= RepeatedMinLength)
            {
                yield return (trimmedStart, trimmedLength);
            }

            if (newline < 0)
            {
                yield break;
            }

            start = newline + 1;
        }
    }

    /// <summary>A line shorter than this is never counted as a repeated passage.</summary>
    internal const int RepeatedMinLength = 20;

    private static bool IsIsoDate(string date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && date.Length == 7
        || DateOnly.TryParseExact(date + "-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && date.Length == 4;

    /// <summary>A manifest: one row per article with its file and document variables.</summary>
    private sealed record Manifest(string Path, ImmutableArray<ManifestEntry> Entries)
    {
        public static Manifest Read(string path, CorpusReaderOptions options, CorpusBuilder builder)
        {
            var text = builder.DecodeWholeFile(path) ?? "";
            var rows = System.IO.Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)
                ? JsonRows(path, text)
                : text.Length == 0 ? [] : Table.Parse(text, path).Rows;
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
                if (variables.TryGetValue(DocumentVariables.Date, out var date))
                {
                    builder.CheckDate(path, row.Line, date);
                }

                entries.Add(new ManifestEntry(row.Line, id, file.Trim(), variables));
            }

            return new Manifest(path, entries.ToImmutable());
        }

        private static ImmutableArray<TableRow> JsonRows(string path, string text)
        {
            try
            {
                using var document = JsonDocument.Parse(text);
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
                throw new CorpusException($"{path}:{(e.LineNumber ?? 0) + 1}: invalid JSON: {JsonErrors.Plain(e)}", e);
            }
        }
    }

    private sealed record ManifestEntry(int Line, string Id, string File, ImmutableSortedDictionary<string, string> Variables);

    internal sealed record TableRow(int Line, Dictionary<string, string> Fields, string? Error);

    /// <summary>
    /// A CSV/TSV table read with CsvHelper from decoded text; a malformed row becomes a row with an error, not an
    /// exception. A quote that is never closed would swallow every later line into one bad record: that record is
    /// reported with the lines it spanned, and reading starts again on the line after the one the quote opened on.
    /// </summary>
    internal sealed record Table(ImmutableArray<string> Header, ImmutableArray<TableRow> Rows)
    {
        private const int MaxRecoveries = 1000;

        public static Table Parse(string text, string path, int lineOffset = 0)
        {
            var separator = path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',';
            var first = ParseOnce(text, path, separator, lineOffset);
            var rows = new List<TableRow>(first.Rows);
            var swallowing = first.Swallowing;
            string[]? lines = null;
            for (var recoveries = 0; swallowing is { } bad; recoveries++)
            {
                lines ??= [.. Lines(text)];
                var lastLine = bad.Line + bad.Span - 1;
                var header = lines[0];
                if (recoveries == MaxRecoveries || header.Count(c => c == '"') % 2 != 0)
                {
                    rows.Add(new TableRow(bad.Line, [], $"malformed row: {bad.Description} and it runs over lines {bad.Line}–{lastLine}; those {bad.Span} lines were not read"));
                    break;
                }

                rows.Add(new TableRow(bad.Line, [], $"malformed row: {bad.Description}; it would have swallowed lines {bad.Line}–{lastLine} ({bad.Span} lines), so only line {bad.Line} is skipped and reading goes on from line {bad.Line + 1}"));
                var local = bad.Line - lineOffset; // the bad line's number within this text
                if (local >= lines.Length)
                {
                    break;
                }

                // The header, then the lines after the bad one; the header's line 1 stands for line bad.Line.
                var rest = header + "\n" + string.Join("\n", lines[local..]);
                var next = ParseOnce(rest, path, separator, lineOffset: bad.Line - 1);
                rows.AddRange(next.Rows);
                swallowing = next.Swallowing;
            }

            return new Table(first.Header, [.. rows.OrderBy(r => r.Line)]);
        }

        private sealed record Swallow(int Line, int Span, string Description);

        private sealed record Pass(ImmutableArray<string> Header, List<TableRow> Rows, Swallow? Swallowing);

        private static Pass ParseOnce(string text, string path, char separator, int lineOffset)
        {
            var malformed = new List<TableRow>();
            Swallow? swallowing = null;
            var options = new CsvReaderOptions
            {
                Separator = separator,
                TrackLineNumbers = true,
                MalformedData = CsvMalformedDataHandling.Skip,
                FieldCountMismatch = CsvFieldCountHandling.Skip,
                OnMalformedRecord = record =>
                {
                    var line = (int)record.LineNumber + lineOffset;
                    var span = record.RawRecord.Count(c => c == '\n') + 1;
                    if (swallowing is null && IsQuoting(record.Reason) && (span > 1 || record.Reason == CsvMalformedReason.UnterminatedQuote))
                    {
                        swallowing = new Swallow(line, span, Describe(record.Reason));
                        return;
                    }

                    if (swallowing is null)
                    {
                        malformed.Add(new TableRow(line, [], $"malformed row: {Describe(record.Reason)}"));
                    }
                },
            };
            try
            {
                using var csv = CsvReader.FromText(text, options);
                csv.ReadHeader();
                var header = csv.Headers.Select(h => h.Trim()).ToImmutableArray();
                if (header.IsEmpty || header.All(string.IsNullOrWhiteSpace))
                {
                    throw new CorpusException($"{path}:1: the table has no header row.");
                }

                var rows = new List<TableRow>();
                while (swallowing is null && csv.Read())
                {
                    var line = (int)csv.LineNumber + lineOffset;
                    if (swallowing is { } bad && line > bad.Line)
                    {
                        break; // read again from the line after the bad quote
                    }

                    var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    for (var i = 0; i < header.Length; i++)
                    {
                        fields[header[i]] = csv.GetString(i);
                    }

                    rows.Add(new TableRow(line, fields, null));
                }

                return new Pass(header, [.. rows.Concat(malformed)], swallowing);
            }
            catch (CsvFormatException e)
            {
                throw new CorpusException($"{path}:{e.LineNumber + lineOffset}: {FirstLine(e.Message)}", e);
            }
        }

        private static bool IsQuoting(CsvMalformedReason reason) =>
            reason is CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.StrayQuote or CsvMalformedReason.TextAfterClosingQuote;

        private static string Describe(CsvMalformedReason reason) => reason switch
        {
            CsvMalformedReason.FieldCountMismatch => "its number of fields differs from the header",
            CsvMalformedReason.UnterminatedQuote => "a quoted field opened on this line is never closed",
            CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
            CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
            _ => reason.ToString(),
        };

        private static string FirstLine(string message) => message.Split('\n')[0].Trim();
    }
}
