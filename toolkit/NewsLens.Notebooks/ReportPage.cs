using System.Globalization;
using System.Text;
using Markdig;
using NewsLens.Reports;

namespace NewsLens.Notebooks;

/// <summary>
/// A self-contained HTML page for one executed notebook: CSS inline, plotly.js embedded once when a chart needs it,
/// images inline, markdown rendered with raw HTML disabled, code and text outputs escaped. The only HTML taken as is
/// comes from the display formatters (tables and charts built by NewsLens.Reports, which escape their text).
/// </summary>
public static class ReportPage
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    public const string Css = """
        body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 1100px; padding: 0 1em; color: #1f2328; line-height: 1.45; }
        nav a { color: #0b57d0; }
        .nl-banner { border: 1px solid #d1242f; background: #ffebe9; padding: .6em 1em; border-radius: 6px; }
        .nl-cell { margin: 1em 0; }
        .nl-in { display: flex; gap: .5em; }
        .nl-count { color: #6e7781; font-family: monospace; min-width: 3.5em; text-align: right; padding-top: .5em; }
        pre { margin: 0; white-space: pre-wrap; word-break: break-word; }
        pre.nl-code { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .5em .8em; flex: 1; font-size: 90%; }
        .nl-out { margin-left: 4em; overflow-x: auto; }
        pre.nl-text, pre.nl-stdout { padding: .3em 0; font-size: 90%; }
        pre.nl-stderr { color: #9a6700; font-size: 90%; }
        .nl-error { border-left: 4px solid #d1242f; background: #fff5f5; padding: .5em .8em; }
        .nl-error pre { font-size: 85%; }
        .nl-skipped { color: #6e7781; font-style: italic; }
        table.nl-table { border-collapse: collapse; font-size: 90%; margin: .5em 0; }
        table.nl-table th, table.nl-table td { border: 1px solid #d0d7de; padding: .25em .6em; text-align: left; vertical-align: top; }
        table.nl-table th { background: #f6f8fa; }
        table.nl-table td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .nl-note { color: #6e7781; font-size: 85%; }
        img.nl-image { max-width: 100%; height: auto; }
        """;

    public static string Render(NotebookRun run, string? indexHref = "index.html")
    {
        ArgumentNullException.ThrowIfNull(run);
        var displays = run.Cells.SelectMany(c => c.Outputs).OfType<DisplayOutput>().ToList();
        var needsPlotly = displays.Any(d => d.Get(ChartHtml.PlotlyMimeType) is not null || ChartHtml.ContainsPlotly(d.Get("text/html") ?? ""));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Escape(Title(run))).Append("</title>\n")
            .Append("<style>\n").Append(Css).Append("\n</style>\n");
        if (needsPlotly)
        {
            html.Append("<script type=\"text/javascript\">\n").Append(ScriptSafe(ChartHtml.PlotlyJs)).Append("\n</script>\n");
        }

        html.Append("</head>\n<body>\n");
        if (indexHref is not null)
        {
            html.Append("<nav><a href=\"").Append(Html.Escape(indexHref)).Append("\">All notebooks</a> · <a href=\"")
                .Append(Html.Escape(run.Name + ".ipynb")).Append("\">").Append(Html.Escape(run.Name + ".ipynb")).Append("</a></nav>\n");
        }

        if (run.Failure is { } failure)
        {
            html.Append("<p class=\"nl-banner\"><strong>This notebook stopped at ")
                .Append("<a href=\"#cell-").Append(Html.Escape(failure.Cell.Id)).Append("\">").Append(Html.Escape(failure.Label)).Append("</a>")
                .Append(":</strong> ").Append(Html.Escape(failure.Error?.Name)).Append(": ").Append(Html.Escape(FirstLine(failure.Error?.Message)))
                .Append(". Later cells were not run.</p>\n");
        }

        var plots = 0;
        foreach (var cell in run.Cells)
        {
            AppendCell(html, cell, ref plots);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    public static string Title(NotebookRun run)
    {
        var heading = run.Cells
            .Where(c => c.Cell.Kind == CellKind.Markdown)
            .SelectMany(c => c.Cell.Source.Split('\n'))
            .FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal));
        return heading is null ? run.Name : heading[2..].Trim();
    }

    private static void AppendCell(StringBuilder html, ExecutedCell cell, ref int plots)
    {
        html.Append("<section class=\"nl-cell\" id=\"cell-").Append(Html.Escape(cell.Cell.Id)).Append("\">\n");
        switch (cell.Cell.Kind)
        {
            case CellKind.Markdown:
                html.Append("<div class=\"nl-md\">").Append(Markdig.Markdown.ToHtml(cell.Cell.Source, Markdown)).Append("</div>\n");
                break;
            case CellKind.Raw:
                html.Append(Html.Preformatted(cell.Cell.Source)).Append('\n');
                break;
            default:
                var count = cell.ExecutionCount is { } n ? n.ToString(CultureInfo.InvariantCulture) : " ";
                html.Append("<div class=\"nl-in\"><span class=\"nl-count\">[").Append(count).Append("]</span>")
                    .Append(Html.Preformatted(cell.Cell.Source, "nl-code")).Append("</div>\n");
                html.Append("<div class=\"nl-out\">\n");
                foreach (var output in cell.Outputs)
                {
                    AppendOutput(html, output, cell, ref plots);
                }

                if (cell.Status == CellStatus.Skipped && cell.Cell.Source.Trim().Length > 0)
                {
                    html.Append("<p class=\"nl-skipped\">Not run: an earlier cell failed.</p>\n");
                }

                html.Append("</div>\n");
                break;
        }

        html.Append("</section>\n");
    }

    private static void AppendOutput(StringBuilder html, CellOutput output, ExecutedCell cell, ref int plots)
    {
        switch (output)
        {
            case StreamOutput stream:
                html.Append(Html.Preformatted(stream.Text, stream.Name == "stderr" ? "nl-stderr" : "nl-stdout")).Append('\n');
                break;
            case ErrorOutput error:
                html.Append("<div class=\"nl-error\"><strong>").Append(Html.Escape(cell.Label)).Append(" failed: ")
                    .Append(Html.Escape(error.Name)).Append("</strong>").Append(Html.Preformatted(error.Detail, "nl-trace")).Append("</div>\n");
                break;
            case DisplayOutput display when display.Get(ChartHtml.PlotlyMimeType) is { } figure:
                // The page embeds plotly.js, so the chart is drawn from the figure (no loader, no network).
                plots++;
                var id = ChartHtml.PlotIdPrefix + plots.ToString(CultureInfo.InvariantCulture);
                html.Append("<div class=\"nl-html\">").Append(ChartHtml.PlotlyFigure(figure, PlotlyLoading.PageProvidesPlotly, id)).Append("</div>\n");
                break;
            case DisplayOutput display when display.Get("text/html") is { } fragment:
                html.Append("<div class=\"nl-html\">").Append(fragment).Append("</div>\n");
                break;
            case DisplayOutput display when display.Get("image/png") is { } png:
                html.Append("<img class=\"nl-image\" alt=\"").Append(Html.Escape(display.Get("text/plain") ?? "output image")).Append("\" src=\"data:image/png;base64,").Append(Html.Escape(png.Trim())).Append("\">\n");
                break;
            case DisplayOutput display when display.Get("image/svg+xml") is { } svg:
                // As an <img>, an SVG cannot run script.
                html.Append("<img class=\"nl-image\" alt=\"output image\" src=\"data:image/svg+xml;base64,")
                    .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(svg))).Append("\">\n");
                break;
            case DisplayOutput display:
                html.Append(Html.Preformatted(display.Get("text/plain") ?? display.Data.FirstOrDefault()?.Value)).Append('\n');
                break;
        }
    }

    private static string ScriptSafe(string javaScript) => javaScript.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);

    private static string FirstLine(string? text) => (text ?? "").Split('\n', 2)[0].Trim();
}
