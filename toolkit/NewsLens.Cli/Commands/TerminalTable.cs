using System.Globalization;
using System.Text;
using NewsLens.Tables;

namespace NewsLens.Cli.Commands;

/// <summary>A writer that stands for a terminal of a given width: tables printed to it get the fitted layout.</summary>
public class TerminalWriter(int width) : StringWriter(CultureInfo.InvariantCulture)
{
    public int Width { get; } = width;
}

/// <summary>
/// A result table laid out for a terminal of a given width. Numbers are right-aligned with one number of decimals per
/// column and never cut; short labels are cut with an ellipsis when space runs out, never below their header's width;
/// only free text (sentences, contexts) wraps. When even that does not fit, each row is printed as a record, one
/// "column: value" line per cell.
/// </summary>
public static class TerminalTable
{
    private const string Gap = "  ";
    private const int MaxDecimals = 4;
    private const int LabelFloor = 10;
    private const int TextFloor = 20;

    public static string Render(ResultTable table, int width, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        width = Math.Max(width, 20);
        var columns = Enumerable.Range(0, table.Columns.Length).Select(c => Describe(table, c)).ToArray();
        var text = new StringBuilder();
        if (title is not null)
        {
            foreach (var line in Wrap(title, width))
            {
                text.Append(line).Append('\n');
            }
        }

        var widths = Fit(columns, width);
        if (widths is null)
        {
            AppendRecords(text, table, columns, width);
        }
        else
        {
            AppendGrid(text, table, columns, widths);
        }

        return text.ToString();
    }

    private enum Kind
    {
        Number,
        Label,
        Text,
    }

    private sealed record Column(string Header, Kind Kind, string[] Cells)
    {
        public int Natural => Math.Max(Header.Length, CellWidth);

        private int CellWidth => Cells.Length == 0 ? 0 : Cells.Max(c => c.Length);

        /// <summary>
        /// The narrowest the header can be without cutting a word: a header of several words (split after '_', as in
        /// per_1000_words) may take two or more lines.
        /// </summary>
        public int HeaderMinimum => HeaderWords(Header).Max(w => w.Length);

        /// <summary>How narrow the column may get: a number never below its widest value; nothing below its header's words or its floor.</summary>
        public int Minimum => Kind switch
        {
            Kind.Number => Math.Max(HeaderMinimum, CellWidth),
            Kind.Label => Math.Max(HeaderMinimum, Math.Min(Natural, LabelFloor)),
            _ => Math.Max(HeaderMinimum, Math.Min(Natural, TextFloor)),
        };
    }

