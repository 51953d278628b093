using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using NewsLens.Reports;

namespace NewsLens.Notebooks;

/// <summary>
/// The HTML page for one executed notebook. By default a reader's page: markdown and outputs, no code; the parameter
/// and set-up cells hidden; one chart per figure (see <see cref="ReportOptions"/>); a shared header and a table of
/// contents. CSS inline, plotly.js from the one local file of the report folder (or embedded), images inline, markdown
/// rendered with raw HTML disabled, code and text outputs escaped. The only HTML taken as is comes from the display
/// formatters (tables and charts built by NewsLens.Reports, which escape their text).
/// </summary>
public static partial class ReportPage
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    public const string Css = """
        body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; margin: 0 auto 2em; max-width: 1100px; padding: 0 1em; color: #1f2328; line-height: 1.45; }
        a { color: #0b57d0; }
        .nl-header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #d0d7de; padding: .5em 0; margin-bottom: 1em; font-size: 90%; display: flex; flex-wrap: wrap; gap: .4em 1em; z-index: 10; }
        .nl-header a[aria-current] { font-weight: bold; color: #1f2328; text-decoration: none; }
        .nl-home { font-weight: bold; }
        .nl-source { margin-left: auto; }
        .nl-toc { border: 1px solid #d0d7de; border-radius: 6px; padding: .5em 1em; margin: 1em 0; font-size: 90%; }
        .nl-toc ul { margin: .3em 0 0; padding-left: 1.2em; columns: 2; }
        .nl-banner { border: 1px solid #d1242f; background: #ffebe9; padding: .6em 1em; border-radius: 6px; }
        .nl-cell { margin: 1em 0; }
        .nl-in { display: flex; gap: .5em; }
        .nl-count { color: #6e7781; font-family: monospace; min-width: 3.5em; text-align: right; padding-top: .5em; }
        pre { margin: 0; white-space: pre-wrap; word-break: break-word; }
        pre.nl-code { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .5em .8em; flex: 1; font-size: 90%; min-width: 0; }
        .nl-out { min-width: 0; }
        .nl-out-code { margin-left: 4em; }
        .nl-html { max-width: 100%; overflow-x: auto; }
        .nl-figure { margin: .5em 0; max-width: 100%; overflow: hidden; }
        .nl-figure figcaption { text-align: right; }
        pre.nl-text, pre.nl-stdout { padding: .3em 0; font-size: 90%; }
        pre.nl-stderr { color: #9a6700; font-size: 90%; }
        .nl-error { border-left: 4px solid #d1242f; background: #fff5f5; padding: .5em .8em; }
        .nl-error pre { font-size: 85%; }
        .nl-skipped { color: #6e7781; font-style: italic; }
        table.nl-table { border-collapse: collapse; font-size: 90%; margin: .5em 0; }
        table.nl-table th, table.nl-table td { border: 1px solid #d0d7de; padding: .25em .6em; text-align: left; vertical-align: top; }
        table.nl-table td { max-width: 36em; overflow-wrap: break-word; }
        table.nl-table td:not(.num) { min-width: 6em; }
        table.nl-table th { background: #f6f8fa; white-space: nowrap; }
        table.nl-table td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .nl-note { color: #6e7781; font-size: 85%; }
        img.nl-image { max-width: 100%; height: auto; }
        """;

    /// <summary>A page with the default reader's options and only a link back to index.html in its header.</summary>
    public static string Render(NotebookRun run) => Render(run, ReportOptions.Reader, pages: null);

    public static string Render(NotebookRun run, ReportOptions options, IReadOnlyList<ReportLink>? pages)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        var figures = PlanFigures(run);
        var body = new StringBuilder();
        if (run.Failure is { } failure)
        {
            body.Append("<p class=\"nl-banner\"><strong>This notebook stopped at ")
                .Append("<a href=\"#cell-").Append(Html.Escape(failure.Cell.Id)).Append("\">").Append(Html.Escape(failure.Label)).Append("</a>")
                .Append(":</strong> ").Append(Html.Escape(failure.Error?.Name)).Append(": ").Append(Html.Escape(FirstLine(failure.Error?.Message)))
                .Append(". Later cells were not run.</p>\n");
        }

        var page = new PageState(options, figures, PlanTables(run), run.Name);
        foreach (var cell in run.Cells)
        {
            AppendCell(body, cell, page);
        }

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Escape(Title(run))).Append("</title>\n")
            .Append("<style>\n").Append(Css).Append("\n</style>\n");
        if (page.Plots > 0)
        {
            html.Append(options.SingleFile
                ? "<script type=\"text/javascript\">\n" + ScriptSafe(ChartHtml.PlotlyJs) + "\n</script>\n"
                : "<script type=\"text/javascript\" src=\"" + Html.Escape(ReportOptions.PlotlyFileName) + "\"></script>\n");
        }

        html.Append("</head>\n<body>\n");
        AppendHeader(html, run, pages);
        var bodyHtml = body.ToString();
        var contents = new StringBuilder();
        AppendContents(contents, bodyHtml);
        var afterTitle = bodyHtml.IndexOf("</h1>\n", StringComparison.Ordinal) is var h1 and >= 0 ? h1 + "</h1>\n".Length : 0;
        html.Append("<main>\n").Append(bodyHtml, 0, afterTitle).Append(contents).Append(bodyHtml, afterTitle, bodyHtml.Length - afterTitle).Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The page's title: its first level-1 heading, numbered like its file ("04-sources" gives "04 · ...") when the
    /// heading does not carry the number itself, so the pages and the index read in order.
    /// </summary>
    public static string Title(NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Title(run.Name, run.Cells.Select(c => c.Cell));
    }

    public static string Title(string name, IEnumerable<NotebookCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var heading = cells
            .Where(c => c.Kind == CellKind.Markdown)
            .SelectMany(c => c.Source.Split('\n'))
            .FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim();
        var number = NumberPrefix().Match(name);
        if (heading is null)
        {
            return name;
        }

        return number.Success && !heading.StartsWith(number.Groups[1].Value, StringComparison.Ordinal)
            ? $"{number.Groups[1].Value} · {heading}"
            : heading;
    }

    /// <summary>Every static chart image of the run as the PNG file the report writes into figures/.</summary>
    public static IReadOnlyList<(string FileName, byte[] Png)> FigureFiles(NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var files = new List<(string, byte[])>();
        foreach (var (output, role) in PlanFigures(run))
        {
            if (role.Image is { } file && output.Get("image/png") is { } png)
            {
                files.Add((file, Convert.FromBase64String(png.Trim())));
            }
        }

        return files;
    }

    /// <summary>Every table too long to show whole (a <see cref="TableHtml.FullTableMimeType"/> output) as the CSV file the report writes into tables/.</summary>
    public static IReadOnlyList<(string FileName, string Csv)> TableFiles(NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return [.. PlanTables(run).Select(p => (p.Value, p.Key.Get(TableHtml.FullTableMimeType)!))];
    }

    private static Dictionary<DisplayOutput, string> PlanTables(NotebookRun run)
    {
        var files = new Dictionary<DisplayOutput, string>(new IdentityComparer());
        foreach (var output in run.Cells.Where(c => c.Cell.Kind == CellKind.Code).SelectMany(c => c.Outputs).OfType<DisplayOutput>())
        {
            if (output.Get(TableHtml.FullTableMimeType) is { Length: > 0 })
            {
                files[output] = $"{ReportOptions.TablesFolder}/{run.Name}-{(files.Count + 1).ToString(CultureInfo.InvariantCulture)}.csv";
            }
        }

        return files;
    }

    /// <summary>Whether a cell is plumbing a reader does not need: parameters, injected parameters, the set-up import.</summary>
    public static bool IsSetUpCell(NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Kind != CellKind.Code)
        {
            return false;
        }

        if (cell.HasTag(NotebookCell.ParametersTag) || cell.HasTag(NotebookCell.InjectedParametersTag) || cell.Id == NotebookParameters.InjectedCellId)
        {
            return true;
        }

        var lines = cell.Source.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)).ToList();
        return lines.Count > 0 && lines.All(l => l.StartsWith("#!import ", StringComparison.Ordinal) || l.StartsWith("#r ", StringComparison.Ordinal));
    }

    private static void AppendHeader(StringBuilder html, NotebookRun run, IReadOnlyList<ReportLink>? pages)
    {
        html.Append("<header class=\"nl-header\"><a class=\"nl-home\" href=\"index.html\">NewsLens report</a>");
        if (pages is not null)
        {
            foreach (var page in pages)
            {
                var current = page.Href == run.Name + ".html";
                html.Append(" <a href=\"").Append(Html.Escape(page.Href)).Append('"').Append(current ? " aria-current=\"page\"" : "").Append('>')
                    .Append(Html.Escape(page.Title)).Append("</a>");
            }
        }

        html.Append(" <a class=\"nl-source\" href=\"").Append(Html.Escape(run.Name + ".ipynb")).Append("\">").Append(Html.Escape(run.Name + ".ipynb")).Append("</a></header>\n");
    }

    /// <summary>A table of contents from the page's level-2 headings (Markdig gives each an id).</summary>
    private static void AppendContents(StringBuilder html, string body)
    {
        var headings = HeadingPattern().Matches(body);
        if (headings.Count < 2)
        {
            return;
        }

        html.Append("<nav class=\"nl-toc\" aria-label=\"On this page\"><strong>On this page</strong>\n<ul>\n");
        foreach (Match heading in headings)
        {
            // The heading's inner HTML is Markdig's escaped output; dropping its tags leaves escaped text.
            html.Append("<li><a href=\"#").Append(heading.Groups[1].Value).Append("\">").Append(TagPattern().Replace(heading.Groups[2].Value, "")).Append("</a></li>\n");
        }

        html.Append("</ul>\n</nav>\n");
    }

    private sealed class PageState(ReportOptions options, IReadOnlyList<(DisplayOutput Output, FigureRole Role)> figures, Dictionary<DisplayOutput, string> tables, string name)
    {
        private readonly Dictionary<DisplayOutput, FigureRole> _roles = figures.ToDictionary(f => f.Output, f => f.Role, new IdentityComparer());

        /// <summary>The CSV file (relative to the page) holding the whole of a table the page shows only the start of.</summary>
        public string? FullTableOf(DisplayOutput output) => tables.GetValueOrDefault(output);

        public ReportOptions Options => options;

        public string Name => name;

        public int Plots { get; set; }

        public FigureRole RoleOf(DisplayOutput output) => _roles.TryGetValue(output, out var role) ? role : FigureRole.None;
    }

    /// <summary>Outputs are records (equal by value); the same chart shown twice must still count as two figures.</summary>
    private sealed class IdentityComparer : IEqualityComparer<DisplayOutput>
    {
        public bool Equals(DisplayOutput? x, DisplayOutput? y) => ReferenceEquals(x, y);

        public int GetHashCode(DisplayOutput obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    /// <summary>
    /// What a chart output is in the page. A ScottPlot image that directly follows a Plotly chart (same cell or the next
    /// code cell) is that chart's static twin: the page shows one of the two, and the image is written to figures/.
    /// </summary>
    private sealed record FigureRole(bool IsPlotly, string? Image, bool HasTwin, string? TwinImage)
    {
        public static FigureRole None { get; } = new(false, null, false, null);
    }

    private static List<(DisplayOutput Output, FigureRole Role)> PlanFigures(NotebookRun run)
    {
        var plan = new List<(DisplayOutput Output, FigureRole Role)>();
        var images = 0;
        int? openPlot = null;
        foreach (var output in run.Cells.Where(c => c.Cell.Kind == CellKind.Code).SelectMany(c => c.Outputs).OfType<DisplayOutput>())
        {
            if (output.Get(ChartHtml.PlotlyMimeType) is not null)
            {
                plan.Add((output, new FigureRole(true, null, false, null)));
                openPlot = plan.Count - 1;
            }
            else if (output.Get("image/png") is not null)
            {
                images++;
                var file = $"{ReportOptions.FiguresFolder}/{run.Name}-{images.ToString(CultureInfo.InvariantCulture)}.png";
                var twin = openPlot is not null;
                if (openPlot is { } plot)
                {
                    plan[plot] = (plan[plot].Output, plan[plot].Role with { HasTwin = true, TwinImage = file });
                }

                plan.Add((output, new FigureRole(false, file, twin, null)));
                openPlot = null;
            }
            else
            {
                openPlot = null;
            }
        }

        return plan;
    }

    private static void AppendCell(StringBuilder html, ExecutedCell cell, PageState page)
    {
        var showSource = page.Options.ShowCode || cell.Status == CellStatus.Failed;
        if (cell.Cell.Kind == CellKind.Code && !showSource && IsSetUpCell(cell.Cell) && cell.Error is null)
        {
            return;
        }

        if (cell.Cell.Kind == CellKind.Code && !showSource && cell.Outputs.IsEmpty && cell.Status != CellStatus.Skipped)
        {
            return;
        }

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
                if (showSource)
                {
                    var count = cell.ExecutionCount is { } n ? n.ToString(CultureInfo.InvariantCulture) : " ";
                    html.Append("<div class=\"nl-in\"><span class=\"nl-count\">[").Append(count).Append("]</span>")
                        .Append(Html.Preformatted(cell.Cell.Source, "nl-code")).Append("</div>\n");
                }

                html.Append(showSource ? "<div class=\"nl-out nl-out-code\">\n" : "<div class=\"nl-out\">\n");
                foreach (var output in cell.Outputs)
                {
                    AppendOutput(html, output, cell, page);
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

    private static void AppendOutput(StringBuilder html, CellOutput output, ExecutedCell cell, PageState page)
    {
        var role = output is DisplayOutput d ? page.RoleOf(d) : FigureRole.None;
        switch (output)
        {
            case StreamOutput stream:
                html.Append(Html.Preformatted(stream.Text, stream.Name == "stderr" ? "nl-stderr" : "nl-stdout")).Append('\n');
                break;
            case ErrorOutput error:
                html.Append("<div class=\"nl-error\"><strong>").Append(Html.Escape(cell.Label)).Append(" failed: ")
                    .Append(Html.Escape(error.Name)).Append("</strong>").Append(Html.Preformatted(error.Detail, "nl-trace")).Append("</div>\n");
                break;
            case DisplayOutput when role.IsPlotly && role.HasTwin && page.Options.StaticCharts:
                break;
            case DisplayOutput when role.Image is not null && role.HasTwin && !page.Options.StaticCharts:
                break;
            case DisplayOutput display when display.Get(ChartHtml.PlotlyMimeType) is { } figure:
                // The page loads plotly.js itself, so the chart is drawn from the figure (no loader, no network).
                page.Plots++;
                var id = ChartHtml.PlotIdPrefix + page.Plots.ToString(CultureInfo.InvariantCulture);
                html.Append("<figure class=\"nl-figure\">").Append(ChartHtml.PlotlyFigure(figure, PlotlyLoading.PageProvidesPlotly, id));
                if (role.TwinImage is { } twin && !page.Options.SingleFile)
                {
                    html.Append("<figcaption class=\"nl-note\">Static image: <a href=\"").Append(Html.Escape(twin)).Append("\">").Append(Html.Escape(Path.GetFileName(twin))).Append("</a></figcaption>");
                }

                html.Append("</figure>\n");
                break;
            case DisplayOutput display when display.Get("text/html") is { } fragment:
                html.Append("<div class=\"nl-html\">").Append(fragment).Append("</div>\n");
                if (page.FullTableOf(display) is { } csv)
                {
                    html.Append("<p class=\"nl-note nl-full-table\">The whole table as CSV: <a href=\"").Append(Html.Escape(csv)).Append("\">")
                        .Append(Html.Escape(Path.GetFileName(csv))).Append("</a></p>\n");
                }

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

    [GeneratedRegex("^([0-9]+)-")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex("<h2 id=\"([^\"]+)\">(.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    private static string ScriptSafe(string javaScript) => javaScript.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);

    private static string FirstLine(string? text) => (text ?? "").Split('\n', 2)[0].Trim();
}
