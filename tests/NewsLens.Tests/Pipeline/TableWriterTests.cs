using NewsLens.Pipeline;
using Parquet;

namespace NewsLens.Tests.Pipeline;

public sealed class TableWriterTests
{
    private static readonly TableSchema Schema = TableSchema.Of("t", ("name", ColumnKind.Text), ("n", ColumnKind.Integer), ("x", ColumnKind.Real));

    [Fact]
    public void Given_text_with_commas_quotes_and_line_breaks_When_written_and_read_back_Then_every_cell_round_trips()
    {
        using var folder = new TempFolder();
        var rows = new (string Name, long N, double X)[] { ("plain", 1, 0.1), ("a, b", -2, 1e-20), ("say \"hi\"\nnext\r\nline", long.MaxValue, -0.5573704017131537), ("", 0, 0) };
        using (var writer = new TableWriter(folder.Path, Schema))
        {
            foreach (var (name, n, x) in rows)
            {
                writer.Add(name, n, x);
            }
        }

        var read = TableReader.Rows(folder.Path, Schema).Select(r => (r[0].Text!, r[1].Integer, r[2].Real)).ToArray();

        Assert.Equal(rows, read);
    }

    [Fact]
    public async Task Given_more_rows_than_a_row_group_When_written_Then_the_parquet_file_holds_them_all_in_several_row_groups()
    {
        using var folder = new TempFolder();
        using (var writer = new TableWriter(folder.Path, Schema))
        {
            for (var i = 0; i < TableWriter.RowGroupSize + 10; i++)
            {
                writer.Add($"r{i}", i, i / 2.0);
            }
        }

        await using var reader = await ParquetReader.CreateAsync(Path.Combine(folder.Path, "t.parquet"));
        Assert.Equal(2, reader.RowGroupCount);
        Assert.Equal(TableWriter.RowGroupSize + 10, Enumerable.Range(0, reader.RowGroupCount).Sum(g => reader.OpenRowGroupReader(g).RowCount));
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(["name", "n", "x"], fields.Select(f => f.Name));

        // The row buffers are reused from one row group to the next: every value must be the one written.
        var names = new List<string>();
        var numbers = new List<long>();
        var reals = new List<double>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            var (nameValues, numberValues, realValues) = (new string?[count], new long[count], new double[count]);
            await group.ReadAsync(fields[0], nameValues.AsMemory());
            await group.ReadAsync<long>(fields[1], numberValues.AsMemory());
            await group.ReadAsync<double>(fields[2], realValues.AsMemory());
            (names, numbers, reals) = ([.. names, .. nameValues.Select(n => n ?? "")], [.. numbers, .. numberValues], [.. reals, .. realValues]);
        }

        var expected = Enumerable.Range(0, TableWriter.RowGroupSize + 10).ToList();
        Assert.Equal(expected.Select(i => $"r{i}"), names);
        Assert.Equal(expected.Select(i => (long)i), numbers);
        Assert.Equal(expected.Select(i => i / 2.0), reals);
    }

    [Fact]
    public void Given_a_row_of_the_wrong_shape_When_added_Then_the_table_and_column_are_named()
    {
        using var folder = new TempFolder();
        using var writer = new TableWriter(folder.Path, Schema);

        Assert.Contains("t.n", Assert.Throws<ArgumentException>(() => writer.Add("a", "not a number", 1.0)).Message);
        Assert.Contains("3 cells", Assert.Throws<ArgumentException>(() => writer.Add("a")).Message);
    }
}
