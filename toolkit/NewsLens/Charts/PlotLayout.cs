using System.Runtime.CompilerServices;

namespace NewsLens.Charts;

/// <summary>The pixel size a ScottPlot chart is drawn at.</summary>
public sealed record PlotSize(int Width, int Height)
{
    /// <summary>The size of a chart with few categories.</summary>
    public static PlotSize Default { get; } = new(800, 450);
}

/// <summary>How the category labels of one axis were laid out by <see cref="PlotLayout.Fit"/>.</summary>
/// <param name="Rotation">0 (horizontal, possibly on two lines) or −45 degrees.</param>
/// <param name="Step">1 when every category is labelled; k when only every k-th is (the others would overlap).</param>
/// <param name="Pitch">Pixels between neighbouring categories.</param>
public sealed record CategoryLabelLayout(float Rotation, int Step, float Pitch);

/// <summary>
/// Layout of the ScottPlot twins, computed from measured text (the shipped font) rather than guessed: a chart with many
/// categories stacked vertically grows in height (<see cref="HeightForRows"/>); category labels along the bottom are
/// wrapped, rotated by 45° (ending under their tick) or shortened with an ellipsis, and labelled every k-th when even
/// that would overlap; a title is broken onto lines that fit the image and centred on the whole figure.
/// Charts declare their categories with <see cref="CategoriesBottom"/> / <see cref="CategoriesLeft"/>; <see cref="Fit"/>
/// (called by the PNG writer) applies the layout for a given size.
/// </summary>
public static class PlotLayout
{
    /// <summary>Font size of category tick labels (pixels).</summary>
    public const float TickFontSize = 12f;

    /// <summary>Vertical pixels per category row: the label's line height plus room to breathe.</summary>
    public const float RowPitch = TickFontSize * 1.75f;

    /// <summary>Rotated and left-axis category labels longer than this many characters are shortened with an ellipsis (labels written across wrap instead).</summary>
    public const int MaxLabelLength = 32;

    /// <summary>Legend entries longer than this are shortened (the legend sits beside the data and would squeeze it).</summary>
    public const int MaxLegendLength = 32;

    /// <summary>Categories at least this many pixels apart are labelled horizontally (wrapped); closer ones are rotated.</summary>
    public const float MinimumHorizontalPitch = 72f;

    /// <summary>Lines a horizontal category label may take.</summary>
    public const int MaxLabelLines = 3;

    /// <summary>Pixels kept between two horizontal labels and between a title and the image edge.</summary>
    public const float Gap = 8f;

    private const float Sin45 = 0.70710677f;

    private static readonly ConditionalWeakTable<ScottPlot.Plot, Intent> Intents = new();

    /// <summary>The size the chart asks to be drawn at (<see cref="PlotSize.Default"/> unless it grew).</summary>
    public static PlotSize SizeOf(ScottPlot.Plot plot) => IntentOf(plot).Size;

    public static void SetSize(ScottPlot.Plot plot, PlotSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        IntentOf(plot).Size = size;
    }

    /// <summary>
    /// The height of a chart whose <paramref name="rows"/> categories are stacked vertically: <see cref="RowPitch"/>
    /// pixels per row plus <paramref name="chrome"/> for title and axes, never below the default height.
    /// </summary>
    public static int HeightForRows(int rows, int chrome = 170) =>
        Math.Max(PlotSize.Default.Height, chrome + (int)Math.Ceiling(Math.Max(0, rows) * RowPitch));

    /// <summary>Labels categories at the given x positions (one per category, one unit apart); <see cref="Fit"/> lays them out.</summary>
    public static void CategoriesBottom(ScottPlot.Plot plot, IReadOnlyList<string> labels, IReadOnlyList<double>? positions = null)
    {
        var intent = IntentOf(plot);
        intent.Bottom = Ticks(labels, positions);
        var axis = plot.Axes.Bottom;
        axis.MajorTickStyle.Length = 0; // a tick mark touching a rotated label reads as a hyphen ("-Syria")
        axis.MinorTickStyle.Length = 0;
        axis.TickLabelStyle.FontSize = TickFontSize;
        Apply(axis, intent.Bottom, 0, 1, i => intent.Bottom[i].Label);
    }

    /// <summary>Labels categories at the given y positions; give the chart <see cref="HeightForRows"/> so each gets a line.</summary>
    public static void CategoriesLeft(ScottPlot.Plot plot, IReadOnlyList<string> labels, IReadOnlyList<double> positions)
    {
        var intent = IntentOf(plot);
        intent.Left = Ticks(labels, positions);
        var axis = plot.Axes.Left;
        axis.MajorTickStyle.Length = 0;
        axis.MinorTickStyle.Length = 0;
        axis.TickLabelStyle.FontSize = TickFontSize;
        Apply(axis, intent.Left, 0, 1, i => intent.Left[i].Label);
    }

    /// <summary>The chart's title as written (before <see cref="Fit"/> broke it onto lines).</summary>
    public static string TitleOf(ScottPlot.Plot plot)
    {
        var intent = IntentOf(plot);
        var current = plot.Axes.Title.Label.Text ?? "";
        return current == intent.FittedTitle ? intent.Title : current;
    }

