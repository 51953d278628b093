using System.Collections.Immutable;
using System.Globalization;

namespace NewsLens.Sentiment.Evaluation;

/// <summary>A gold file could not be read: the message names the file, the line and what is wrong.</summary>
public sealed class GoldFormatException(string source, int line, string problem)
    : FormatException($"{source}, line {line.ToString(CultureInfo.InvariantCulture)}: {problem}")
{
    public GoldFormatException()
        : this("gold file", 0, "invalid")
    {
    }

    public GoldFormatException(string message)
        : this("gold file", 0, message)
    {
    }

    public GoldFormatException(string message, Exception inner)
        : this("gold file", 0, message + ": " + inner.Message)
    {
    }
}

/// <summary>
/// Reads delimited gold files: tab-separated when a line holds a tab, otherwise comma-separated with double-quote
/// quoting (RFC 4180). Lines starting with # and blank lines are skipped.
/// </summary>
internal static class GoldFile
{
    public static IEnumerable<(int Line, string[] Cells)> Rows(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            yield return (number, line.Contains('\t') ? line.Split('\t') : SplitCsv(line));
        }
    }

    public static string[] SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    public static int? Column(string[] header, params string[] names)
    {
        for (var i = 0; i < header.Length; i++)
        {
            if (names.Contains(header[i].Trim().ToLowerInvariant(), StringComparer.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    public static bool? ParseYesNo(string text, string source, int line, string column) => text.Trim().ToLowerInvariant() switch
    {
        "" => null,
        "yes" or "y" or "true" or "1" => true,
        "no" or "n" or "false" or "0" => false,
        var other => throw new GoldFormatException(source, line, $"the {column} \"{other}\" is not yes or no"),
    };

    public static ImmutableArray<string> Header(string[] cells) => [.. cells.Select(c => c.Trim().ToLowerInvariant())];
}
