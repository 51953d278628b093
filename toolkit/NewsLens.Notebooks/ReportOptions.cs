namespace NewsLens.Notebooks;

/// <summary>
/// How the report pages are written. The default is the reader's report: no code, no parameter or set-up cells, one
/// chart per figure (interactive Plotly), plotly.js as one local file next to the pages. The executed .ipynb always
/// keeps everything.
/// </summary>
/// <param name="ShowCode">Show every code cell's source (and the parameter and set-up cells), as in the notebook.</param>
/// <param name="StaticCharts">Show a chart's static image (ScottPlot PNG) in place of its interactive Plotly twin.</param>
/// <param name="SingleFile">Embed plotly.js in each page, so one page can be sent on its own (about 3.6 MB more).</param>
public sealed record ReportOptions(bool ShowCode = false, bool StaticCharts = false, bool SingleFile = false)
{
    public static ReportOptions Reader { get; } = new();

    /// <summary>The file plotly.js is stored in, once per report folder (the version keeps caches honest).</summary>
    public static string PlotlyFileName => $"plotly-{NewsLens.Reports.ChartHtml.PlotlyJsVersion}.min.js";

    /// <summary>The folder, inside the report folder, that holds every static chart image as a PNG file.</summary>
    public const string FiguresFolder = "figures";

    /// <summary>The folder, inside the report folder, that holds every table too long to show whole, as a CSV file linked from its page.</summary>
    public const string TablesFolder = "tables";
}

/// <summary>One page of the report, for the shared header: its file and title.</summary>
public sealed record ReportLink(string Href, string Title);
