using NewsLens.Attribution;
using Plotly.NET;
using Plotly.NET.CSharp;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace NewsLens.Charts;

/// <summary>Charts of who is quoted or cited per outlet (Plotly.NET and ScottPlot twins).</summary>
public static class AttributionCharts
{
    private const string TopSpeakersTitle = "Who is quoted or cited most, per outlet";
    private const string NobodyQuoted = "nobody is quoted or cited in this corpus";
    private const string KindsTitle = "Who each outlet quotes or cites: named people, organisations and outlets, anonymous sources";

    /// <summary>Attributions per outlet, stacked by kind of source.</summary>
    public static GenericChart SpeakerKinds(IEnumerable<SpeakerKindCount> counts)
    {
        var list = counts.ToList();
        if (list.All(c => c.Count == 0))
        {
            return NoData.EmptyChart(KindsTitle, NobodyQuoted, 900, 520);
        }

        var outlets = list.Select(c => c.Group).Distinct().ToList();
        var traces = Enum.GetValues<SpeakerKind>()
            .Where(kind => list.Any(c => c.Kind == kind && c.Count > 0))
            .Select(kind => PlotlyChart.StackedColumn<int, string, string>(
                values: outlets.Select(o => list.Single(c => c.Group == o && c.Kind == kind).Count),
                Keys: new Optional<IEnumerable<string>>(outlets, true),
                Name: Label(kind)));
        var chart = PlotlyChart.Combine(traces)
            .WithYAxisStyle<double, double, string>(TitleText: "attributions (quotes and citations)")
            .WithXAxisStyle<double, double, string>(TitleText: "outlet");
        return PlotlyHelpers.Titled(chart, KindsTitle, 900, 520);
    }

    public static ScottPlot.Plot SpeakerKindsPlot(IEnumerable<SpeakerKindCount> counts)
    {
        var list = counts.ToList();
        if (list.All(c => c.Count == 0))
        {
            return NoData.EmptyPlot(KindsTitle, NobodyQuoted);
        }

        ChartFonts.Register();
        var outlets = list.Select(c => c.Group).Distinct().ToList();
        var kinds = Enum.GetValues<SpeakerKind>().Where(kind => list.Any(c => c.Kind == kind && c.Count > 0)).ToList();
        var plot = new ScottPlot.Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var bars = new List<ScottPlot.Bar>();
        for (var o = 0; o < outlets.Count; o++)
        {
            double stacked = 0;
            foreach (var kind in kinds)
            {
                var count = list.Single(c => c.Group == outlets[o] && c.Kind == kind).Count;
                bars.Add(new ScottPlot.Bar { Position = o, ValueBase = stacked, Value = stacked + count, FillColor = palette.GetColor((int)kind) });
                stacked += count;
            }
        }

        plot.Add.Bars(bars);
        foreach (var kind in kinds)
        {
            plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = Label(kind), FillColor = palette.GetColor((int)kind) });
        }

        PlotLayout.CategoriesBottom(plot, outlets);
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsX(-0.5, outlets.Count - 0.5);
        plot.YLabel("attributions (quotes and citations)");
        plot.Title(KindsTitle);
        plot.ShowLegend(ScottPlot.Edge.Right); // beside the data, never over a bar
        return plot;
    }

    /// <summary>One panel per outlet: the speakers it quotes or cites most, with their counts.</summary>
    public static GenericChart TopSpeakers(IEnumerable<SpeakerCount> counts, int top = 8)
    {
        var list = counts.ToList();
        if (list.All(c => c.Count == 0))
        {
            return NoData.EmptyChart(TopSpeakersTitle, NobodyQuoted, 1100, 400);
        }

        var outlets = list.Select(c => c.Group).Distinct().ToList();
        var labels = new List<string>();
        var panels = outlets.Select(outlet =>
        {
            var speakers = list.Where(c => c.Group == outlet).Take(top).Reverse().ToList();
            var keys = speakers.Select(s => $"{Shorten(s.Speaker)} ({Label(s.Kind)})").ToList();
            labels.AddRange(keys);
            return PlotlyChart.Bar<int, string, string>(
                values: speakers.Select(s => s.Count),
                Keys: new Optional<IEnumerable<string>>(keys, true),
                Name: outlet,
                MarkerColor: SeriesColors.Plotly(outlet),
                ShowLegend: false);
        }).ToList();
        var longest = labels.Select(l => new System.Globalization.StringInfo(l).LengthInTextElements).DefaultIfEmpty(0).Max();
        return PlotlyHelpers.Panels(panels, outlets, longest, top, TopSpeakersTitle, 1100);
    }

    /// <summary>ScottPlot twin of <see cref="TopSpeakers"/>: one block of horizontal bars per outlet, its most quoted speaker on top.</summary>
    public static ScottPlot.Plot TopSpeakersPlot(IEnumerable<SpeakerCount> counts, int top = 8)
    {
        var list = counts.ToList();
        if (list.All(c => c.Count == 0))
        {
            return NoData.EmptyPlot(TopSpeakersTitle, NobodyQuoted);
        }

        ChartFonts.Register();
        var outlets = list.Select(c => c.Group).Distinct().ToList();
        var plot = new ScottPlot.Plot();
        var bars = new List<ScottPlot.Bar>();
        var labels = new List<string>();
        var positions = new List<double>();
        var position = 0.0;
        for (var o = outlets.Count - 1; o >= 0; o--)
        {
            var colour = SeriesColors.ScottPlot(outlets[o]);
            foreach (var speaker in list.Where(c => c.Group == outlets[o]).Take(top).Reverse())
            {
                bars.Add(new ScottPlot.Bar { Position = position, Value = speaker.Count, FillColor = colour, Orientation = ScottPlot.Orientation.Horizontal });
                labels.Add($"{Shorten(speaker.Speaker)} ({Label(speaker.Kind)})");
                positions.Add(position);
                position++;
            }

            plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = PlotLayout.LegendText(outlets[o]), FillColor = colour });
            position += 1; // a gap between outlets
        }

        plot.Add.Bars(bars);
        PlotLayout.CategoriesLeft(plot, labels, positions);
        PlotLayout.SetSize(plot, PlotSize.Default with { Height = PlotLayout.HeightForRows((int)position) });
        plot.Axes.SetLimitsY(-1, position - 1);
        plot.Title(TopSpeakersTitle);
        plot.XLabel("attributions (quotes and citations)");
        plot.ShowLegend(ScottPlot.Edge.Right);
        return plot;
    }

    public static string Label(SpeakerKind kind) => kind switch
    {
        SpeakerKind.Person => "named person",
        SpeakerKind.Organisation => "organisation or outlet",
        SpeakerKind.Anonymous => "anonymous",
        _ => "unresolved pronoun",
    };

    /// <summary>A long speaker phrase keeps its end, where the name is ("Turkish Foreign Minister Mevlüt Çavuşoğlu").</summary>
    private static string Shorten(string speaker) => ChartText.TruncateStart(speaker, 40);
}
