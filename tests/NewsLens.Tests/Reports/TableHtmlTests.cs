using Microsoft.Data.Analysis;
using NewsLens.Reports;
using NewsLens.Tables;

namespace NewsLens.Tests.Reports;

public sealed class TableHtmlTests
{
    private static ResultTable Sample() => ResultTable.From(
        new[]
        {
            (Outlet: "Daily Sabah", Title: "Türkiye <script>alert(1)</script> & Syria", Words: 812, Share: 0.25),
            (Outlet: "Arab News", Title: "\"Quoted\" 'title'", Words: 95, Share: 0.125),
        },
        ("outlet", x => x.Outlet),
        ("title", x => x.Title),
        ("words", x => x.Words),
        ("share", x => x.Share));

    [Fact]
    public void Given_a_small_table_When_rendered_Then_it_matches_the_golden_file()
    {
        NewsLens.Tests.Golden.GoldenFile.AssertMatches("Reports/table.html", TableHtml.Render(Sample()) + "\n");
    }

    [Fact]
    public void Given_the_same_table_as_a_DataFrame_When_rendered_Then_the_html_is_the_same()
    {
        var table = Sample();
        Assert.Equal(TableHtml.Render(table), TableHtml.Render(table.ToDataFrame()));
    }

    [Fact]
    public void Given_more_rows_than_the_limit_When_rendered_Then_the_extra_rows_are_counted_not_shown()
    {
        var table = ResultTable.From(Enumerable.Range(1, 10), ("n", n => n));
        var html = TableHtml.Render(table, maxRows: 3);
        Assert.Equal(3, html.Split("<tr><td").Length - 1);
        Assert.Contains("7 more rows not shown (10 in all).", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_table_that_fits_When_its_full_CSV_is_asked_for_Then_there_is_none()
    {
        Assert.Equal("", TableHtml.FullCsv(Sample(), maxRows: 2));
        Assert.Equal("", TableHtml.FullCsv(Sample().ToDataFrame(), maxRows: 2));
    }

    [Fact]
    public void Given_a_table_longer_than_the_limit_When_its_full_CSV_is_asked_for_Then_every_row_is_there_quoted_per_RFC_4180()
    {
        var csv = TableHtml.FullCsv(Sample(), maxRows: 1);

        Assert.Equal(
            "outlet,title,words,share\n" +
            "Daily Sabah,Türkiye <script>alert(1)</script> & Syria,812,0.25\n" +
            "Arab News,\"\"\"Quoted\"\" 'title'\",95,0.125\n",
            csv);
        Assert.Equal(csv, TableHtml.FullCsv(Sample().ToDataFrame(), maxRows: 1));
    }

    [Fact]
    public void Given_a_DataFrame_with_missing_values_When_rendered_Then_missing_cells_are_empty()
    {
        var frame = new DataFrame(new StringDataFrameColumn("name", ["a", null]), new Int32DataFrameColumn("n", [1, null]));
        var html = TableHtml.Render(frame);
        Assert.Contains("<tr><td></td><td></td></tr>", html, StringComparison.Ordinal);
    }
}
