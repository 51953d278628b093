using System.Text;

namespace NewsLens.Reports;

/// <summary>
/// Escaping for the rendered report. Article text, titles and outlet names reach HTML only through these helpers,
/// so a <c>&lt;script&gt;</c> in a corpus is shown as text and never runs.
/// </summary>
public static class Html
{
    /// <summary>Escapes text for an HTML element body or a quoted attribute value.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Plain text as a preformatted block, escaped.</summary>
    public static string Preformatted(string? text, string cssClass = "nl-text") =>
        $"<pre class=\"{Escape(cssClass)}\">{Escape(text)}</pre>";

    /// <summary>
    /// Makes JSON safe to inline in a &lt;script&gt; element: &lt;, &gt; and &amp; only occur inside JSON strings, where
    /// their \u escapes mean the same, so "&lt;/script&gt;" in a chart label cannot close the element.
    /// </summary>
    public static string ScriptSafeJson(string json) => json
        .Replace("<", "\\u003c", StringComparison.Ordinal)
        .Replace(">", "\\u003e", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal)
        .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
        .Replace("\u2029", "\\u2029", StringComparison.Ordinal);
}
