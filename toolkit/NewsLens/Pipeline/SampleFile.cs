using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsLens.Corpora;

namespace NewsLens.Pipeline;

/// <summary>
/// A <see cref="SampledCorpus"/> stored as one file, so a render reads a large corpus once and every notebook loads the
/// sample instead of scanning the corpus again. JSON Lines: a header (format, the corpus's full path, the sample bound,
/// the reader's outlet column, the corpus's total, and what loading skipped, warned about or ignored), then one line
/// per article with everything the notebooks use (raw and cleaned text, variables, the cleaning audit, the source map),
/// so a loaded sample equals the one that was written.
/// </summary>
public static class SampleFile
{
    public const string Format = "newslens-sample/1";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="sample"/>, drawn from <paramref name="corpusPath"/> with <paramref name="options"/>, to <paramref name="path"/>.</summary>
    public static void Write(string path, SampledCorpus sample, string corpusPath, CorpusReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("corpus", Path.GetFullPath(corpusPath));
            json.WriteNumber("maxArticles", sample.MaxArticles);
            json.WriteString("outletFrom", options.OutletFromUrlColumn ?? "");
            json.WriteNumber("total", sample.Total);
            WritePairs(json, "skipped", sample.Corpus.Skipped.Select(s => (s.Source, s.Reason)));
            WritePairs(json, "warnings", sample.Corpus.Warnings.Select(w => (w.Source, w.Message)));
            WritePairs(json, "ignored", sample.Corpus.Ignored.Select(s => (s.Source, s.Reason)));
            json.WriteEndObject();
        }

        foreach (var article in sample.Corpus.Articles)
        {
            stream.WriteByte((byte)'\n');
            using var json = new Utf8JsonWriter(stream, WriterOptions);
            WriteArticle(json, article);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// The sample stored at <paramref name="path"/> when it was drawn from <paramref name="corpusPath"/> with the same
    /// bound and outlet column; null when it was drawn otherwise (the caller then reads the corpus).
    /// </summary>
    public static SampledCorpus? Read(string path, string corpusPath, CorpusReaderOptions options, int maxArticles)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var lines = File.ReadLines(path).GetEnumerator();
        if (!lines.MoveNext())
        {
            throw new FormatException($"{path}: empty; not a {Format} file");
        }

        int total;
        Corpus corpus;
        using (var header = JsonDocument.Parse(lines.Current))
        {
            var root = header.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != Format)
            {
                throw new FormatException($"{path}: not a {Format} file");
            }

            if (root.GetProperty("corpus").GetString() != Path.GetFullPath(corpusPath)
                || root.GetProperty("maxArticles").GetInt32() != maxArticles
                || root.GetProperty("outletFrom").GetString() != (options.OutletFromUrlColumn ?? ""))
            {
                return null;
            }

            total = root.GetProperty("total").GetInt32();
            corpus = new Corpus(
                [],
                [.. Pairs(root, "skipped").Select(p => new SkippedInput(p.First, p.Second))],
                [.. Pairs(root, "warnings").Select(p => new LoadWarning(p.First, p.Second))])
            {
                Ignored = [.. Pairs(root, "ignored").Select(p => new SkippedInput(p.First, p.Second))],
            };
        }

        var articles = ImmutableArray.CreateBuilder<Article>();
        while (lines.MoveNext())
        {
            if (lines.Current.Length > 0)
            {
                articles.Add(ReadArticle(lines.Current, path, articles.Count + 2));
            }
        }

        return new SampledCorpus(corpus with { Articles = articles.ToImmutable() }, total, maxArticles);
    }

    private static void WriteArticle(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("source", article.Source);
        json.WriteString("raw", article.RawText);
        json.WriteString("text", article.Text);
        json.WriteStartObject("variables");
        foreach (var (name, value) in article.Variables)
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
        json.WriteStartArray("cleaning");
        foreach (var removal in article.Cleaning.Removals)
        {
            json.WriteStartArray();
            json.WriteNumberValue(removal.Start);
            json.WriteNumberValue(removal.Length);
            json.WriteStringValue(removal.Kind.ToString());
            json.WriteStringValue(removal.Rule);
            json.WriteStringValue(removal.RemovedText);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        var map = article.SourceMap;
        if (!map.Equals(SourceMap.Identity(article.Text.Length)))
        {
            json.WriteStartArray("map");
            foreach (var number in map.ToRuns())
            {
                json.WriteNumberValue(number);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static Article ReadArticle(string line, string path, int lineNumber)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var variables = root.GetProperty("variables").EnumerateObject()
                .ToImmutableSortedDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
            var removals = root.GetProperty("cleaning").EnumerateArray().Select(r => new Removal(
                r[0].GetInt32(),
                r[1].GetInt32(),
                Enum.Parse<BoilerplateKind>(r[2].GetString()!),
                r[3].GetString()!,
                r[4].GetString()!));
            var article = new Article(
                root.GetProperty("id").GetString()!,
                root.GetProperty("raw").GetString()!,
                text,
                variables.WithComparers(StringComparer.Ordinal),
                new CleaningAudit([.. removals]),
                root.GetProperty("source").GetString()!);
            return root.TryGetProperty("map", out var map)
                ? article with { SourceMap = SourceMap.FromRuns([.. map.EnumerateArray().Select(n => n.GetInt32())], text.Length) }
                : article;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"{path}:{lineNumber}: not an article of a {Format} file: {e.Message}", e);
        }
    }

    private static void WritePairs(Utf8JsonWriter json, string name, IEnumerable<(string First, string Second)> pairs)
    {
        json.WriteStartArray(name);
        foreach (var (first, second) in pairs)
        {
            json.WriteStartArray();
            json.WriteStringValue(first);
            json.WriteStringValue(second);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static IEnumerable<(string First, string Second)> Pairs(JsonElement root, string name) =>
        [.. root.GetProperty(name).EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetString()!))];
}