    private static string[] HeaderWords(string header)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] is '_' or ' ' && i + 1 < header.Length)
            {
                words.Add(header[start..(i + 1)]);
                start = i + 1;
            }
        }

        words.Add(header[start..]);
        return [.. words];
    }

    /// <summary>The header packed into lines of the column's width, breaking only after '_' or a space.</summary>
    private static List<string> HeaderLines(string header, int width)
    {
        var lines = new List<string> { "" };
        foreach (var word in HeaderWords(header))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + word.Length > width)
            {
                lines.Add("");
            }

            lines[^1] += word;
        }

        return [.. lines.Select(l => Cut(l.TrimEnd(), width))];
    }

    private static Column Describe(ResultTable table, int c)
    {
        var values = table.Rows.Select(r => r[c]).ToList();
        var header = table.Columns[c];
        if (values.Count > 0 && values.All(v => v is null or int or long or double or float or decimal))
        {
            var decimals = values.Where(v => v is double or float or decimal).Select(Decimals).DefaultIfEmpty(0).Max();
            var format = decimals == 0 ? "0" : "0." + new string('0', decimals);
            return new Column(header, Kind.Number, [.. values.Select(v => v switch
            {
                null => "",
                double d when !double.IsFinite(d) => ResultTable.Format(d),
                IFormattable f when v is not int and not long => Convert.ToDouble(f, CultureInfo.InvariantCulture).ToString(format, CultureInfo.InvariantCulture),
                _ => ResultTable.Format(v),
            })]);
        }

        var cells = values.Select(v => ResultTable.Format(v).ReplaceLineEndings(" ")).ToArray();
        var isText = cells.Any(s => s.Length > 60 && s.Contains(' ', StringComparison.Ordinal));
        return new Column(header, isText ? Kind.Text : Kind.Label, cells);
    }

    private static int Decimals(object? value)
    {
        var text = ResultTable.Format(value);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : Math.Min(MaxDecimals, text.Length - point - 1);
    }

    /// <summary>Column widths that fit, shrinking free text first and labels next; null when even the minimums do not fit.</summary>
    private static int[]? Fit(Column[] columns, int width)
    {
        var widths = columns.Select(c => c.Natural).ToArray();
        var available = width - Gap.Length * (columns.Length - 1);
        if (columns.Sum(c => c.Minimum) > available)
        {
            return null;
        }

        foreach (var kind in new[] { Kind.Text, Kind.Number, Kind.Label })
        {
            // Take one character at a time from the widest shrinkable column of this kind, so they end up balanced. Text wraps
            // first, then number headers take two lines, and only then are labels cut.
            while (widths.Sum() > available)
            {
                var widest = Enumerable.Range(0, columns.Length)
                    .Where(i => columns[i].Kind == kind && widths[i] > columns[i].Minimum)
                    .OrderByDescending(i => widths[i]).ThenBy(i => i)
                    .Select(i => (int?)i).FirstOrDefault();
                if (widest is not { } i)
                {
                    break;
                }

                widths[i]--;
            }
        }

        return widths.Sum() <= available ? widths : null;
    }

    private static void AppendGrid(StringBuilder text, ResultTable table, Column[] columns, int[] widths)
    {
        var headers = columns.Select((c, i) => HeaderLines(c.Header, widths[i])).ToArray();
        for (var line = 0; line < headers.Max(h => h.Count); line++)
        {
            // Headers sit on the bottom line, next to the rule, like a spreadsheet's.
            AppendLine(text, columns.Select((c, i) =>
            {
                var offset = headers.Max(h => h.Count) - headers[i].Count;
                return Align(line >= offset ? headers[i][line - offset] : "", widths[i], c.Kind == Kind.Number);
            }));
        }

        AppendLine(text, widths.Select(w => new string('─', w)));
        for (var r = 0; r < table.Rows.Length; r++)
        {
            var cellLines = columns.Select((c, i) => c.Kind == Kind.Text ? Wrap(c.Cells[r], widths[i]) : [Cut(c.Cells[r], widths[i])]).ToArray();
            var height = cellLines.Max(l => l.Count);
            for (var line = 0; line < height; line++)
            {
                AppendLine(text, columns.Select((c, i) => Align(line < cellLines[i].Count ? cellLines[i][line] : "", widths[i], c.Kind == Kind.Number)));
            }
        }
    }

    private static void AppendRecords(StringBuilder text, ResultTable table, Column[] columns, int width)
    {
        var keyWidth = Math.Min(columns.Max(c => c.Header.Length), width / 3);
        var valueWidth = width - keyWidth - 2;
        for (var r = 0; r < table.Rows.Length; r++)
        {
            text.Append(Cut($"── {(r + 1).ToString(CultureInfo.InvariantCulture)} of {table.Rows.Length.ToString(CultureInfo.InvariantCulture)} " + new string('─', width), width)[..width].TrimEnd('…')).Append('\n');
            foreach (var column in columns)
            {
                var lines = Wrap(column.Cells[r], valueWidth);
                for (var l = 0; l < lines.Count; l++)
                {
                    var key = l == 0 ? Cut(column.Header, keyWidth) : "";
                    text.Append((key.PadRight(keyWidth) + Gap + lines[l]).TrimEnd()).Append('\n');
                }
            }
        }
    }

    private static void AppendLine(StringBuilder text, IEnumerable<string> cells) => text.Append(string.Join(Gap, cells).TrimEnd()).Append('\n');

    private static string Align(string cell, int width, bool right) => right ? cell.PadLeft(width) : cell.PadRight(width);

    /// <summary>The text cut to a width, its last character an ellipsis when anything was cut.</summary>
    public static string Cut(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= width ? text : width <= 1 ? text[..width] : text[..(width - 1)].TrimEnd() + "…";
    }

    /// <summary>Word-wrapped lines no longer than the width; a word longer than the width is split.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > 0)
            {
                var room = line.Length == 0 ? width : width - line.Length - 1;
                if (rest.Length <= room)
                {
                    line.Append(line.Length == 0 ? "" : " ").Append(rest);
                    rest = "";
                }
                else if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                else
                {
                    lines.Add(rest[..width]);
                    rest = rest[width..];
                }
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }
}
