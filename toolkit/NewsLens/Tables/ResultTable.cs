using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Microsoft.Data.Analysis;

namespace NewsLens.Tables;

/// <summary>
/// A small, immutable, column-ordered table of results: what the CLI prints (as a table, CSV or JSON) and what
/// notebooks turn into a DataFrame. Cells are kept as typed values so numbers stay numbers in JSON and DataFrames.
/// </summary>
public sealed record ResultTable(ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<object?>> Rows)
{
    public static ResultTable From<T>(IEnumerable<T> items, params (string Column, Func<T, object?> Value)[] columns) =>
        new([.. columns.Select(c => c.Column)], [.. items.Select(item => columns.Select(c => c.Value(item)).ToImmutableArray())]);

    public string Cell(int row, int column) => Format(Rows[row][column]);

    public static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        float f => f.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>RFC 4180 CSV with a header row and \n line ends.</summary>
    public void WriteCsv(TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, true);
        csv.WriteHeader([.. Columns]);
        foreach (var row in Rows)
        {
            csv.WriteRecord([.. row.Select(Format)]);
        }
    }

    /// <summary>A JSON array with one object per row, properties in column order.</summary>
    public void WriteJson(TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < Columns.Length; i++)
                {
                    json.WritePropertyName(Columns[i]);
                    WriteValue(json, row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    /// <summary>The same table as a Microsoft.Data.Analysis DataFrame; numeric columns become numeric DataFrame columns.</summary>
    public DataFrame ToDataFrame()
    {
        var columns = new List<DataFrameColumn>();
        for (var c = 0; c < Columns.Length; c++)
        {
            var values = Rows.Select(r => r[c]).ToList();
            columns.Add(values.All(v => v is int or null) && values.Any(v => v is not null)
                ? new Int32DataFrameColumn(Columns[c], values.Select(v => (int?)v))
                : values.All(v => v is int or long or double or float or null) && values.Any(v => v is not null)
                    ? new DoubleDataFrameColumn(Columns[c], values.Select(v => v is null ? (double?)null : Convert.ToDouble(v, CultureInfo.InvariantCulture)))
                    : new StringDataFrameColumn(Columns[c], values.Select(Format)));
        }

        return new DataFrame(columns);
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(Math.Round(d, 6));
                break;
            case double:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            default:
                json.WriteStringValue(Format(value));
                break;
        }
    }
}
