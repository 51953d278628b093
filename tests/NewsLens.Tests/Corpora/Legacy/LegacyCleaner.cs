using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora.Legacy;

/// <summary>
/// The cleaner as it was before its allocation work (issue 15), kept as a test oracle: the current
/// <see cref="Cleaner"/> must give the same text, audit and source map. It has no prefilter: every pattern runs on
/// every line and sentence (the disclaimer-word line filter was taken out when the cleaner gained its prefilters), so
/// it is also the oracle for those prefilters.
/// </summary>
internal static partial class LegacyCleaner
{
    /// <summary>Untrusted text must not hang a run: a pattern that takes longer than this on one article fails that article only.</summary>
    private const int MatchTimeoutMs = 2000;

    private static readonly (string Rule, Regex Pattern)[] TailMarkers =
    [
        ("comment form", LeaveAReply()),
        ("comment form", EmailNotPublished()),
        ("comment form", RepliesHeading()),
        ("blog widget", BloggersLikeThis()),
        ("share buttons", ShareThis()),
        ("subscribe prompt", Subscribe()),
        ("related links", Related()),
    ];

    private static readonly (string Rule, Regex Pattern)[] DisclaimerSentences =
    [
        ("translation disclaimer", TranslatedBy()),
        ("verification disclaimer", NotVerified()),
        ("responsibility disclaimer", Responsibility()),
        ("syndication credit", ContributedToThisReport()),
        ("syndication credit", OriginallyPublished()),
    ];

    /// <summary>Cleans <paramref name="text"/> (already NFC-normalised). <paramref name="outlet"/>, when known, lets a bare outlet-name line be recognised as a byline.</summary>
    public static (string Text, CleaningAudit Audit) Clean(string text, string? outlet = null)
    {
        var (cleaned, audit, _) = Clean(text, outlet, SourceMap.Identity(text.Length));
        return (cleaned, audit);
    }

    /// <summary>
    /// Cleans <paramref name="text"/> and maps the cleaned text to the source of <paramref name="map"/> (the map of
    /// <paramref name="text"/> itself to the file it was read from), so offsets in the cleaned text can be given in the file.
    /// </summary>
    public static (string Text, CleaningAudit Audit, SourceMap Map) Clean(string text, string? outlet, SourceMap map) =>
        Clean(text, outlet, map, null);

    /// <summary>
    /// As <see cref="Clean(string, string?, SourceMap)"/>, also removing the lines of <paramref name="repeated"/>: passages
    /// found in many articles of the same outlet (sidebars, related headlines, footers), keyed by their trimmed text.
    /// </summary>
    public static (string Text, CleaningAudit Audit, SourceMap Map) Clean(string text, string? outlet, SourceMap map, IReadOnlyDictionary<string, int>? repeated)
    {
        var removals = new List<Removal>();
        var lines = Lines(text);
        if (repeated is { Count: > 0 })
        {
            foreach (var line in lines)
            {
                if (repeated.TryGetValue(line.Content.Trim().ToString(), out var articles))
                {
                    removals.Add(new Removal(line.Start, line.EndWithBreak - line.Start, BoilerplateKind.Repeated, $"repeated passage ({articles} articles of the outlet)", text[line.Start..line.EndWithBreak]));
                }
            }
        }

        RemoveScriptBlocks(text, removals);
        RemoveMarkup(text, lines, removals);
        RemoveTail(text, lines, removals);
        RemoveDisclaimers(text, lines, removals);
        RemoveBylines(text, lines, outlet, removals);

        var ordered = Merge(removals);
        var (cleaned, cleanedMap) = Compose(text, ordered, map);
        return (cleaned, new CleaningAudit([.. ordered]), cleanedMap);
    }

    /// <summary>A line of the text (without its line break or trailing \r), read in place rather than copied.</summary>
    private readonly record struct Line(string Text, int Start, int End)
    {
        public int EndWithBreak { get; init; } = End;

        public ReadOnlySpan<char> Content => Text.AsSpan(Start, End - Start).TrimEnd('\r');
    }

