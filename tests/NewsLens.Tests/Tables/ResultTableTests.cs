using System.Text.Json;
using NewsLens.Tables;

namespace NewsLens.Tests.Tables;

public sealed class ResultTableTests
{
    private static readonly ResultTable Table = ResultTable.From(
        [("Türkiye", 7, 0.123456789), ("نص \"quoted\", +2", 0, double.NaN)],
        ("written", x => x.Item1),
        ("count", x => x.Item2),
        ("share", x => x.Item3));

    [Fact]
    public void Given_non_ascii_text_When_written_as_json_Then_it_stays_readable_and_numbers_stay_numbers()
    {
        using var writer = new StringWriter();

        Table.WriteJson(writer);

        var json = writer.ToString();
        Assert.Contains("\"written\": \"Türkiye\"", json, StringComparison.Ordinal);
        Assert.Contains("+2", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(7, document.RootElement[0].GetProperty("count").GetInt32());
        Assert.Equal(0.123457, document.RootElement[0].GetProperty("share").GetDouble());
        Assert.Equal(JsonValueKind.Null, document.RootElement[1].GetProperty("share").ValueKind);
        Assert.Equal("نص \"quoted\", +2", document.RootElement[1].GetProperty("written").GetString());
    }

    [Fact]
    public void Given_a_table_When_written_as_csv_Then_fields_are_quoted_where_needed()
    {
        using var writer = new StringWriter();

        Table.WriteCsv(writer);

        Assert.Equal("written,count,share\nTürkiye,7,0.1235\n\"نص \"\"quoted\"\", +2\",0,NaN\n", writer.ToString());
    }

    [Fact]
    public void Given_a_table_When_turned_into_a_data_frame_Then_numeric_columns_are_numeric()
    {
        var frame = Table.ToDataFrame();

        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal(typeof(int), frame.Columns["count"].DataType);
        Assert.Equal(typeof(double), frame.Columns["share"].DataType);
        Assert.Equal(typeof(string), frame.Columns["written"].DataType);
    }
}
