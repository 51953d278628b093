namespace NewsLens.Charts;

/// <summary>
/// One colour per series name (an outlet, an actor) in every chart of a run, in both libraries: the first name asked
/// for gets the palette's first colour, the next new name the second, and so on (the same notebook order gives the
/// same colours). Category-like series (kinds of source, framing terms) keep their own palette order instead.
/// </summary>
public static class SeriesColors
{
    /// <summary>The Category10 palette (as Plotly's and ScottPlot's defaults), as hex.</summary>
    public static IReadOnlyList<string> Palette { get; } =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    private static readonly Dictionary<string, int> Assigned = new(StringComparer.Ordinal);
    private static readonly object Gate = new();

    public static string Hex(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (Gate)
        {
            if (!Assigned.TryGetValue(name, out var index))
            {
                index = Assigned.Count;
                Assigned[name] = index;
            }

            return Palette[index % Palette.Count];
        }
    }

    public static ScottPlot.Color ScottPlot(string name) => global::ScottPlot.Color.FromHex(Hex(name));

    public static Plotly.NET.Color Plotly(string name) => global::Plotly.NET.Color.fromString(Hex(name));

    /// <summary>The palette's colour at a position, for category-like series.</summary>
    public static string At(int index) => Palette[((index % Palette.Count) + Palette.Count) % Palette.Count];
}
