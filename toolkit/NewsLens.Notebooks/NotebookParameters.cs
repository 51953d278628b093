using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsLens.Notebooks;

/// <summary>
/// Papermill's convention for C#: the first cell tagged "parameters" holds defaults; the runner inserts a cell tagged
/// "injected-parameters" right after it that re-declares the overridden variables (a later script submission may
/// re-declare a variable). A value keeps the kind of the default it replaces: string defaults get string literals,
/// numeric and boolean defaults get the value as written.
/// </summary>
public static partial class NotebookParameters
{
    public const string InjectedCellId = "injected-parameters";

    /// <summary>The variables a parameters cell declares, with the default's source text.</summary>
    public static IReadOnlyDictionary<string, string> Declared(string parametersSource)
    {
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Declaration().Matches(parametersSource))
        {
            declared[match.Groups["name"].Value] = match.Groups["value"].Value.Trim();
        }

        return declared;
    }

    /// <summary>The cells with an injected parameters cell after the parameters cell (or first, when there is none).</summary>
    public static ImmutableArray<NotebookCell> Inject(ImmutableArray<NotebookCell> cells, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        if (values.Count == 0)
        {
            return cells;
        }

        var index = -1;
        for (var i = 0; i < cells.Length && index < 0; i++)
        {
            index = cells[i].Kind == CellKind.Code && cells[i].HasTag(NotebookCell.ParametersTag) ? i : -1;
        }

        var declared = index >= 0 ? Declared(cells[index].Source) : new Dictionary<string, string>();
        var source = new StringBuilder("// Parameters injected by `newslens render`.\n");
        foreach (var (name, value) in values)
        {
            if (!Identifier().IsMatch(name))
            {
                throw new NotebookException($"parameter \"{name}\" is not a C# identifier.");
            }

            var literal = declared.TryGetValue(name, out var original) && !IsStringLiteral(original) && IsPlainValue(value)
                ? value
                : StringLiteral(value);
            source.Append("var ").Append(name).Append(" = ").Append(literal).Append(";\n");
        }

        var metadata = new JsonObject
        {
            ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
            ["tags"] = new JsonArray(NotebookCell.InjectedParametersTag),
        };
        var injected = new NotebookCell(InjectedCellId, CellKind.Code, source.ToString().TrimEnd('\n'), [NotebookCell.InjectedParametersTag], metadata);
        return cells.Insert(index + 1, injected);
    }

    /// <summary>A C# regular string literal for any text.</summary>
    public static string StringLiteral(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static bool IsStringLiteral(string source) => source.StartsWith('"') || source.StartsWith("@\"", StringComparison.Ordinal) || source.StartsWith("$\"", StringComparison.Ordinal);

    private static bool IsPlainValue(string value) =>
        value is "true" or "false" || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    [GeneratedRegex(@"^\s*(?:var|[A-Za-z_][\w<>,\[\]?.]*)\s+(?<name>[A-Za-z_]\w*)\s*=\s*(?<value>[^;\n]+);", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^[A-Za-z_]\w*$")]
    private static partial Regex Identifier();
}
