using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Plotly.NET;

namespace NewsLens.Reports;

/// <summary>Where a Plotly fragment gets plotly.js from.</summary>
public enum PlotlyLoading
{
    /// <summary>The page embeds plotly.js once (the rendered offline report); the fragment only draws.</summary>
    PageProvidesPlotly,

    /// <summary>Interactive notebooks (VS Code, Jupyter): use a loaded Plotly, else load plotly.js from its CDN.</summary>
    LoadFromCdnWhenMissing,
}

/// <summary>
/// Charts as HTML fragments. Plotly.NET's own HTML has a random div id and inlines label text unescaped into a
/// script, so the fragment is built here from the figure JSON, made script-safe, with an id the report renumbers.
/// </summary>
public static partial class ChartHtml
{
    public const string PlotIdPrefix = "nl-plot-";

    /// <summary>Jupyter's MIME type for a Plotly figure (JupyterLab, nbviewer and VS Code draw it natively).</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <summary>The plotly.js version Plotly.NET ships and generates figures for.</summary>
    public static string PlotlyJsVersion => Globals.PLOTLYJS_VERSION;

    private static readonly Lazy<string> PlotlyJsSource = new(ReadPlotlyJs, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The minified plotly.js that Plotly.NET embeds, for pages that must open with no network.</summary>
    public static string PlotlyJs => PlotlyJsSource.Value;

    /// <summary>A div plus a script drawing the chart. The id is unique; <see cref="NumberPlotIds"/> makes it deterministic.</summary>
    public static string Plotly(GenericChart chart, PlotlyLoading loading = PlotlyLoading.PageProvidesPlotly, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        id ??= PlotIdPrefix + Guid.NewGuid().ToString("N");
        return PlotlyFigure(FigureJson(chart), loading, id);
    }

    /// <summary>
    /// The chart's figure ({"data": [...], "layout": {...}}) as JSON, with every string value HTML-escaped (&amp;, &lt;,
    /// &gt;): plotly.js renders a subset of HTML (links, styles, line breaks) in names, tick labels, hover text, titles
    /// and annotations, so an outlet named <c>&lt;a href=...&gt;</c> would become a live link. Plotly.js decodes the
    /// entities, so the text shows as written. Templates (hovertemplate, texttemplate, the layout's theme) are code, not
    /// data, and stay as they are.
    /// </summary>
    public static string FigureJson(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var figure = JsonNode.Parse(PlotlyNetFigureJson(chart)) ?? throw new InvalidOperationException("Plotly.NET returned an empty figure.");
        return Readable(EscapeStrings(figure)!.AsObject()).ToJsonString(FigureJsonOptions);
    }

    /// <summary>
    /// Exactly what <see cref="GenericChart.toFigureJson"/> returns, about a hundred times cheaper. Plotly.NET's
    /// serializer settings keep Newtonsoft.Json's reference-loop check, which looks every nested object up in the stack
    /// of objects being written with <see cref="object.Equals(object?)"/>, and DynamicObj's Equals compares whole
    /// subtrees by hashing them: ~115 MB and 0.15–0.5 s for every figure, nearly all of it for the default layout
    /// template. Its loop handling is Serialize (the check's answer is never used), so comparing by reference writes the
    /// same bytes (a test holds this to Plotly.NET's own result).
    /// </summary>
    internal static string PlotlyNetFigureJson(GenericChart chart) =>
        FastPlotlyNetSettings is { } settings
            ? Newtonsoft.Json.JsonConvert.SerializeObject(GenericChart.toFigure(chart), settings)
            : GenericChart.toFigureJson(chart);

    /// <summary>Plotly.NET's serializer settings with reference equality for the loop check, or null (use Plotly.NET's) if the check's answer could matter.</summary>
    private static readonly Newtonsoft.Json.JsonSerializerSettings? FastPlotlyNetSettings =
        Globals.JSON_CONFIG.ReferenceLoopHandling == Newtonsoft.Json.ReferenceLoopHandling.Serialize
        && Globals.JSON_CONFIG.PreserveReferencesHandling == Newtonsoft.Json.PreserveReferencesHandling.None
        && Globals.JSON_CONFIG.EqualityComparer is null
            ? new Newtonsoft.Json.JsonSerializerSettings(Globals.JSON_CONFIG) { EqualityComparer = ReferenceEqualityComparer.Instance }
            : null;

    /// <summary>Title lines longer than this many characters are broken at a space (plotly.js cuts a long title at the edge).</summary>
    public const int TitleLineLength = 60;

    /// <summary>
    /// Layout defaults every chart needs to read well: whole trace names in hover labels (plotly.js cuts names at 15
    /// characters by default, which can fall inside an escaped entity such as &amp;lt;), axes that make room for long
    /// tick labels, and a long title broken onto lines.
    /// </summary>
    private static JsonObject Readable(JsonObject figure)
    {
        var layout = figure["layout"] as JsonObject ?? new JsonObject();
        figure["layout"] = layout;
        var hover = layout["hoverlabel"] as JsonObject ?? new JsonObject();
        hover["namelength"] = -1;
        layout["hoverlabel"] = hover;
        foreach (var axis in layout.Where(p => p.Key.StartsWith("xaxis", StringComparison.Ordinal) || p.Key.StartsWith("yaxis", StringComparison.Ordinal)).Select(p => p.Value).OfType<JsonObject>())
        {
            axis["automargin"] ??= true;
        }

        // NewsLens's heat maps colour each value by its cell's luminance; a value written with no colour of its own
        // (another chart's) sits on a light chip in dark text, so it reads on dark and light cells alike.
        var hasHeatmap = figure["data"] is JsonArray traces && traces.OfType<JsonObject>().Any(t => (string?)t["type"] == "heatmap");
        if (hasHeatmap && layout["annotations"] is JsonArray annotations)
        {
            foreach (var annotation in annotations.OfType<JsonObject>().Where(a => a["font"]?["color"] is null))
            {
                annotation["bgcolor"] ??= "rgba(255,255,255,0.75)";
                var font = annotation["font"] as JsonObject ?? new JsonObject();
                font["color"] = "#1f2328";
                annotation["font"] = font;
            }
        }

        switch (layout["title"])
        {
            case JsonObject title when title["text"] is JsonValue text && text.GetValueKind() == JsonValueKind.String:
                title["text"] = BreakLines(text.GetValue<string>(), TitleLineLength);
                break;
            case JsonValue text when text.GetValueKind() == JsonValueKind.String:
                layout["title"] = new JsonObject { ["text"] = BreakLines(text.GetValue<string>(), TitleLineLength) };
                break;
        }

        return figure;
    }

    /// <summary>Breaks text at spaces into lines of at most the given length, joined by plotly.js's &lt;br&gt;.</summary>
    public static string BreakLines(string text, int lineLength, string lineBreak = "<br>")
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= lineLength || text.Contains(lineBreak, StringComparison.Ordinal))
        {
            return text;
        }

        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > lineLength)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length == 0 ? "" : " ").Append(word);
        }

        lines.Add(line.ToString());
        return string.Join(lineBreak, lines);
    }

    /// <summary>A div plus a script drawing a figure given as JSON (as <see cref="FigureJson"/> returns it).</summary>
    public static string PlotlyFigure(string figureJson, PlotlyLoading loading, string id)
    {
        ArgumentNullException.ThrowIfNull(figureJson);
        if (!PlotIdPattern().IsMatch(id) && !Regex.IsMatch(id, "^[A-Za-z][A-Za-z0-9_-]*$"))
        {
            throw new ArgumentException("A plot id must be a plain HTML id.", nameof(id));
        }

        var figure = Html.ScriptSafeJson(figureJson);
        var draw = $"Plotly.newPlot('{id}', figure.data, figure.layout, {{\"responsive\": true, \"displaylogo\": false}});";
        var script = loading == PlotlyLoading.PageProvidesPlotly
            ? draw
            : "if (typeof Plotly !== 'undefined') { draw(); } else { var s = document.createElement('script'); "
              + $"s.src = 'https://cdn.plot.ly/plotly-{PlotlyJsVersion}.min.js'; s.onload = draw; document.head.appendChild(s); }}";
        var body = loading == PlotlyLoading.PageProvidesPlotly
            ? $"var figure = {figure};\n{draw}"
            : $"var figure = {figure};\nvar draw = function () {{ {draw} }};\n{script}";
        return $"<div id=\"{id}\" class=\"nl-plotly\"></div>\n<script type=\"text/javascript\">\n(function () {{\n{body}\n}})();\n</script>";
    }

    private static readonly JsonSerializerOptions FigureJsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonNode? EscapeStrings(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(
            p.Key,
            p.Key == "template" || p.Key.EndsWith("template", StringComparison.Ordinal) ? p.Value?.DeepClone() : EscapeStrings(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(item => EscapeStrings(item))]),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => JsonValue.Create(PlotlyText(value.GetValue<string>())),
        _ => node?.DeepClone(),
    };

    /// <summary>Text escaped for plotly.js's HTML subset (which decodes these entities back when drawing).</summary>
    public static string PlotlyText(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>text/plain for a chart: what it is and its title, for viewers that draw no charts.</summary>
    public static string PlainText(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var title = JsonNode.Parse(PlotlyNetFigureJson(chart))?["layout"]?["title"] switch
        {
            JsonObject t => (string?)t["text"],
            JsonValue v when v.GetValueKind() == JsonValueKind.String => (string?)v,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(title) ? "Plotly chart" : $"Plotly chart: {title}";
    }

    /// <summary>text/plain for a ScottPlot image.</summary>
    public static string PlainText(ScottPlot.Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var title = NewsLens.Charts.PlotLayout.TitleOf(plot);
        return string.IsNullOrWhiteSpace(title) ? "Chart image" : $"Chart image: {title}";
    }

    /// <summary>
    /// The plot as PNG bytes in base64 (Jupyter's image/png output), at the size the chart asks for
    /// (<see cref="NewsLens.Charts.PlotLayout.SizeOf"/>: taller when it has many categories) unless one is given. The
    /// plot is laid out first (<see cref="NewsLens.Charts.PlotLayout.Fit"/>): the title broken to fit the image, category
    /// labels that never overlap.
    /// </summary>
    public static string PngBase64(ScottPlot.Plot plot, int? width = null, int? height = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var size = NewsLens.Charts.PlotLayout.SizeOf(plot);
        size = new NewsLens.Charts.PlotSize(width ?? size.Width, height ?? size.Height);
        ArgumentOutOfRangeException.ThrowIfLessThan(size.Width, 16, nameof(width));
        ArgumentOutOfRangeException.ThrowIfLessThan(size.Height, 16, nameof(height));
        return Convert.ToBase64String(NewsLens.Charts.PlotLayout.Png(plot, size));
    }

    /// <summary>A ScottPlot plot as an inline PNG image (no files, no network).</summary>
    public static string Png(ScottPlot.Plot plot, int? width = null, int? height = null, string? alt = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var size = NewsLens.Charts.PlotLayout.SizeOf(plot);
        size = new NewsLens.Charts.PlotSize(width ?? size.Width, height ?? size.Height);
        var text = alt ?? NewsLens.Charts.PlotLayout.TitleOf(plot);
        var base64 = PngBase64(plot, size.Width, size.Height);
        return $"<img class=\"nl-image\" width=\"{size.Width}\" height=\"{size.Height}\" alt=\"{Html.Escape(string.IsNullOrWhiteSpace(text) ? "chart" : text)}\" src=\"data:image/png;base64,{base64}\">";
    }

    /// <summary>True when the HTML contains a Plotly fragment, so a page knows to embed plotly.js.</summary>
    public static bool ContainsPlotly(string html) => html.Contains("class=\"nl-plotly\"", StringComparison.Ordinal);

    /// <summary>Replaces the random plot ids in a page, in order of first appearance, by nl-plot-1, nl-plot-2...</summary>
    public static IReadOnlyDictionary<string, string> NumberPlotIds(IEnumerable<string> htmlFragments)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fragment in htmlFragments)
        {
            foreach (Match match in PlotIdPattern().Matches(fragment))
            {
                if (!map.ContainsKey(match.Value))
                {
                    map[match.Value] = PlotIdPrefix + (map.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        return map;
    }

    public static string ReplacePlotIds(string html, IReadOnlyDictionary<string, string> ids) =>
        ids.Count == 0 ? html : PlotIdPattern().Replace(html, m => ids.TryGetValue(m.Value, out var number) ? number : m.Value);

    [GeneratedRegex("nl-plot-[0-9a-f]{32}")]
    private static partial Regex PlotIdPattern();

    private static string ReadPlotlyJs()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .FirstOrDefault()
            ?? throw new InvalidOperationException("Plotly.NET no longer embeds plotly.js; the offline report cannot be built.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
