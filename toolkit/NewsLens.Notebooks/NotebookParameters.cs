using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsLens.Notebooks;

/// <summary>The kind of a parameter's default value, which an override must keep.</summary>
public enum ParameterKind
{
    String,
    WholeNumber,
    Number,
    Bool,

    /// <summary>Any other expression (null, new[] {...}): not settable from the command line.</summary>
    Other,
}

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

    /// <summary>
    /// Why the overrides cannot be applied to these notebooks, or null: every name must be declared in the parameters
    /// cell of at least one of them, and the value must be of the kind of each default it replaces (any text for a
    /// string, a whole number for an integer, a number for a floating-point default, true or false for a bool).
    /// Checked before anything runs, so a typo fails at once instead of being ignored or failing a later cell.
    /// </summary>
    public static string? Problem(IReadOnlyList<Notebook> notebooks, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        ArgumentNullException.ThrowIfNull(values);
        var declared = notebooks
            .Select(n => (Notebook: n, Parameters: n.Cells.FirstOrDefault(c => c.Kind == CellKind.Code && c.HasTag(NotebookCell.ParametersTag)) is { } cell
                ? Declared(cell.Source)
                : new Dictionary<string, string>()))
            .ToList();
        foreach (var (name, value) in values)
        {
            var defaults = declared.Where(d => d.Parameters.ContainsKey(name)).Select(d => (d.Notebook.Name, Default: d.Parameters[name])).ToList();
            if (defaults.Count == 0)
            {
                var known = declared.SelectMany(d => d.Parameters.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                return $"--param {name}={value}: no notebook being rendered has a parameter \"{name}\" (they have: {string.Join(", ", known)}).";
            }

            foreach (var (notebook, original) in defaults)
            {
                var kind = KindOf(original);
                var fits = kind switch
                {
                    ParameterKind.String => true,
                    ParameterKind.WholeNumber => WholeNumber().IsMatch(value),
                    ParameterKind.Number => Number().IsMatch(value),
                    ParameterKind.Bool => value is "true" or "false",
                    _ => false,
                };
                if (!fits)
                {
                    var expected = kind switch
                    {
                        ParameterKind.WholeNumber => "a whole number",
                        ParameterKind.Number => "a number (like 2.5)",
                        ParameterKind.Bool => "true or false",
                        _ => "not settable from the command line (its default is not a string, number or bool)",
                    };
                    return kind == ParameterKind.Other
                        ? $"--param {name}={value}: {name} in {notebook} is {expected}: {original}."
                        : $"--param {name}={value}: {name} in {notebook} must be {expected} (default {original}).";
                }
            }
        }

        return null;
    }

    /// <summary>What kind of value a parameter's default is, from its source text.</summary>
    public static ParameterKind KindOf(string defaultSource) => defaultSource.Trim() switch
    {
        var s when IsStringLiteral(s) => ParameterKind.String,
        "true" or "false" => ParameterKind.Bool,
        var s when WholeNumber().IsMatch(s) => ParameterKind.WholeNumber,
        var s when NumberLiteral().IsMatch(s) => ParameterKind.Number,
        _ => ParameterKind.Other,
    };

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
                ? KeepKind(value, original)
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

    /// <summary>500 for a default of 500.0 must stay a double (500.0), and 2 for 1.5m a decimal (2m).</summary>
    private static string KeepKind(string value, string original)
    {
        if (KindOf(original) != ParameterKind.Number || !Number().IsMatch(value))
        {
            return value;
        }

        var suffix = original.Trim()[^1] is var last && char.IsLetter(last) ? last.ToString() : "";
        return suffix.Length > 0 ? value + suffix : value.Contains('.', StringComparison.Ordinal) || value.Contains('e', StringComparison.OrdinalIgnoreCase) ? value : value + ".0";
    }

    private static bool IsStringLiteral(string source) => source.StartsWith('"') || source.StartsWith("@\"", StringComparison.Ordinal) || source.StartsWith("$\"", StringComparison.Ordinal);

    private static bool IsPlainValue(string value) =>
        value is "true" or "false" || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    [GeneratedRegex(@"^\s*(?:var|[A-Za-z_][\w<>,\[\]?.]*)\s+(?<name>[A-Za-z_]\w*)\s*=\s*(?<value>[^;\n]+);", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^-?[0-9]+$")]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"^-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^-?[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?[dDfFmM]?$")]
    private static partial Regex NumberLiteral();

    [GeneratedRegex(@"^[A-Za-z_]\w*$")]
    private static partial Regex Identifier();
}
