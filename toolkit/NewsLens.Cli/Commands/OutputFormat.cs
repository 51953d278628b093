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

    private static void WriteTable(ResultTable table, TextWriter writer, string? title)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected ? Math.Max(80, Console.WindowWidth) : 250; // redirected: wide enough that headers are not cut
        var spectre = new Table().Border(TableBorder.Rounded);
        if (title is not null)
        {
            spectre.Title(Markup.Escape(title));
        }

        foreach (var column in table.Columns)
        {
            spectre.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        for (var r = 0; r < table.Rows.Length; r++)
        {
            spectre.AddRow([.. table.Columns.Select((_, c) => new Spectre.Console.Text(table.Cell(r, c)))]);
        }

        console.Write(spectre);
    }
}