    /// <summary>A legend entry's text, shortened so the legend beside the data stays narrow.</summary>
    public static string LegendText(string text) => ChartText.Truncate(text, MaxLegendLength);

    /// <summary>How <see cref="Fit"/> laid out the bottom categories of this plot (null when it has none or was never fitted).</summary>
    public static CategoryLabelLayout? BottomLayout(ScottPlot.Plot plot) => IntentOf(plot).BottomLayout;

    /// <summary>How <see cref="Fit"/> laid out the left categories of this plot.</summary>
    public static CategoryLabelLayout? LeftLayout(ScottPlot.Plot plot) => IntentOf(plot).LeftLayout;

    /// <summary>
    /// Lays the plot out for <paramref name="size"/> (its own size by default): the title broken to fit the image and
    /// centred on it, category labels wrapped, rotated, shortened or thinned so none overlaps another. It draws the
    /// plot once to learn where the data area falls. Idempotent: fitting again (at any size) starts from the original
    /// title and labels.
    /// </summary>
    public static void Fit(ScottPlot.Plot plot, PlotSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ChartFonts.Register();
        var intent = IntentOf(plot);
        size ??= intent.Size;

        var title = plot.Axes.Title.Label.Text ?? "";
        if (title != intent.FittedTitle)
        {
            intent.Title = title;
        }

        // ScottPlot centres a "full figure" title between the image's left edge and the data area's right edge (a
        // legend or colour bar sits beyond): each line must fit that span.
        plot.Axes.Title.FullFigureCenter = true;
        plot.Axes.Title.Label.Text = intent.Title;
        using (plot.GetImage(size.Width, size.Height))
        {
        }

        var span = plot.RenderManager.LastRender.DataRect.Right - plot.RenderManager.LastRender.FigureRect.Left;
        plot.Axes.Title.Label.Text = intent.FittedTitle = BreakToWidth(intent.Title, plot.Axes.Title.Label, span - (2 * Gap));

        // Twice: labels laid out in the first pass resize the axes, which moves the data area the second pass measures.
        for (var pass = 0; pass < 2 && (intent.Bottom is not null || intent.Left is not null); pass++)
        {
            using (plot.GetImage(size.Width, size.Height))
            {
            }

            FitCategories(plot, intent, size, plot.RenderManager.LastRender.DataRect);
        }
    }

    private static void FitCategories(ScottPlot.Plot plot, Intent intent, PlotSize size, ScottPlot.PixelRect data)
    {
        if (intent.Left is { } left)
        {
            var pitch = Pitch(left, p => plot.Axes.Left.GetPixel(p, data));
            var lineHeight = Measure(plot.Axes.Left.TickLabelStyle, "Ag").LineHeight;
            var step = pitch >= lineHeight ? 1 : (int)Math.Ceiling(lineHeight / Math.Max(pitch, 0.01f));
            intent.LeftLayout = new CategoryLabelLayout(0, step, pitch);
            Apply(plot.Axes.Left, left, 0, step, i => ChartText.Truncate(left[i].Label, MaxLabelLength));
        }

        if (intent.Bottom is { } bottom)
        {
            var axis = plot.Axes.Bottom;
            var pitch = Pitch(bottom, p => axis.GetPixel(p, data));
            var style = axis.TickLabelStyle;
            var lineHeight = Measure(style, "Ag").LineHeight;
            var shortened = bottom.Select(t => ChartText.Truncate(t.Label, MaxLabelLength)).ToList();
            if (pitch >= MinimumHorizontalPitch)
            {
                // Wide enough to write across: each label on at most three lines, the last ending in an ellipsis if cut.
                var wrapped = bottom.Select(t => WrapToWidth(t.Label, style, pitch - Gap, MaxLabelLines)).ToList();
                intent.BottomLayout = new CategoryLabelLayout(0, 1, pitch);
                axis.TickLabelStyle.Rotation = 0;
                var lines = wrapped.Max(w => w.Split('\n').Length);
                axis.MinimumSize = (lines * lineHeight) + AxisLabelHeight(axis) + Gap;
                Apply(axis, bottom, 0, 1, i => wrapped[i]);
            }
            else
            {
                // Rotated by 45°, neighbouring labels are pitch·sin45 apart across their lines: thin until a line fits.
                var step = (int)Math.Ceiling(lineHeight / Math.Max(pitch * Sin45, 0.01f));
                step = Math.Max(1, step);
                var maxWidth = Math.Max(60f, size.Height * 0.35f / Sin45);
                var fitted = shortened.Select(label => ShortenToWidth(label.Replace('\n', ' '), style, maxWidth)).ToList();
                var widest = fitted.Select(label => Measure(style, label).Width).DefaultIfEmpty(0).Max();
                intent.BottomLayout = new CategoryLabelLayout(-45, step, pitch);
                axis.TickLabelStyle.Rotation = -45;
                axis.TickLabelStyle.Alignment = ScottPlot.Alignment.UpperRight;
                axis.MinimumSize = ((widest + lineHeight) * Sin45) + AxisLabelHeight(axis) + Gap;
                Apply(axis, bottom, -45, step, i => fitted[i]);

                // The first label reaches left of its tick by its width·cos45: the left panel must make room for it.
                var firstPixel = axis.GetPixel(bottom.Min(t => t.Position), data);
                var reach = Measure(style, fitted[0]).Width * Sin45;
                var needed = reach - (firstPixel - data.Left) + Gap;
                if (needed > data.Left)
                {
                    plot.Axes.Left.MinimumSize = needed;
                }
            }
        }
    }

