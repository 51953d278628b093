using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsLens.Notebooks;

public enum CellKind
{
    Code,
    Markdown,
    Raw,
}

/// <summary>One notebook cell as committed: id, kind, source text, tags and the rest of its metadata (kept as JSON).</summary>
public sealed record NotebookCell(string Id, CellKind Kind, string Source, ImmutableArray<string> Tags, JsonObject Metadata)
{
    public const string ParametersTag = "parameters";
    public const string InjectedParametersTag = "injected-parameters";

    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);
}

/// <summary>
/// A Jupyter notebook (nbformat 4.5) as the runner reads it. Parsing checks what the runner and the convention need
/// (cell ids, kinds) and reports problems with the notebook's name; unknown metadata is kept for the executed copy.
/// </summary>
public sealed record Notebook(string Name, int Format, int FormatMinor, JsonObject Metadata, ImmutableArray<NotebookCell> Cells)
{
    public static Notebook Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static Notebook Parse(string json, string name)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new NotebookException($"{name}: not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new NotebookException($"{name}: not valid JSON ({e.Message}).");
        }

        var format = (int?)root["nbformat"] ?? throw new NotebookException($"{name}: no nbformat.");
        var minor = (int?)root["nbformat_minor"] ?? 0;
        if (format != 4)
        {
            throw new NotebookException($"{name}: nbformat {format} is not supported (need 4).");
        }

        var cells = root["cells"] as JsonArray ?? throw new NotebookException($"{name}: no cells.");
        var parsed = ImmutableArray.CreateBuilder<NotebookCell>(cells.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i] as JsonObject ?? throw new NotebookException($"{name}: cell {i + 1} is not an object.");
            var id = (string?)cell["id"];
            if (string.IsNullOrEmpty(id))
            {
                throw new NotebookException($"{name}: cell {i + 1} has no id (nbformat 4.5 needs one per cell).");
            }

            if (!ids.Add(id))
            {
                throw new NotebookException($"{name}: cell {i + 1} repeats the id \"{id}\".");
            }

            var kind = (string?)cell["cell_type"] switch
            {
                "code" => CellKind.Code,
                "markdown" => CellKind.Markdown,
                "raw" => CellKind.Raw,
                var other => throw new NotebookException($"{name}: cell {i + 1} has an unknown cell_type \"{other}\"."),
            };
            var metadata = cell["metadata"] is JsonObject m ? (JsonObject)m.DeepClone() : [];
            var tags = metadata["tags"] is JsonArray t ? t.Select(x => (string?)x ?? "").ToImmutableArray() : [];
            parsed.Add(new NotebookCell(id, kind, SourceText(cell["source"]), tags, metadata));
        }

        var notebookMetadata = root["metadata"] is JsonObject md ? (JsonObject)md.DeepClone() : [];
        return new Notebook(name, format, minor, notebookMetadata, parsed.ToImmutable());
    }

    /// <summary>Jupyter stores text as a string or a list of lines; both become one string.</summary>
    internal static string SourceText(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value => (string?)value ?? "",
        _ => "",
    };

    /// <summary>Problems that make a committed notebook break the convention (outputs, execution counts, ids).</summary>
    public static IReadOnlyList<string> CommittedProblems(string json, string name)
    {
        var problems = new List<string>();
        Notebook notebook;
        try
        {
            notebook = Parse(json, name);
        }
        catch (NotebookException e)
        {
            return [e.Message];
        }

        if (notebook.FormatMinor < 5)
        {
            problems.Add($"{name}: nbformat_minor is {notebook.FormatMinor}; cell ids need 4.5.");
        }

        var cells = (JsonNode.Parse(json)!["cells"] as JsonArray)!;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = (JsonObject)cells[i]!;
            if (cell["outputs"] is JsonArray outputs && outputs.Count > 0)
            {
                problems.Add($"{name}: cell {i + 1} is committed with {outputs.Count} output(s); clear outputs before committing.");
            }

            if (cell["execution_count"] is JsonValue count && count.GetValueKind() != JsonValueKind.Null)
            {
                problems.Add($"{name}: cell {i + 1} is committed with an execution count.");
            }
        }

        return problems;
    }
}

/// <summary>A notebook that cannot be read or run as the convention requires.</summary>
public sealed class NotebookException(string message) : Exception(message)
{
    public NotebookException()
        : this("invalid notebook")
    {
    }

    public NotebookException(string message, Exception inner)
        : this(message + ": " + inner.Message)
    {
    }
}
