using System.Globalization;
using System.Text;
using NewsLens.Reports;

namespace NewsLens.Notebooks;

/// <summary>index.html: one line per rendered notebook with its title, outcome and links to the page and executed .ipynb.</summary>
public static class ReportIndex
{
    public static string Render(IReadOnlyList<NotebookRun> runs, IReadOnlyList<ReportLink>? pages = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>NewsLens report</title>\n<style>\n")
            .Append(ReportPage.Css).Append("\n.nl-ok { color: #1a7f37; } .nl-failed { color: #d1242f; }\n</style>\n</head>\n<body>\n")
            .Append("<header class=\"nl-header\"><a class=\"nl-home\" href=\"index.html\" aria-current=\"page\">NewsLens report</a>");
        foreach (var page in pages ?? [])
        {
            html.Append(" <a href=\"").Append(Html.Escape(page.Href)).Append("\">").Append(Html.Escape(page.Title)).Append("</a>");
        }

        html.Append("</header>\n<main>\n")
            .Append("<h1>NewsLens report</h1>\n<p>Notebooks executed by <code>newslens render</code>. Each page opens offline.</p>\n<ol>\n");
        foreach (var run in runs.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            var executed = run.Cells.Count(c => c.ExecutionCount is not null);
            html.Append("<li><a href=\"").Append(Html.Escape(run.Name + ".html")).Append("\">").Append(Html.Escape(ReportPage.Title(run))).Append("</a> ")
                .Append("(<a href=\"").Append(Html.Escape(run.Name + ".ipynb")).Append("\">").Append(Html.Escape(run.Name + ".ipynb")).Append("</a>): ");
            html.Append(run.Failure is { } failure
                ? $"<span class=\"nl-failed\">failed at {Html.Escape(failure.Label)}: {Html.Escape(failure.Error?.Name)}</span>"
                : $"<span class=\"nl-ok\">ok</span>, {executed.ToString(CultureInfo.InvariantCulture)} code cells run");
            html.Append("</li>\n");
        }

        html.Append("</ol>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
