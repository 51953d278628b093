using Plotly.NET;

namespace NewsLens.Charts;

/// <summary>
/// What every chart returns when its input has nothing to draw (no actor mentioned, nobody quoted, no dated
/// article...): an empty chart keeping its title, with a centred "No data: reason" note instead of an exception.
/// </summary>
internal static class NoData
{
    public static string Note(string reason) => "No data: " + reason;

    public static GenericChart EmptyChart(string title, string reason, int width = 800, int height = 400)
    {
        var chart = PlotlyHelpers.Titled(Plotly.NET.CSharp.Chart.Invisible(), title, width, height);
        var layout = GenericChart.getLayout(chart);
        layout.SetProperty("annotations", new[]
        {
            new Dictionary<string, object>
            {
                ["text"] = Note(reason),
                ["xref"] = "paper",
                ["yref"] = "paper",
                ["x"] = 0.5,
                ["y"] = 0.5,
                ["showarrow"] = false,
                ["font"] = new Dictionary<string, object> { ["size"] = 16 },
            },
        });
        layout.SetProperty("xaxis", new Dictionary<string, object> { ["visible"] = false });
        layout.SetProperty("yaxis", new Dictionary<string, object> { ["visible"] = false });
        return GenericChart.setLayout(layout, chart);
    }

    public static ScottPlot.Plot EmptyPlot(string title, string reason)
    {
        ChartFonts.Register();
        var plot = new ScottPlot.Plot();
        var note = plot.Add.Text(Note(reason), 0, 0);
        note.LabelAlignment = ScottPlot.Alignment.MiddleCenter;
        note.LabelFontSize = 16;
        plot.Axes.SetLimits(-1, 1, -1, 1);
        plot.HideGrid();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Title(title);
        return plot;
    }
}
