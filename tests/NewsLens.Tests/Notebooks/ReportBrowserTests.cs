using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace NewsLens.Tests.Notebooks;

/// <summary>
/// Opens every rendered page in the system's headless Chromium at 1400 px, offline, and measures it: no table or chart
/// box wider than the text column, no horizontal scroll of the page, every Plotly chart drawn, nothing loaded from the
/// network, no dialog or script error (the hostile corpus carries alert() in its outlet, title and text). In every
/// Plotly chart it measures the drawn SVG: no title beyond the chart's box, no legend over a data area, no two tick
/// labels of an axis overlapping, no tick label over a data area (a long y label over the neighbouring panel).
/// Needs Debian's chromium (apt-get install chromium); NEWSLENS_CHROMIUM names another binary.
/// </summary>
[Collection(NotebookRunCollection.Name)]
public sealed class ReportBrowserTests(RenderFixture fixture)
{
    private const int ViewportWidth = 1400;

    private const string Measure = """
        () => {
          const column = document.querySelector('main').getBoundingClientRect();
          const boxes = [...document.querySelectorAll('.nl-html, .nl-figure, .nl-plotly, img.nl-image, pre')];
          const tooWide = boxes
            .map(b => ({ what: b.className || b.tagName, width: b.getBoundingClientRect().width, right: b.getBoundingClientRect().right }))
            .filter(b => b.width > column.width + 1 || b.right > column.right + 1)
            .map(b => `${b.what}: ${Math.round(b.width)} px (column ${Math.round(column.width)} px)`);
          const charts = [...document.querySelectorAll('.nl-plotly')];
          const overlap = (a, b) => a.width > 0 && b.width > 0 && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          const box = e => e.getBoundingClientRect();
          // A text's own box as drawn (rotated labels included): its corners through the screen transform.
          const corners = t => {
            const b = t.getBBox(), m = t.getScreenCTM();
            return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]
              .map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
          };
          const separated = (a, b) => [a, b].some(poly => poly.some((p, i) => {
            const q = poly[(i + 1) % poly.length], nx = q.y - p.y, ny = p.x - q.x, len = Math.hypot(nx, ny) || 1;
            const project = v => (v.x * nx + v.y * ny) / len;
            const pa = a.map(project), pb = b.map(project);
            return Math.max(...pa) <= Math.min(...pb) + 1 || Math.max(...pb) <= Math.min(...pa) + 1;
          }));
          const text = e => (e.textContent || '').slice(0, 40);
          const chartProblems = [];
          charts.forEach((chart, index) => {
            const name = `chart ${index + 1} (${text(chart.querySelector('.gtitle') || chart)})`;
            const frame = box(chart);
            const title = chart.querySelector('.gtitle');
            if (title && (box(title).left < frame.left - 1 || box(title).right > frame.right + 1)) {
              chartProblems.push(`${name}: the title is cut (${Math.round(box(title).left - frame.left)} to ${Math.round(box(title).right - frame.left)} px in a ${Math.round(frame.width)} px chart)`);
            }
            const areas = [...chart.querySelectorAll('.nsewdrag')].map(box);
            const legend = chart.querySelector('.legend');
            if (legend && areas.some(a => overlap(box(legend), a))) {
              chartProblems.push(`${name}: the legend is drawn over the data area`);
            }
            chart.querySelectorAll('.xaxislayer-above, .yaxislayer-above').forEach(layer => {
              const labels = [...layer.querySelectorAll('.xtick text, .ytick text')].filter(t => text(t).trim().length > 0);
              for (let i = 0; i < labels.length; i++) {
                for (let j = i + 1; j < labels.length; j++) {
                  if (!separated(corners(labels[i]), corners(labels[j]))) {
                    chartProblems.push(`${name}: tick labels "${text(labels[i])}" and "${text(labels[j])}" overlap`);
                  }
                }
                if (areas.filter(a => overlap(box(labels[i]), a)).length > 0) {
                  chartProblems.push(`${name}: tick label "${text(labels[i])}" is drawn over a data area`);
                }
              }
            });
          });
          return {
            chartProblems,
            tooWide,
            pageWidth: document.documentElement.scrollWidth,
            charts: charts.length,
            drawn: charts.filter(c => c.querySelector('.main-svg')).length,
            tables: document.querySelectorAll('table.nl-table').length,
          };
        }
        """;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("NEWSLENS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    [Fact]
    public async Task Given_the_rendered_report_When_opened_offline_in_chromium_at_1400_px_Then_everything_fits_draws_and_no_article_script_runs()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} not found: install Debian's chromium (sudo apt-get install chromium) or set NEWSLENS_CHROMIUM to a Chromium binary.");
        var userData = Path.Combine(fixture.Root, "chromium-profile");
        using var playwright = await Playwright.CreateAsync();
        await using var context = await playwright.Chromium.LaunchPersistentContextAsync(userData, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            ViewportSize = new ViewportSize { Width = ViewportWidth, Height = 900 },
            Offline = true,
        });
        var problems = new List<string>();
        var network = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                network.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });

        var pages = Directory.EnumerateFiles(fixture.SeedsReport, "*.html").Concat(Directory.EnumerateFiles(fixture.HostileReport, "*.html")).Order(StringComparer.Ordinal).ToList();
        foreach (var file in pages)
        {
            var name = Path.GetRelativePath(fixture.Root, file);
            var page = await context.NewPageAsync();
            page.Dialog += (_, dialog) =>
            {
                problems.Add($"{name}: a dialog opened ({dialog.Message}): script from the data ran");
                _ = dialog.DismissAsync();
            };
            page.PageError += (_, error) => problems.Add($"{name}: script error: {error}");
            await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.WaitForTimeoutAsync(300);
            var result = await page.EvaluateAsync<JsonElement>(Measure);
            foreach (var wide in result.GetProperty("tooWide").EnumerateArray())
            {
                problems.Add($"{name}: wider than its column: {wide.GetString()}");
            }

            foreach (var chartProblem in result.GetProperty("chartProblems").EnumerateArray())
            {
                problems.Add($"{name}: {chartProblem.GetString()}");
            }

            var pageWidth = result.GetProperty("pageWidth").GetInt32();
            if (pageWidth > ViewportWidth)
            {
                problems.Add($"{name}: the page scrolls sideways ({pageWidth.ToString(CultureInfo.InvariantCulture)} px)");
            }

            var charts = result.GetProperty("charts").GetInt32();
            var drawn = result.GetProperty("drawn").GetInt32();
            if (drawn != charts)
            {
                problems.Add($"{name}: {drawn.ToString(CultureInfo.InvariantCulture)} of {charts.ToString(CultureInfo.InvariantCulture)} charts drawn");
            }

            await page.CloseAsync();
        }

        Assert.True(pages.Count >= 6, $"only {pages.Count} pages rendered");
        Assert.Empty(network);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
