using System.Globalization;
using System.Text;

namespace NewsLens.Charts;

/// <summary>Label text for charts: shortened on whole text elements (never inside a surrogate pair or before a combining mark).</summary>
public static class ChartText
{
    public const string Ellipsis = "…";

    /// <summary>
    /// The text cut to at most <paramref name="maxElements"/> text elements (user-perceived characters), ending in an
    /// ellipsis when cut. Cut raw text, then escape: cutting escaped text can split an entity such as &amp;lt;.
    /// </summary>
    public static string Truncate(string text, int maxElements)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxElements, 2);
        var info = new StringInfo(text);
        if (info.LengthInTextElements <= maxElements)
        {
            return text;
        }

        return info.SubstringByTextElements(0, maxElements - 1).TrimEnd() + Ellipsis;
    }

    /// <summary>The text's last <paramref name="maxElements"/> − 1 text elements after an ellipsis, when longer than that.</summary>
    public static string TruncateStart(string text, int maxElements)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxElements, 2);
        var info = new StringInfo(text);
        var length = info.LengthInTextElements;
        return length <= maxElements ? text : Ellipsis + info.SubstringByTextElements(length - maxElements + 1).TrimStart();
    }

    /// <summary>
    /// Breaks text at spaces into lines of at most <paramref name="lineLength"/> text elements (a longer word is
    /// truncated), joined by <paramref name="lineBreak"/>; more than <paramref name="maxLines"/> lines end in an ellipsis.
    /// </summary>
    public static string Wrap(string text, int lineLength, int maxLines, string lineBreak = "\n")
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var lineElements = new StringInfo(line.ToString()).LengthInTextElements;
            var wordElements = new StringInfo(word).LengthInTextElements;
            if (line.Length > 0 && lineElements + 1 + wordElements > lineLength)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length == 0 ? "" : " ").Append(wordElements > lineLength ? Truncate(word, lineLength) : word);
        }

        lines.Add(line.ToString());
        if (lines.Count > maxLines)
        {
            lines = [.. lines.Take(maxLines)];
            var last = new StringInfo(lines[^1]);
            lines[^1] = last.LengthInTextElements < lineLength
                ? lines[^1] + Ellipsis
                : last.SubstringByTextElements(0, lineLength - 1) + Ellipsis;
        }

        return string.Join(lineBreak, lines);
    }
}
