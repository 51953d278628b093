using System.CommandLine;
using NewsLens.Tables;
using Spectre.Console;

namespace NewsLens.Cli.Commands;

public enum OutputFormat
{
    /// <summary>The default (an absent --format reads as the enum's zero value).</summary>
    Table = 0,
    Csv,
    Json,
}

/// <summary>Shared options and the one place tables are written, so every command formats the same way.</summary>
public static class Output
{
    public static Option<OutputFormat> FormatOption() =>
        ChoiceOption<OutputFormat>("--format", "How to print results: table (for people; the default), csv or json (for scripts).");

    /// <summary>
    /// An option whose values are an enum's names in lower case, matched case-insensitively; a wrong value lists the
    /// choices. When the option is absent the value is the enum's zero value, which the description should name.
    /// </summary>
    public static Option<TEnum> ChoiceOption<TEnum>(string name, string description)
        where TEnum : struct, Enum
    {
        var choices = Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()).ToArray();
        return new Option<TEnum>(name)
        {
            HelpName = string.Join('|', choices),
            Description = description,
            CustomParser = result =>
            {
                var given = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
                if (Enum.TryParse<TEnum>(given.Trim(), ignoreCase: true, out var value) && choices.Contains(given.Trim().ToLowerInvariant()))
                {
                    return value;
                }

                result.AddError($"{name}: '{given}' is not one of the choices; choose {string.Join(", ", choices[..^1])} or {choices[^1]}.");
                return default;
            },
        };
    }

    /// <summary>A validator for a comma-separated list of choices (--show counts,co-mentions).</summary>
    public static Action<System.CommandLine.Parsing.OptionResult> ChoiceListValidator(string name, params string[] choices) => result =>
    {
        foreach (var token in result.Tokens)
        {
            var wrong = token.Value.Split(',', StringSplitOptions.TrimEntries).Where(v => !choices.Contains(v, StringComparer.Ordinal)).ToList();
            if (wrong.Count > 0 || token.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Length == 0)
            {
                result.AddError($"{name}: '{token.Value}' is not one of the choices ({string.Join(", ", choices)}), or several separated by commas.");
            }
        }
    };

    /// <summary>
    /// Several tables: one after the other as tables; as JSON one object with a property per table (by name, in order);
    /// as CSV one block per table (header row included) separated by a blank line. One table prints as <see cref="Write"/>.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Name, ResultTable Table, string Title)> tables, OutputFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(writer);
        if (tables.Count == 1 || format == OutputFormat.Table)
        {
            foreach (var (_, table, title) in tables)
            {
                Write(table, format, writer, title);
            }

            return;
        }

        if (format == OutputFormat.Csv)
        {
            for (var i = 0; i < tables.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write('\n');
                }

                tables[i].Table.WriteCsv(writer);
            }

            return;
        }

        writer.Write("{\n");
        for (var i = 0; i < tables.Count; i++)
        {
            using var json = new StringWriter();
            tables[i].Table.WriteJson(json);
            var indented = json.ToString().TrimEnd('\n').Replace("\n", "\n  ", StringComparison.Ordinal);
            writer.Write($"  {System.Text.Json.JsonSerializer.Serialize(tables[i].Name)}: {indented}{(i + 1 < tables.Count ? "," : "")}\n");
        }

        writer.Write("}\n");
    }

    public static void Write(ResultTable table, OutputFormat format, TextWriter writer, string? title = null)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                table.WriteCsv(writer);
                break;
            case OutputFormat.Json:
                table.WriteJson(writer);
                break;
            default:
                WriteTable(table, writer, title);
                break;
        }
    }

    /// <summary>
    /// A terminal gets a table fitted to its width (<see cref="TerminalTable"/>). Anything else (a pipe, a file, a test)
    /// gets plain Markdown-style rows, one line per row and never wrapped, so grep and diff work.
    /// </summary>
    private static void WriteTable(ResultTable table, TextWriter writer, string? title)
    {
        if (TerminalWidth(writer) is { } width)
        {
            writer.Write(TerminalTable.Render(table, width, title));
            writer.WriteLine();
            return;
        }

        using var plain = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(plain),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = PlainWidth(table);
        var spectre = new Table().Border(TableBorder.Markdown);
        for (var c = 0; c < table.Columns.Length; c++)
        {
            var column = new TableColumn(Markup.Escape(table.Columns[c]));
            if (IsNumeric(table, c))
            {
                column.NoWrap().RightAligned();
            }

            spectre.AddColumn(column);
        }

        for (var r = 0; r < table.Rows.Length; r++)
        {
            spectre.AddRow([.. table.Columns.Select((_, c) => new Spectre.Console.Text(table.Cell(r, c)))]);
        }

        console.Write(spectre);
        if (title is not null)
        {
            writer.WriteLine(title);
        }

        foreach (var line in plain.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0))
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>The width of the terminal the writer prints to, or null when it is a pipe, a file or a test's buffer.</summary>
    private static int? TerminalWidth(TextWriter writer)
    {
        if (writer is TerminalWriter fixedWidth)
        {
            return fixedWidth.Width;
        }

        if (!ReferenceEquals(writer, Console.Out) || Console.IsOutputRedirected)
        {
            return null;
        }

        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    private static bool IsNumeric(ResultTable table, int column) =>
        table.Rows.All(row => row[column] is null or int or long or double or float or decimal);

    /// <summary>Wide enough for every cell on one line: the widest cell of each column plus the borders.</summary>
    private static int PlainWidth(ResultTable table)
    {
        var widths = table.Columns.Select((name, c) => Math.Max(name.Length, table.Rows.Length == 0 ? 0 : table.Rows.Max(row => ResultTable.Format(row[c]).Length)));
        return widths.Sum(w => w + 3) + 2;
    }
}
