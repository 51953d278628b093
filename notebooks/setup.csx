// Shared set-up for every NewsLens notebook, imported by each notebook's second cell: #!import setup.csx
// It references the toolkit as `dotnet build` left it in artifacts/ (so a change to the toolkit is picked up on the
// next run; there is no package cache to go stale) and registers how NewsLens results display. The display logic
// lives in the toolkit (NewsLens.Reports); this file is glue.
#r "../artifacts/bin/NewsLens/debug/NewsLens.dll"
#r "../artifacts/bin/NewsLens/debug/Plotly.NET.dll"
#r "../artifacts/bin/NewsLens/debug/Plotly.NET.CSharp.dll"
#r "../artifacts/bin/NewsLens/debug/DynamicObj.dll"
#r "../artifacts/bin/NewsLens/debug/Giraffe.ViewEngine.dll"
#r "../artifacts/bin/NewsLens/debug/ScottPlot.dll"
#r "../artifacts/bin/NewsLens/debug/SkiaSharp.dll"
#r "../artifacts/bin/NewsLens/debug/Microsoft.Data.Analysis.dll"

using System.Collections.Immutable;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using NewsLens.Charts;
using NewsLens.Corpora;
using NewsLens.Reports;
using NewsLens.Stories;
using NewsLens.Tables;
using NewsLens.Text;

// The VS Code and Jupyter kernels load FSharp.Core 10.0; Plotly.NET 6 asks for 10.1. Hand it the loaded one. This
// must run before anything touches Plotly.NET, hence the formatters are registered inside a lambda below.
if (AppDomain.CurrentDomain.GetData("NewsLens.FSharpCoreResolver") is null)
{
    AppDomain.CurrentDomain.AssemblyResolve += (_, request) =>
        new System.Reflection.AssemblyName(request.Name).Name == "FSharp.Core"
            ? AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "FSharp.Core")
            : null;
    AppDomain.CurrentDomain.SetData("NewsLens.FSharpCoreResolver", true);
}

Action registerNewsLensFormatters = () =>
{
    ChartFonts.Register();

    // Standard Jupyter outputs, so the executed notebooks show in any viewer: Plotly charts as the Plotly MIME type
    // (the figure) + HTML that loads plotly.js when the page lacks it + text; ScottPlot charts as PNG + text; tables as
    // HTML + text (and, for a table longer than its shown rows, the whole table as CSV, which the report writes to a
    // file beside the page). The rendered report page draws charts from the figure with the plotly.js it embeds.
    // Everything else shows as (escaped) text, so article text never becomes markup.
    Formatter.SetPreferredMimeTypesFor(typeof(object), "text/plain");
    Formatter.Register<Plotly.NET.GenericChart>(chart => ChartHtml.Plotly(chart, PlotlyLoading.LoadFromCdnWhenMissing), "text/html");
    Formatter.Register<Plotly.NET.GenericChart>(chart => ChartHtml.FigureJson(chart), ChartHtml.PlotlyMimeType);
    Formatter.Register<Plotly.NET.GenericChart>(chart => ChartHtml.PlainText(chart), "text/plain");
    Formatter.Register<ScottPlot.Plot>(plot => ChartHtml.PngBase64(plot), "image/png");
    Formatter.Register<ScottPlot.Plot>(plot => ChartHtml.PlainText(plot), "text/plain");
    Formatter.Register<ResultTable>(table => TableHtml.Render(table), "text/html");
    Formatter.Register<ResultTable>(table => TableHtml.PlainText(table), "text/plain");
    Formatter.Register<ResultTable>(table => TableHtml.FullCsv(table), TableHtml.FullTableMimeType);
    Formatter.Register<Findings>(findings => findings.ToHtml(), "text/html");
    Formatter.Register<Findings>(findings => findings.ToString(), "text/plain");
    Formatter.Register<TableLinks>(links => links.ToHtml(), "text/html");
    Formatter.Register<TableLinks>(links => links.ToString(), "text/plain");
    Formatter.Register<DataFrame>(frame => TableHtml.Render(frame), "text/html");
    Formatter.Register<DataFrame>(frame => TableHtml.PlainText(frame), "text/plain");
    Formatter.Register<DataFrame>(frame => TableHtml.FullCsv(frame), TableHtml.FullTableMimeType);
    Formatter.SetPreferredMimeTypesFor(typeof(Plotly.NET.GenericChart), ChartHtml.PlotlyMimeType, "text/html", "text/plain");
    Formatter.SetPreferredMimeTypesFor(typeof(ScottPlot.Plot), "image/png", "text/plain");
    Formatter.SetPreferredMimeTypesFor(typeof(ResultTable), "text/html", "text/plain", TableHtml.FullTableMimeType);
    Formatter.SetPreferredMimeTypesFor(typeof(DataFrame), "text/html", "text/plain", TableHtml.FullTableMimeType);
    Formatter.SetPreferredMimeTypesFor(typeof(Findings), "text/html", "text/plain");
    Formatter.SetPreferredMimeTypesFor(typeof(TableLinks), "text/html", "text/plain");
};
registerNewsLensFormatters();