    private static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            lines.Add(new Line(text, start, end) { EndWithBreak = newline < 0 ? end : end + 1 });
            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        return lines;
    }

    private static void RemoveScriptBlocks(string text, List<Removal> removals)
    {
        if (!text.Contains('<', StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match match in ScriptOrStyleElement().Matches(text))
        {
            removals.Add(new Removal(match.Index, match.Length, BoilerplateKind.Code, "script/style element", match.Value));
        }
    }

    /// <summary>Runs of lines that read as JavaScript (the Facebook/Twitter embed snippets), and stray HTML tags.</summary>
    private static void RemoveMarkup(string text, List<Line> lines, List<Removal> removals)
    {
        var i = 0;
        while (i < lines.Count)
        {
            if (!LooksLikeCode(lines[i].Content))
            {
                i++;
                continue;
            }

            var first = i;
            while (i < lines.Count && (LooksLikeCode(lines[i].Content) || IsInsideCodeBlock(lines, first, i)))
            {
                i++;
            }

            var start = lines[first].Start;
            var end = lines[i - 1].EndWithBreak;
            removals.Add(new Removal(start, end - start, BoilerplateKind.Code, "script code", text[start..end]));
        }

        if (!text.Contains('<', StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match match in HtmlTag().Matches(text))
        {
            removals.Add(new Removal(match.Index, match.Length, BoilerplateKind.Code, "HTML tag", match.Value));
        }

        // Any other element carrying an event handler (<x onload=...>) is markup, whatever its name.
        foreach (Match match in EventHandlerTag().Matches(text))
        {
            removals.Add(new Removal(match.Index, match.Length, BoilerplateKind.Code, "HTML tag with an event handler", match.Value));
        }
    }

    private static bool IsInsideCodeBlock(List<Line> lines, int first, int current)
    {
        var opened = 0;
        for (var k = first; k < current; k++)
        {
            var content = lines[k].Content;
            opened += content.Count('{') + content.Count('(') - content.Count('}') - content.Count(')');
        }

        return opened > 0 && lines[current].Content.Trim().Length < 200;
    }

    private static bool LooksLikeCode(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();

        return !trimmed.IsEmpty && CodeLine().IsMatch(trimmed);
    }

    /// <summary>From the first comment-form/share marker near the end: everything after it must be boilerplate too.</summary>
    private static void RemoveTail(string text, List<Line> lines, List<Removal> removals)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Content.Length > LongLine)
            {
                RemoveTailSentences(text, lines[i], removals);
                continue;
            }

            if (TailRule(lines[i].Content) is not { } rule)
            {
                continue;
            }

            if (OnlyTailAfter(lines, i))
            {
                var start = lines[i].Start;
                var end = lines[^1].EndWithBreak;
                removals.Add(new Removal(start, end - start, BoilerplateKind.CommentOrShareTail, rule, text[start..end]));
                return;
            }
        }
    }

    /// <summary>A line longer than this is article text that may carry a footer: only its boilerplate sentences go, never the line.</summary>
    private const int LongLine = 400;

    /// <summary>In a long line (a whole article on one line), removes only the sentences that are comment-form or share boilerplate.</summary>
    private static void RemoveTailSentences(string text, Line line, List<Removal> removals)
    {
        var content = line.Content.ToString();
        foreach (Match sentence in SentenceInLine().Matches(content))
        {
            if (sentence.Length == 0 || TailRule(sentence.Value) is not { } rule)
            {
                continue;
            }

            var leading = sentence.Value.Length - sentence.Value.TrimStart().Length;
            removals.Add(new Removal(line.Start + sentence.Index + leading, sentence.Length - leading, BoilerplateKind.CommentOrShareTail, rule + " (sentence in a long line)", sentence.Value[leading..]));
        }
    }

    private static bool OnlyTailAfter(List<Line> lines, int marker)
    {
        for (var k = marker + 1; k < lines.Count; k++)
        {
            var line = lines[k].Content.Trim();
            if (line.Length > 0 && !LooksLikeCode(line) && TailRule(line) is null)
            {
                return false;
            }
        }

        return true;
    }

    private static string? TailRule(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        foreach (var (rule, pattern) in TailMarkers)
        {
            if (pattern.IsMatch(trimmed))
            {
                return rule;
            }
        }

        return null;
    }

    private static void RemoveDisclaimers(string text, List<Line> lines, List<Removal> removals)
    {
        foreach (var line in lines)
        {
            foreach (Match sentence in SentenceInLine().Matches(line.Content.ToString()))
            {
                foreach (var (rule, pattern) in DisclaimerSentences)
                {
                    if (pattern.IsMatch(sentence.Value))
                    {
                        var start = line.Start + sentence.Index;
                        removals.Add(new Removal(start, sentence.Length, BoilerplateKind.Disclaimer, rule, sentence.Value));
                        break;
                    }
                }
            }
        }
    }

    private static void RemoveBylines(string text, List<Line> lines, string? outlet, List<Removal> removals)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var trimmed = line.Content.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var words = CountWords(trimmed);
            var repeated = words <= 8 && !trimmed.EndsWith('.') && !seen.Add(trimmed.ToString());
            var isByline = trimmed.StartsWith("By", StringComparison.Ordinal) && ByLine().IsMatch(trimmed);
            string? rule = null;
            if (isByline && (repeated || trimmed.Length < 80))
            {
                rule = repeated ? "repeated byline" : "byline";
            }
            else if (outlet is not null && trimmed.Equals(outlet, StringComparison.OrdinalIgnoreCase))
            {
                rule = "outlet name line";
            }
            else if (repeated && seen.Count > 1 && words <= 4)
            {
                rule = "repeated byline";
            }

            if (rule is not null)
            {
                removals.Add(new Removal(line.Start, line.EndWithBreak - line.Start, BoilerplateKind.Byline, rule, text[line.Start..line.EndWithBreak]));
            }
        }
    }

    private static int CountWords(ReadOnlySpan<char> line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var isSpace = c == ' ';
            words += !isSpace && !inWord ? 1 : 0;
            inWord = !isSpace;
        }

        return words;
    }

    /// <summary>Sorted, with overlapping removals merged so no character is counted twice.</summary>
    private static List<Removal> Merge(List<Removal> removals)
    {
        var sorted = removals.OrderBy(r => r.Start).ThenByDescending(r => r.Length).ToList();
        var merged = new List<Removal>();
        foreach (var removal in sorted)
        {
            if (merged.Count > 0 && removal.Start < merged[^1].End)
            {
                continue; // already inside a larger removal
            }

            merged.Add(removal);
        }

        return merged;
    }

    /// <summary>The text without the removals, blank-line runs shortened and trailing spaces dropped, with its map to <paramref name="map"/>'s source.</summary>
    private static (string Text, SourceMap Map) Compose(string text, List<Removal> removals, SourceMap map)
    {
        var kept = new StringBuilder(text.Length);
        var keptMap = new SourceMap.Builder(map);
        var position = 0;
        foreach (var removal in removals)
        {
            kept.Append(text, position, removal.Start - position);
            keptMap.Copy(position, removal.Start - position);
            position = removal.End;
        }

        kept.Append(text, position, text.Length - position);
        keptMap.Copy(position, text.Length - position);
        var (composed, composedMap) = ReplaceMapped(kept.ToString(), keptMap.Build(), BlankLines(), "\n\n");
        var (spaced, spacedMap) = ReplaceMapped(composed, composedMap, TrailingSpaces(), "\n");
        var start = 0;
        while (start < spaced.Length && char.IsWhiteSpace(spaced[start]))
        {
            start++;
        }

        var end = spaced.Length;
        while (end > start && char.IsWhiteSpace(spaced[end - 1]))
        {
            end--;
        }

        var trimmed = new SourceMap.Builder(spacedMap);
        trimmed.Copy(start, end - start);
        return (spaced[start..end], trimmed.Build());
    }

    /// <summary><see cref="Regex.Replace(string, string)"/> with a literal replacement, keeping the map to the source.</summary>
    private static (string Text, SourceMap Map) ReplaceMapped(string text, SourceMap map, Regex pattern, string replacement)
    {
        var result = new StringBuilder(text.Length);
        var builder = new SourceMap.Builder(map);
        var position = 0;
        foreach (Match match in pattern.Matches(text))
        {
            result.Append(text, position, match.Index - position).Append(replacement);
            builder.Copy(position, match.Index - position);
            builder.Replace(match.Index, match.Length, replacement.Length);
            position = match.Index + match.Length;
        }

        result.Append(text, position, text.Length - position);
        builder.Copy(position, text.Length - position);
        return (result.ToString(), builder.Build());
    }

    [GeneratedRegex(@"<(script|style|noscript|iframe|svg|math|canvas|template|object)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, MatchTimeoutMs)]
    private static partial Regex ScriptOrStyleElement();

    [GeneratedRegex(@"</?(?i:a|abbr|article|aside|audio|b|blockquote|body|br|button|caption|center|cite|code|dd|del|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|label|li|link|main|meta|nav|noscript|object|ol|option|p|picture|pre|q|s|script|section|select|small|source|span|strong|style|sub|sup|table|tbody|td|textarea|tfoot|th|thead|time|title|tr|u|ul|video|svg|math|canvas|template|path|g|use|circle|rect|polygon|defs|symbol)(?=[\s/>])(\s+[a-zA-Z-]+(\s*=\s*(""[^""]*""|'[^']*'|[^\s>]+))?)*\s*/?>", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^(\(?function\s*\(|\}\s*\(|\}\)|\}\s*$|\{\s*$|var\s+\w+\s*[,=;]|let\s+\w+\s*=|const\s+\w+\s*=|if\s*\(.*\)\s*(return|\{)|window\.|document\.|\w+\.(src|async|id|parentNode|insertBefore|getElementsByTagName|getElementById|createElement)\b|js\.|fjs\.|[\w.]+\s*=\s*[\w.]+\(|.*\);\s*$.*(getElement|createElement|insertBefore|push\())", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex CodeLine();

    [GeneratedRegex(@"</?[a-zA-Z][\w:-]*\s[^<>]*\bon[a-z]+\s*=[^<>]*>", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex EventHandlerTag();

    [GeneratedRegex(@"^Leave a (Reply|Comment)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex LeaveAReply();

    [GeneratedRegex(@"email address will not be published|Required fields are marked|^(Comment|Name|Email|Website)\s*\*?$|^Post Comment$|Save my name, email", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex EmailNotPublished();

    [GeneratedRegex(@"^(One|No|\d+)\s+(reply|replies|comment|comments|thought|thoughts|response|responses)\s+(on|to)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex RepliesHeading();

    [GeneratedRegex(@"%d bloggers like this|^Like this:?$|^Like Loading", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex BloggersLikeThis();

    [GeneratedRegex(@"^(Share this( article| story)?:?|Share on (Facebook|Twitter|X|WhatsApp|LinkedIn|Telegram)|Click to share\b.*|Tweet|Email|Print|WhatsApp|Telegram|Facebook|Twitter|LinkedIn)$", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex ShareThis();

    [GeneratedRegex(@"^(Subscribe (to|for)\b.*|Sign up for (our|the)\b.*newsletter.*|Follow us on\b.*)$", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Subscribe();

    [GeneratedRegex(@"^(Related( Articles| Posts| Stories| News)?|Read (more|also)):?$", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Related();

    [GeneratedRegex(@"[^.!?]*(?:[.!?]+|$)", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex SentenceInLine();

    [GeneratedRegex(@"\b(translated|translation)\b.*\b(by|from)\b.*\b(Observer|edited|editor|staff|team|News|Agency)\b|^\s*This (article|report|story) was translated", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex TranslatedBy();

    [GeneratedRegex(@"\bhas not (verified|independently verified) the content\b|\bcould not (independently )?verify\b.*\breport\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex NotVerified();

    [GeneratedRegex(@"\bResponsibility for the information and views\b|\bviews expressed (in this article )?are (those|solely those) of the author", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Responsibility();

    [GeneratedRegex(@"^\s*(\w+[\w\s,&]*) contributed to this (report|story|article)\.?\s*$", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex ContributedToThisReport();

    [GeneratedRegex(@"^\s*This (article|story) (was )?(originally|first) (published|appeared) (in|on|by)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex OriginallyPublished();

    [GeneratedRegex(@"^By\s+\p{Lu}[\p{L}'.-]+(\s+\p{Lu}[\p{L}'.-]+){0,4}(\s*(,|and|&)\s*\p{Lu}[\p{L}'.-]+(\s+\p{Lu}[\p{L}'.-]+){0,4})*$", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex ByLine();

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)+", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"[ \t]+\n", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex TrailingSpaces();
}
