namespace NewsLens.Charts;

/// <summary>
/// One colour per series name (an outlet, an actor) in every chart of a run, in both libraries: the first name asked
/// for gets the palette's first colour, the next new name the second, and so on; notebooks reserve their corpus's
/// outlets first (<see cref="Reserve"/>), so an outlet has one colour across the whole report.
/// The names given colours so far are kept per process, or per <see cref="Scope"/>: `render` gives every notebook
/// its own scope, so a page's colours depend only on its notebook and corpus, not on which notebooks ran before it
/// or beside it. Category-like series (kinds of source, framing terms) keep their own palette order instead.
/// </summary>
public static class SeriesColors
{
    /// <summary>The Category10 palette (as Plotly's and ScottPlot's defaults), as hex.</summary>
    public static IReadOnlyList<string> Palette { get; } =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    private static readonly Dictionary<string, int> ProcessAssigned = new(StringComparer.Ordinal);
    private static readonly AsyncLocal<Dictionary<string, int>?> ScopeAssigned = new();

    /// <summary>The current scope's names, else the process's; callers lock the returned table.</summary>
    private static Dictionary<string, int> Assigned => ScopeAssigned.Value ?? ProcessAssigned;

    /// <summary>
    /// Starts a fresh set of colours for this asynchronous flow (and the tasks and threads it starts) until disposed:
    /// names coloured inside the scope do not affect colours outside it, nor in another scope running at the same time.
    /// </summary>
    public static IDisposable Scope()
    {
        var previous = ScopeAssigned.Value;
        ScopeAssigned.Value = new Dictionary<string, int>(StringComparer.Ordinal);
        return new ScopeEnd(previous);
    }

    public static string Hex(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var assigned = Assigned;
        lock (assigned)
        {
            if (!assigned.TryGetValue(name, out var index))
            {
                index = assigned.Count;
                assigned[name] = index;
            }

            return Palette[index % Palette.Count];
        }
    }

    /// <summary>
    /// Gives the names not yet coloured their colours in ordinal order, so every notebook that reserves the same
    /// names (a corpus's outlets) colours them alike, whichever chart draws first and whichever notebooks are run.
    /// </summary>
    public static void Reserve(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var ordered = names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var assigned = Assigned;
        lock (assigned)
        {
            foreach (var name in ordered)
            {
                assigned.TryAdd(name, assigned.Count);
            }
        }
    }

    public static ScottPlot.Color ScottPlot(string name) => global::ScottPlot.Color.FromHex(Hex(name));

    public static Plotly.NET.Color Plotly(string name) => global::Plotly.NET.Color.fromString(Hex(name));

    /// <summary>The palette's colour at a position, for category-like series.</summary>
    public static string At(int index) => Palette[((index % Palette.Count) + Palette.Count) % Palette.Count];

    private sealed class ScopeEnd(Dictionary<string, int>? previous) : IDisposable
    {
        public void Dispose() => ScopeAssigned.Value = previous;
    }
}

/// <summary>Text colour on a coloured cell: black or white, whichever contrasts more with the cell (WCAG relative luminance).</summary>
public static class CellText
{
    public const string Dark = "#000000";
    public const string Light = "#ffffff";

    /// <summary>The WCAG contrast ratio of two colours (1 to 21).</summary>
    public static double Contrast(ScottPlot.Color a, ScottPlot.Color b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>WCAG relative luminance (0 black to 1 white).</summary>
    public static double Luminance(ScottPlot.Color color)
    {
        static double Channel(byte value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(color.R)) + (0.7152 * Channel(color.G)) + (0.0722 * Channel(color.B));
    }

    public static string On(ScottPlot.Color cell) =>
        Contrast(cell, ScottPlot.Color.FromHex(Dark)) >= Contrast(cell, ScottPlot.Color.FromHex(Light)) ? Dark : Light;

    /// <summary>The Viridis colour (the heat maps' scale in both libraries) of a value within [min, max].</summary>
    public static ScottPlot.Color Viridis(double value, double min, double max) =>
        new ScottPlot.Colormaps.Viridis().GetColor(max > min ? Math.Clamp((value - min) / (max - min), 0, 1) : 0);
}
