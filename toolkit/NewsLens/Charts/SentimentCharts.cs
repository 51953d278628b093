using System.Globalization;
using Microsoft.FSharp.Core;
using NewsLens.Corpora;
using NewsLens.Sentiment;
using NewsLens.Stories;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace NewsLens.Charts;

/// <summary>
/// Charts of sentiment and stance results: by group with interval error bars, over publication date, and polarity
/// against hedging. Each comes as a Plotly.NET chart and a ScottPlot twin; both take result records, never text.
/// </summary>
public static class SentimentCharts
{
    /// <summary>Mean of one measure per group with its bootstrap interval as error bars; hover shows the number of sentences.</summary>
    public static GenericChart ByGroup(IEnumerable<SentimentAggregate> aggregates, SentimentMeasure measure = SentimentMeasure.Stance, ProcessDefinition? process = null)
    {
        var rows = Rows(aggregates, measure);
        if (rows.Count == 0)
        {
            return NoData.EmptyChart($"{MeasureName(measure, process)} by group", NoScoredSentence(measure, process));
        }

        // One trace per group, so each outlet keeps its colour (and its own interval).
        var chart = CSharpChart.Combine(rows.Select(r => WithYErrors(
            CSharpChart.Point<string, double, string>(
                x: [r.Group],
                y: [r.Mean],
                Name: r.Group,
                ShowLegend: false,
                MarkerColor: Plotly.NET.Color.fromString(ColorOf(r)),
                MultiText: new[] { string.Create(CultureInfo.InvariantCulture, $"{r.Sentences} sentences, {r.Articles} article{(r.Articles == 1 ? "" : "s")}; 95% CI {r.Lower:0.00} to {r.Upper:0.00}") }),
            [r])));
        return Style(chart, $"{MeasureName(measure, process)} by {ByName(rows)} (mean of sentences, 95% bootstrap interval)", ByName(rows), AxisName(measure));
    }

    /// <summary>ScottPlot twin of <see cref="ByGroup"/>.</summary>
    public static ScottPlot.Plot ByGroupPlot(IEnumerable<SentimentAggregate> aggregates, SentimentMeasure measure = SentimentMeasure.Stance, ProcessDefinition? process = null)
    {
        ChartFonts.Register();
        var rows = Rows(aggregates, measure);
        if (rows.Count == 0)
        {
            return NoData.EmptyPlot($"{MeasureName(measure, process)} by group", NoScoredSentence(measure, process));
        }

        var plot = new ScottPlot.Plot();
        double[] xs = [.. Enumerable.Range(0, rows.Count).Select(i => (double)i)];
        AddPointsWithErrors(plot, xs, rows, colors: [.. rows.Select(r => ScottPlot.Color.FromHex(ColorOf(r)))]);
        PlotLayout.CategoriesBottom(plot, [.. rows.Select(r => $"{r.Group}\n(n={r.Sentences})")]);
        plot.Axes.SetLimitsX(-0.5, rows.Count - 0.5);
        plot.Add.HorizontalLine(0, 1, ScottPlot.Colors.Gray, ScottPlot.LinePattern.Dashed);
        plot.Title($"{MeasureName(measure, process)} by {ByName(rows)} (95% bootstrap interval)");
        plot.XLabel(ByName(rows));
        plot.YLabel(AxisName(measure));
        return plot;
    }

    /// <summary>
    /// Per-article (or any group's) mean over publication date. Dates known only to the month are drawn at mid-month
    /// with an open marker and "(month precision)" in the hover text; undated groups are left out.
    /// </summary>
    public static GenericChart OverTime(IEnumerable<SentimentAggregate> aggregates, SentimentMeasure measure = SentimentMeasure.Stance, ProcessDefinition? process = null)
    {
        var rows = DatedRows(aggregates, measure);
        if (rows.Count == 0)
        {
            return NoData.EmptyChart($"{MeasureName(measure, process)} over publication date", NoDatedRow(measure, process));
        }

        var chart = CSharpChart.Point<DateTime, double, string>(
            x: rows.Select(r => r.Date.Midpoint.ToDateTime(TimeOnly.MinValue)).ToArray(),
            y: rows.Select(r => r.Row.Mean).ToArray(),
            Name: MeasureName(measure, process),
            MultiText: rows.Select(r => $"{r.Row.Group}: {r.Date}{(r.Date.Precision == DatePrecision.Day ? "" : $" ({r.Date.Precision.ToString().ToLowerInvariant()} precision)")}, {r.Row.Sentences} sentences").ToArray(),
            MultiMarkerSymbol: rows.Select(r => r.Date.Precision == DatePrecision.Day ? StyleParam.MarkerSymbol.Circle : StyleParam.MarkerSymbol.NewModified(StyleParam.MarkerSymbol.Circle, StyleParam.SymbolStyle.Open)).ToArray());
        chart = WithYErrors(chart, [.. rows.Select(r => r.Row)]);
        return Style(chart, $"{MeasureName(measure, process)} over publication date (open marker: date known to the month only)", "publication date", AxisName(measure));
    }

