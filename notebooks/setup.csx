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
    // `newslens render` embeds plotly.js once per page; an editor loads it when a chart first needs it.
    var plotlyLoading = Environment.GetEnvironmentVariable("NEWSLENS_RENDER") == "1"
        ? PlotlyLoading.PageProvidesPlotly
        : PlotlyLoading.LoadFromCdnWhenMissing;
    ChartFonts.Register();

    // Everything shows as (escaped) text unless registered below, so article text never becomes markup.
    Formatter.SetPreferredMimeTypesFor(typeof(object), "text/plain");
    Formatter.Register<Plotly.NET.GenericChart>(chart => ChartHtml.Plotly(chart, plotlyLoading), "text/html");
    Formatter.Register<ScottPlot.Plot>(plot => ChartHtml.Png(plot), "text/html");
    Formatter.Register<ResultTable>(table => TableHtml.Render(table), "text/html");
    Formatter.Register<DataFrame>(frame => TableHtml.Render(frame), "text/html");
    foreach (var type in new[] { typeof(Plotly.NET.GenericChart), typeof(ScottPlot.Plot), typeof(ResultTable), typeof(DataFrame) })
    {
        Formatter.SetPreferredMimeTypesFor(type, "text/html");
    }
};
registerNewsLensFormatters();
