using NewsLens.Reports;
using NewsLens.Tables;

namespace NewsLens.Tests.Reports;

public sealed class TableTextTests
{
    [Fact]
    public void Given_a_table_When_rendered_as_plain_text_Then_columns_align_numbers_are_right_aligned_and_line_breaks_are_flattened()
    {
        var table = ResultTable.From(new[] { ("Reuters", 12, 0.5), ("A\nB", 3, 10.25) }, ("outlet", r => r.Item1), ("articles", r => r.Item2), ("share", r => r.Item3));

        var text = TableHtml.PlainText(table);

        Assert.Equal("outlet   articles  share\n-------  --------  -----\nReuters        12    0.5\nA B             3  10.25", text);
    }

    [Fact]
    public void Given_more_rows_than_shown_When_rendered_as_plain_text_Then_a_note_says_how_many_are_left_out()
    {
        var table = ResultTable.From(Enumerable.Range(1, 5), ("n", n => n));
        Assert.EndsWith("... 3 more rows not shown (5 in all).", TableHtml.PlainText(table, maxRows: 2), StringComparison.Ordinal);
    }
}
