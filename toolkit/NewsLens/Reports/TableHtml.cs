using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;
using NewsLens.Tables;

namespace NewsLens.Reports;

/// <summary>Tables as escaped HTML for notebooks and the rendered report. Numbers are right-aligned and invariant.</summary>
public static class TableHtml
{
    public const int DefaultMaxRows = 200;

    /// <summary>
    /// The MIME type under which a table too long to show whole is also given as CSV: the report writes it to a file
    /// beside the page and links it (the executed notebook does not keep it, so neither grows with the corpus).
    /// </summary>
    public const string FullTableMimeType = "text/csv";

    /// <summary>The whole table as RFC 4180 CSV when it has more than <paramref name="maxRows"/> rows, else "" (all of it is shown).</summary>
    public static string FullCsv(ResultTable table, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(table);
        return FullCsv(table.Columns, table.Rows.Length, maxRows, (r, c) => table.Rows[r][c]);
    }

    public static string FullCsv(DataFrame frame, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var columns = frame.Columns.Select(c => c.Name).ToList();
        return FullCsv(columns, checked((int)frame.Rows.Count), maxRows, (r, c) => frame.Columns[c][r]);
    }

    private static string FullCsv(IReadOnlyList<string> columns, int rowCount, int maxRows, Func<int, int, object?> cell)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        if (rowCount <= maxRows)
        {
            return "";
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvHelper.CsvWriter.Create(text, new CsvHelper.CsvWriterOptions { NewLine = "\n" }, true))
        {
            csv.WriteHeader([.. columns]);
            for (var r = 0; r < rowCount; r++)
            {
                csv.WriteRecord([.. Enumerable.Range(0, columns.Count).Select(c => ResultTable.Format(cell(r, c)))]);
            }
        }

        return text.ToString();
    }

    public static string Render(ResultTable table, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Render(table.Columns, table.Rows.Length, maxRows, (r, c) => table.Rows[r][c]);
    }

    public static string Render(DataFrame frame, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var columns = frame.Columns.Select(c => c.Name).ToList();
        return Render(columns, checked((int)frame.Rows.Count), maxRows, (r, c) => frame.Columns[c][r]);
    }

    /// <summary>The table as aligned plain text (text/plain for notebook viewers that show no HTML).</summary>
    public static string PlainText(ResultTable table, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(table);
        return PlainText(table.Columns, table.Rows.Length, maxRows, (r, c) => table.Rows[r][c]);
    }

    public static string PlainText(DataFrame frame, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var columns = frame.Columns.Select(c => c.Name).ToList();
        return PlainText(columns, checked((int)frame.Rows.Count), maxRows, (r, c) => frame.Columns[c][r]);
    }

    private static string PlainText(IReadOnlyList<string> columns, int rowCount, int maxRows, Func<int, int, object?> cell)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var shown = Math.Min(rowCount, maxRows);
        List<string[]> rows = [[.. columns.Select(OneLine)]];
        var numeric = new bool[columns.Count];
        for (var r = 0; r < shown; r++)
        {
            rows.Add([.. columns.Select((_, c) =>
            {
                var value = cell(r, c);
                numeric[c] |= IsNumber(value);
                return OneLine(ResultTable.Format(value));
            })]);
        }

        var widths = columns.Select((_, c) => rows.Max(row => row[c].Length)).ToArray();
        var text = new StringBuilder();
        for (var i = 0; i < rows.Count; i++)
        {
            text.AppendJoin("  ", rows[i].Select((value, c) => numeric[c] && i > 0 ? value.PadLeft(widths[c]) : value.PadRight(widths[c]))).TrimEndSpaces().Append('\n');
            if (i == 0)
            {
                text.AppendJoin("  ", widths.Select(w => new string('-', w))).Append('\n');
            }
        }

        if (rowCount > shown)
        {
            text.Append(CultureInfo.InvariantCulture, $"... {rowCount - shown} more rows not shown ({rowCount} in all).\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static StringBuilder TrimEndSpaces(this StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }

        return builder;
    }

    private static string Render(IReadOnlyList<string> columns, int rowCount, int maxRows, Func<int, int, object?> cell)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var html = new StringBuilder();
        html.Append("<table class=\"nl-table\">\n<thead><tr>");
        foreach (var column in columns)
        {
            html.Append("<th>").Append(Html.Escape(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        var shown = Math.Min(rowCount, maxRows);

        // One number of decimals per column (26.000 above 27.569, not 26 above 27.569), from the shown rows.
        var decimals = Enumerable.Range(0, columns.Count)
            .Select(c => Enumerable.Range(0, shown).Select(r => cell(r, c)).Where(v => v is double or float or decimal).Select(Decimals).DefaultIfEmpty(-1).Max())
            .ToArray();
        for (var r = 0; r < shown; r++)
        {
            html.Append("<tr>");
            for (var c = 0; c < columns.Count; c++)
            {
                var value = cell(r, c);
                html.Append(IsNumber(value) ? "<td class=\"num\">" : "<td>")
                    .Append(Html.Escape(FormatIn(value, decimals[c])))
                    .Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>");
        if (rowCount > shown)
        {
            html.Append("\n<p class=\"nl-note\">")
                .Append((rowCount - shown).ToString(CultureInfo.InvariantCulture))
                .Append(" more rows not shown (").Append(rowCount.ToString(CultureInfo.InvariantCulture)).Append(" in all).</p>");
        }

        return html.ToString();
    }

    private const int MaxDecimals = 4;

    private static int Decimals(object? value)
    {
        var text = ResultTable.Format(value);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : Math.Min(MaxDecimals, text.Length - point - 1);
    }

    private static string FormatIn(object? value, int decimals) => value switch
    {
        double d when double.IsFinite(d) && decimals >= 0 => d.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        float f when float.IsFinite(f) && decimals >= 0 => f.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        decimal m when decimals >= 0 => m.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        _ => ResultTable.Format(value),
    };

    private static bool IsNumber(object? value) => value is int or long or short or byte or double or float or decimal;
}