    /// <summary>Fits the plot to its size (or the given one) and draws it as PNG bytes.</summary>
    public static byte[] Png(ScottPlot.Plot plot, PlotSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        size ??= SizeOf(plot);
        Fit(plot, size);
        return plot.GetImageBytes(size.Width, size.Height, ScottPlot.ImageFormat.Png);
    }

    /// <summary>The width and line height of text in a label style (the registered font).</summary>
    public static ScottPlot.MeasuredText Measure(ScottPlot.LabelStyle style, string text)
    {
        ArgumentNullException.ThrowIfNull(style);
        ChartFonts.Register();
        var probe = new ScottPlot.LabelStyle
        {
            Text = text,
            FontSize = style.FontSize,
            FontName = style.FontName,
            Bold = style.Bold,
            Italic = style.Italic,
        };
        using var paint = ScottPlot.Paint.NewDisposablePaint();
        return probe.Measure(paint);
    }

    /// <summary>Breaks text at spaces into lines (joined by \n) each measuring at most <paramref name="width"/> pixels.</summary>
    public static string BreakToWidth(string text, ScottPlot.LabelStyle style, float width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Measure(style, candidate).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            lines.Add(ShortenToWidth(line, style, width));
        }

        return string.Join("\n", lines);
    }

    private static float AxisLabelHeight(ScottPlot.IAxis axis) =>
        string.IsNullOrEmpty(axis.Label.Text) ? 0 : Measure(axis.Label, axis.Label.Text).LineHeight + 8;

    /// <summary>The label broken onto at most <paramref name="maxLines"/> lines of at most <paramref name="width"/> pixels; the last line ends in an ellipsis when text is left over.</summary>
    private static string WrapToWidth(string label, ScottPlot.LabelStyle style, float width, int maxLines)
    {
        var lines = BreakToWidth(label, style, width).Split('\n');
        if (lines.Length <= maxLines)
        {
            return string.Join("\n", lines);
        }

        var kept = lines.Take(maxLines).ToArray();
        var last = ShortenToWidth(kept[^1] + " " + ChartText.Ellipsis, style, width);
        kept[^1] = last.EndsWith(ChartText.Ellipsis, StringComparison.Ordinal) ? last : last + ChartText.Ellipsis;
        return string.Join("\n", kept);
    }

    private static string ShortenToWidth(string text, ScottPlot.LabelStyle style, float width)
    {
        var length = new System.Globalization.StringInfo(text).LengthInTextElements;
        var shortened = text;
        while (length > 2 && Measure(style, shortened).Width > width)
        {
            length--;
            shortened = ChartText.Truncate(text, length);
        }

        return shortened;
    }

    private static float Pitch(IReadOnlyList<ScottPlot.Tick> ticks, Func<double, float> pixel)
    {
        if (ticks.Count < 2)
        {
            return float.MaxValue / 4;
        }

        var pixels = ticks.Select(t => pixel(t.Position)).Order().ToList();
        return pixels.Zip(pixels.Skip(1), (a, b) => b - a).Min();
    }

    private static void Apply(ScottPlot.IAxis axis, IReadOnlyList<ScottPlot.Tick> ticks, float rotation, int step, Func<int, string> labelAt)
    {
        axis.TickLabelStyle.Rotation = rotation;
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. ticks.Select((t, i) => new ScottPlot.Tick(t.Position, i % step == 0 ? labelAt(i) : "", true))]);
    }

    private static List<ScottPlot.Tick> Ticks(IReadOnlyList<string> labels, IReadOnlyList<double>? positions)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (positions is not null && positions.Count != labels.Count)
        {
            throw new ArgumentException("one position per label is needed", nameof(positions));
        }

        return [.. labels.Select((label, i) => new ScottPlot.Tick(positions?[i] ?? i, label, true))];
    }

    private static Intent IntentOf(ScottPlot.Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return Intents.GetValue(plot, _ => new Intent());
    }

    private sealed class Intent
    {
        public PlotSize Size { get; set; } = PlotSize.Default;

        public string Title { get; set; } = "";

        public string? FittedTitle { get; set; }

        public List<ScottPlot.Tick>? Bottom { get; set; }

        public List<ScottPlot.Tick>? Left { get; set; }

        public CategoryLabelLayout? BottomLayout { get; set; }

        public CategoryLabelLayout? LeftLayout { get; set; }
    }
}