    /// <summary>ScottPlot twin of <see cref="OverTime"/>; month-precision dates get a hollow marker.</summary>
    public static ScottPlot.Plot OverTimePlot(IEnumerable<SentimentAggregate> aggregates, SentimentMeasure measure = SentimentMeasure.Stance, ProcessDefinition? process = null)
    {
        ChartFonts.Register();
        var rows = DatedRows(aggregates, measure);
        if (rows.Count == 0)
        {
            return NoData.EmptyPlot($"{MeasureName(measure, process)} over publication date", NoDatedRow(measure, process));
        }

        var plot = new ScottPlot.Plot();
        double[] xs = [.. rows.Select(r => r.Date.Midpoint.ToDateTime(TimeOnly.MinValue).ToOADate())];
        AddPointsWithErrors(plot, xs, [.. rows.Select(r => r.Row)], rows.Select(r => r.Date.Precision != DatePrecision.Day).ToArray());
        plot.Axes.DateTimeTicksBottom();
        plot.Add.HorizontalLine(0, 1, ScottPlot.Colors.Gray, ScottPlot.LinePattern.Dashed);
        plot.Title($"{MeasureName(measure, process)} over publication date (hollow: month precision)");
        plot.XLabel("publication date");
        plot.YLabel(AxisName(measure));
        return plot;
    }

    /// <summary>Each stance sentence as a point: hedging (x) against stance polarity (y), one trace per outlet.</summary>
    public static GenericChart PolarityVsHedging(IEnumerable<ScoredSentence> sentences, ProcessDefinition? process = null)
    {
        var stance = StanceSentences(sentences).ToList();
        if (stance.Count == 0)
        {
            return NoData.EmptyChart(PolarityTitle(process), NoScoredSentence(SentimentMeasure.Stance, process));
        }

        var charts = stance
            .GroupBy(s => s.Outlet, StringComparer.Ordinal)
            .Select(g => CSharpChart.Point<double, double, string>(
                x: g.Select(s => s.Hedging).ToArray(),
                y: g.Select(s => s.Stance!.Compound).ToArray(),
                Name: g.Key,
                MarkerColor: SeriesColors.Plotly(g.Key),
                MultiText: g.Select(s => $"{s.ArticleId} #{s.Index + 1}: {Shorten(s.Text)}").ToArray()))
            .ToList();
        return Style(CSharpChart.Combine(charts), PolarityTitle(process), "hedging (0 = none, 1 = strong)", "stance (compound)");
    }

    /// <summary>ScottPlot twin of <see cref="PolarityVsHedging"/>.</summary>
    public static ScottPlot.Plot PolarityVsHedgingPlot(IEnumerable<ScoredSentence> sentences, ProcessDefinition? process = null)
    {
        var stance = StanceSentences(sentences).ToList();
        if (stance.Count == 0)
        {
            return NoData.EmptyPlot(PolarityTitle(process), NoScoredSentence(SentimentMeasure.Stance, process));
        }

        ChartFonts.Register();
        var plot = new ScottPlot.Plot();
        foreach (var group in stance.GroupBy(s => s.Outlet, StringComparer.Ordinal))
        {
            var scatter = plot.Add.ScatterPoints(group.Select(s => s.Hedging).ToArray(), group.Select(s => s.Stance!.Compound).ToArray(), SeriesColors.ScottPlot(group.Key));
            scatter.MarkerSize = 9;
            scatter.LegendText = PlotLayout.LegendText(group.Key);
        }

        plot.ShowLegend(ScottPlot.Edge.Right); // outside the data area, so it never hides a point
        plot.Axes.SetLimits(-0.05, 1.05, -1.05, 1.05);
        plot.Title(PolarityTitle(process));
        plot.XLabel("hedging (0 = none, 1 = strong)");
        plot.YLabel("stance (compound)");
        return plot;
    }

    /// <summary>What the charts call the process: the story's label for it, or "the process" when none is defined.</summary>
    public static string ProcessLabel(ProcessDefinition? process) =>
        process is { } p && (!p.Relations.IsEmpty || !p.Events.IsEmpty) && !string.IsNullOrWhiteSpace(p.Label) ? p.Label : "the process";

    private static string PolarityTitle(ProcessDefinition? process) => $"Stance polarity against hedging, one point per sentence about {ProcessLabel(process)}";

