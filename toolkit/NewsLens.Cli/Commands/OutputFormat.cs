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
    public static Option<OutputFormat> FormatOption() => new("--format")
    {
        HelpName = "table|csv|json",
        Description = "How to print results: table (for people; the default), csv or json (for scripts).",
        CustomParser = result => ParseFormat(result),
    };

    /// <summary>Case-insensitive table|csv|json; anything else is a parse error that lists the choices.</summary>
    private static OutputFormat ParseFormat(System.CommandLine.Parsing.ArgumentResult result)
    {
        var given = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
        switch (given.Trim().ToLowerInvariant())
        {
            case "table":
                return OutputFormat.Table;
            case "csv":
                return OutputFormat.Csv;
            case "json":
                return OutputFormat.Json;
            default:
                result.AddError($"--format: '{given}' is not a format; choose table, csv or json.");
                return OutputFormat.Table;
        }
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
