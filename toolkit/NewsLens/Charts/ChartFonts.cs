using System.Reflection;

namespace NewsLens.Charts;

/// <summary>
/// ScottPlot draws no text at all on a machine without fonts, so NewsLens ships DejaVu Sans and registers it as
/// ScottPlot's default font. Call <see cref="Register"/> before drawing; it is idempotent and thread-safe.
/// </summary>
public static class ChartFonts
{
    public const string FamilyName = "DejaVu Sans";

    private static readonly Lazy<string> FontPath = new(ExtractFont, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly object Gate = new();
    private static bool _registered;

    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            ScottPlot.Fonts.AddFontFile(FamilyName, FontPath.Value, bold: false, italic: false);
            ScottPlot.Fonts.Default = FamilyName;
            _registered = true;
        }
    }

    /// <summary>ScottPlot loads fonts from files: the embedded font is written once to a per-user cache folder, named by its size.</summary>
    private static string ExtractFont()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NewsLens.Fonts.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The DejaVu Sans font is missing from the NewsLens assembly.");
        var folder = Path.Combine(Path.GetTempPath(), "newslens-fonts");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"DejaVuSans-{stream.Length}.ttf");
        if (!File.Exists(path) || new FileInfo(path).Length != stream.Length)
        {
            var temporary = path + "." + Environment.ProcessId + ".tmp";
            using (var file = File.Create(temporary))
            {
                stream.CopyTo(file);
            }

            File.Move(temporary, path, overwrite: true);
        }

        return path;
    }
}