    private static string NoScoredSentence(SentimentMeasure measure, ProcessDefinition? process) => measure == SentimentMeasure.Stance
        ? $"no sentence in this corpus is about {ProcessLabel(process)}"
        : "no sentence in this corpus was scored";

    private static string NoDatedRow(SentimentMeasure measure, ProcessDefinition? process) => measure == SentimentMeasure.Stance
        ? $"no dated article has a sentence about {ProcessLabel(process)}"
        : "no article with a readable publication date has a scored sentence";

    private static List<SentimentAggregate> Rows(IEnumerable<SentimentAggregate> aggregates, SentimentMeasure measure) =>
        [.. aggregates.Where(a => a.Measure == measure && a.Sentences > 0)];

    private static List<(SentimentAggregate Row, PublicationDate Date)> DatedRows(IEnumerable<SentimentAggregate> aggregates, SentimentMeasure measure) =>
        [.. Rows(aggregates, measure)
            .Select(a => (Row: a, Ok: PublicationDate.TryParse(a.Date, out var date), Date: date))
            .Where(r => r.Ok)
            .Select(r => (r.Row, r.Date))
            .OrderBy(r => r.Date.Midpoint)
            .ThenBy(r => r.Row.Group, StringComparer.Ordinal)];

    private static IEnumerable<ScoredSentence> StanceSentences(IEnumerable<ScoredSentence> sentences) =>
        sentences.Where(s => s.Stance is not null);

    private static GenericChart WithYErrors(GenericChart chart, List<SentimentAggregate> rows)
    {
        // F# optional arguments are not optional from C#: null is FSharpOption.None
        var style = Chart.withYErrorStyle<double, double>(
            Visible: FSharpOption<bool>.Some(true),
            Type: FSharpOption<StyleParam.ErrorType>.Some(StyleParam.ErrorType.Data),
            Symmetric: FSharpOption<bool>.Some(false),
            Array: FSharpOption<IEnumerable<double>>.Some([.. rows.Select(r => r.Upper - r.Mean)]),
            Arrayminus: FSharpOption<IEnumerable<double>>.Some([.. rows.Select(r => r.Mean - r.Lower)]),
            Value: null,
            Valueminus: null,
            Traceref: null,
            Tracerefminus: null,
            Copy_ystyle: null,
            Color: null,
            Thickness: null,
            Width: null);
        return style.Invoke(chart);
    }

    private static GenericChart Style(GenericChart chart, string title, string xTitle, string yTitle)
    {
        chart = Chart.withTitle(title, null).Invoke(chart);
        chart = Plotly.NET.CSharp.GenericChartExtensions.WithXAxisStyle<double, double, string>(chart, TitleText: xTitle);
        return Plotly.NET.CSharp.GenericChartExtensions.WithYAxisStyle<double, double, string>(chart, TitleText: yTitle);
    }

    /// <summary>Outlets keep their colour across charts; other groupings (articles, other variables) share one.</summary>
    private static string ColorOf(SentimentAggregate row) => row.By == "outlet" ? SeriesColors.Hex(row.Group) : "#4682b4";

    private static void AddPointsWithErrors(ScottPlot.Plot plot, double[] xs, List<SentimentAggregate> rows, bool[]? hollow = null, ScottPlot.Color[]? colors = null)
    {
        double[] ys = [.. rows.Select(r => r.Mean)];
        var errors = new ScottPlot.Plottables.ErrorBar(xs, ys, null, null, [.. rows.Select(r => r.Mean - r.Lower)], [.. rows.Select(r => r.Upper - r.Mean)])
        {
            Color = ScottPlot.Colors.Black,
        };
        plot.Add.Plottable(errors);
        for (var i = 0; i < xs.Length; i++)
        {
            var marker = plot.Add.Marker(xs[i], ys[i], hollow is not null && hollow[i] ? ScottPlot.MarkerShape.OpenCircle : ScottPlot.MarkerShape.FilledCircle, 10, colors?[i] ?? ScottPlot.Colors.SteelBlue);
            marker.LegendText = "";
        }
    }

    private static string MeasureName(SentimentMeasure measure, ProcessDefinition? process) => measure switch
    {
        SentimentMeasure.General => "General sentiment",
        SentimentMeasure.Hedging => "Hedging",
        _ => $"Stance toward {ProcessLabel(process)}",
    };

    private static string AxisName(SentimentMeasure measure) => measure == SentimentMeasure.Hedging ? "hedging (0..1)" : "compound (-1..1)";

    private static string ByName(List<SentimentAggregate> rows) => rows.Count == 0 ? "group" : rows[0].By;

    private static string Shorten(string text) => ChartText.Truncate(text, 90);
}
