using System.Net;
using System.Text.RegularExpressions;

namespace NewsLens.Tests;

/// <summary>Words of the seed story (its countries, process, outlets, actors, capitals) that output about another corpus must not contain.</summary>
internal static partial class SeedStoryWords
{
    public static readonly string[] Words =
    [
        "Turkey", "Türkiye", "Turkiye", "Syria", "normalisation", "normalization", "Daily Sabah", "Arab News", "New Arab",
        "Al-Watan", "Syrian Observer", "Al-Modon", "Assad", "Cavusoglu", "Çavuşoğlu", "Lavrov", "Mekdad", "Moscow", "Ankara", "Damascus",
    ];

    /// <summary>The seed words the text contains, ignoring case.</summary>
    public static List<string> FoundIn(string text) => [.. Words.Where(w => text.Contains(w, StringComparison.OrdinalIgnoreCase))];

    /// <summary>A rendered page without its scripts and styles (plotly.js carries a list of country names), tags removed, entities decoded.</summary>
    public static string VisibleText(string report, string page)
    {
        var html = File.ReadAllText(Path.Combine(report, page + ".html"));
        return WebUtility.HtmlDecode(Tag().Replace(ScriptOrStyle().Replace(html, " "), " "));
    }

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
