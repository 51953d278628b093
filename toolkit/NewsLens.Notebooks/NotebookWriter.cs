using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsLens.Notebooks;

/// <summary>
/// Writes an executed notebook as nbformat 4.5 JSON: keys in Jupyter's (sorted) order, text as lists of lines, outputs in
/// the standard kinds (stream, display_data, execute_result, error). Nothing time- or machine-dependent is added.
/// </summary>
public static class NotebookWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var cells = new JsonArray();
        foreach (var executed in run.Cells)
        {
            var cell = new JsonObject { ["cell_type"] = executed.Cell.Kind.ToString().ToLowerInvariant() };
            if (executed.Cell.Kind == CellKind.Code)
            {
                cell["execution_count"] = executed.ExecutionCount;
            }

            cell["id"] = executed.Cell.Id;
            cell["metadata"] = executed.Cell.Metadata.DeepClone();
            if (executed.Cell.Kind == CellKind.Code)
            {
                cell["outputs"] = new JsonArray([.. executed.Outputs.Select(o => Output(o, executed.ExecutionCount))]);
            }

            cell["source"] = Lines(executed.Cell.Source);
            cells.Add(cell);
        }

        var root = new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = run.Notebook.Metadata.DeepClone(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = Math.Max(5, run.Notebook.FormatMinor),
        };
        return root.ToJsonString(Options) + "\n";
    }

    private static JsonObject Output(CellOutput output, int? executionCount) => output switch
    {
        StreamOutput s => new JsonObject { ["name"] = s.Name, ["output_type"] = "stream", ["text"] = Lines(s.Text) },
        DisplayOutput { IsResult: true } d => new JsonObject
        {
            ["data"] = Data(d),
            ["execution_count"] = executionCount,
            ["metadata"] = new JsonObject(),
            ["output_type"] = "execute_result",
        },
        DisplayOutput d => new JsonObject { ["data"] = Data(d), ["metadata"] = new JsonObject(), ["output_type"] = "display_data" },
        ErrorOutput e => new JsonObject
        {
            ["ename"] = e.Name,
            ["evalue"] = e.Message,
            ["output_type"] = "error",
            ["traceback"] = new JsonArray([.. e.Detail.Split('\n').Select(l => (JsonNode?)JsonValue.Create(l))]),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name),
    };

    private static JsonObject Data(DisplayOutput display)
    {
        var data = new JsonObject();
        foreach (var value in display.Data.OrderBy(d => d.MimeType, StringComparer.Ordinal))
        {
            // The whole of a long table goes to the report's tables/ folder, not into the notebook, so the notebook's size
            // does not grow with the corpus (its text/html and text/plain keep the rows shown).
            if (data.ContainsKey(value.MimeType) || value.MimeType == Reports.TableHtml.FullTableMimeType)
            {
                continue;
            }

            if (value.MimeType.EndsWith("json", StringComparison.Ordinal))
            {
                // nbformat stores JSON mime types as JSON, not as a string.
                try
                {
                    data[value.MimeType] = JsonNode.Parse(value.Value);
                }
                catch (JsonException)
                {
                    data["text/plain"] ??= Lines(value.Value);
                }
            }
            else if (value.MimeType.StartsWith("image/", StringComparison.Ordinal) && value.MimeType != "image/svg+xml")
            {
                data[value.MimeType] = value.Value;
            }
            else
            {
                data[value.MimeType] = Lines(value.Value);
            }
        }

        return data;
    }

    /// <summary>Jupyter's multiline string: a list of lines, each keeping its "\n" except the last.</summary>
    internal static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }

        return lines;
    }
}
