using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsLens.Corpora;

/// <summary>
/// Removes boilerplate that is not the article: embedded script/markup, comment forms and share tails,
/// translation/syndication disclaimers and repeated bylines. Every removal is recorded with its rule.
/// Rules are deliberately conservative: a line is removed only when it matches a boilerplate pattern as a whole.
/// </summary>
public static partial class Cleaner
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

    /// <summary>A word every disclaimer pattern needs: lines without one skip the sentence patterns (most of cleaning's time).</summary>
    private static readonly SearchValues<string> DisclaimerWords = SearchValues.Create(
        ["translat", "verif", "responsibility", "views expressed", "contributed", "originally", "first published", "first appeared"],
        StringComparison.OrdinalIgnoreCase);

    // Prefilters: each regex below runs only on text that passes a cheap necessary condition derived from the pattern
    // (a first character, a leading word or a literal it cannot match without). They only skip work: the cleaned text
    // and audit are the same as running every pattern (CleanerPrefilterTests compares them with the unfiltered cleaner).
    // Case-insensitive checks use OrdinalIgnoreCase, which equates every ASCII letter pair; a generated IgnoreCase
    // regex also equates 'k' with the Kelvin sign (U+212A), which OrdinalIgnoreCase does not, so no literal used with
    // OrdinalIgnoreCase contains a 'k' (CleanerPrefilterTests checks that this is the only such equivalence).

    /// <summary>Literals a code line (<see cref="CodeLine"/>, case-sensitive) has somewhere unless it starts with one of <see cref="CodeStarts"/>.</summary>
    private static readonly SearchValues<string> CodeLiterals = SearchValues.Create(
        ["=", ");", ".src", ".async", ".id", ".parentNode", ".insertBefore", ".getElementsByTagName", ".getElementById", ".createElement"],
        StringComparison.Ordinal);

    /// <summary>The leading words of <see cref="CodeLine"/>'s anchored alternatives.</summary>
    private static readonly string[] CodeStarts = ["(", "{", "}", "function", "var", "let", "const", "if", "window.", "document.", "js.", "fjs."];

    /// <summary>The leading words of the anchored alternatives of <see cref="TailMarkers"/> (cut before any 'k'); a digit also starts one.</summary>
    private static readonly string[] TailStarts =
    [
        "leave a", "comment", "name", "email", "website", "post comment", "one", "no", "li", "share", "clic", "tweet", "print",
        "whatsapp", "telegram", "faceboo", "twitter", "subscribe", "sign up for", "follow us on", "related", "read",
    ];

    /// <summary>First characters of <see cref="TailStarts"/>, both cases.</summary>
    private static readonly SearchValues<char> TailFirstCharacters = SearchValues.Create("lcnewopstfrLCNEWOPSTFR");

    /// <summary>The unanchored literals of <see cref="TailMarkers"/> (cut before any 'k').</summary>
    private static readonly SearchValues<string> TailPhrases = SearchValues.Create(
        ["email address will not be published", "required fields are mar", "save my name, email", "%d bloggers li"],
        StringComparison.OrdinalIgnoreCase);

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

        return !trimmed.IsEmpty && MayBeCode(trimmed) && CodeLine().IsMatch(trimmed);
    }

    /// <summary>False when <see cref="CodeLine"/> cannot match <paramref name="trimmed"/>: every alternative starts with one of <see cref="CodeStarts"/> or needs one of <see cref="CodeLiterals"/>.</summary>
    internal static bool MayBeCode(ReadOnlySpan<char> trimmed) =>
        StartsWithAny(trimmed, CodeStarts, StringComparison.Ordinal) || trimmed.ContainsAny(CodeLiterals);

    /// <summary>False when no pattern of <see cref="TailMarkers"/> can match <paramref name="trimmed"/>.</summary>
    internal static bool MayBeTail(ReadOnlySpan<char> trimmed) =>
        !trimmed.IsEmpty
        && ((TailFirstCharacters.Contains(trimmed[0]) && StartsWithAny(trimmed, TailStarts, StringComparison.OrdinalIgnoreCase))
            || char.IsDigit(trimmed[0])
            || trimmed.ContainsAny(TailPhrases));

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] starts, StringComparison comparison)
    {
        foreach (var start in starts)
        {
            if (text.StartsWith(start, comparison))
            {
                return true;
            }
        }

        return false;
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
        var content = line.Content;
        for (int index = 0, end; index < content.Length; index = end)
        {
            end = SentenceEnd(content, index);
            var value = content[index..end];
            if (TailRule(value) is not { } rule)
            {
                continue;
            }

            var leading = value.Length - value.TrimStart().Length;
            removals.Add(new Removal(line.Start + index + leading, value.Length - leading, BoilerplateKind.CommentOrShareTail, rule + " (sentence in a long line)", value[leading..].ToString()));
        }
    }

    private static readonly SearchValues<char> SentenceStops = SearchValues.Create(".!?");

    /// <summary>
    /// The end of the sentence of <paramref name="line"/> (a line, without line breaks) starting at <paramref name="start"/>:
    /// after its run of <c>.!?</c>, or the end of the line. The sentences are the non-empty matches of <c>[^.!?]*(?:[.!?]+|$)</c>.
    /// </summary>
    internal static int SentenceEnd(ReadOnlySpan<char> line, int start)
    {
        var stop = line[start..].IndexOfAny(SentenceStops);
        if (stop < 0)
        {
            return line.Length;
        }

        var after = line[(start + stop)..].IndexOfAnyExcept(SentenceStops);
        return after < 0 ? line.Length : start + stop + after;
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
        if (!MayBeTail(trimmed))
        {
            return null;
        }

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
            if (!line.Content.ContainsAny(DisclaimerWords))
            {
                continue;
            }

            var content = line.Content;
            for (int index = 0, end; index < content.Length; index = end)
            {
                end = SentenceEnd(content, index);
                var value = content[index..end];
                if (!value.ContainsAny(DisclaimerWords))
                {
                    continue; // every pattern needs one of the words in the sentence itself
                }

                foreach (var (rule, pattern) in DisclaimerSentences)
                {
                    if (pattern.IsMatch(value))
                    {
                        removals.Add(new Removal(line.Start + index, value.Length, BoilerplateKind.Disclaimer, rule, value.ToString()));
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

            var words = CountWords(trimmed, atMost: 9); // only "up to 8" and "up to 4" are asked
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

    /// <summary>The number of space-separated words of <paramref name="line"/>, counted up to <paramref name="atMost"/>.</summary>
    private static int CountWords(ReadOnlySpan<char> line, int atMost)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var isSpace = c == ' ';
            words += !isSpace && !inWord ? 1 : 0;
            inWord = !isSpace;
            if (words >= atMost)
            {
                break;
            }
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
        var keptMap = new SourceMap.Builder(map);
        string keptText;
        if (removals.Count == 0)
        {
            keptMap.Copy(0, text.Length);
            keptText = text;
        }
        else
        {
            // Gathered in a pooled buffer: the only new copy of the text is the final string.
            var kept = new PooledChars(text.Length);
            try
            {
                var position = 0;
                foreach (var removal in removals)
                {
                    kept.Append(text.AsSpan(position, removal.Start - position));
                    keptMap.Copy(position, removal.Start - position);
                    position = removal.End;
                }

                kept.Append(text.AsSpan(position));
                keptMap.Copy(position, text.Length - position);
                keptText = kept.ToString();
            }
            finally
            {
                kept.Dispose();
            }
        }

        var (composed, composedMap) = ReplaceMapped(keptText, keptMap.Build(), BlankLines(), "\n\n");
        var (spaced, spacedMap) = composed.Contains(" \n", StringComparison.Ordinal) || composed.Contains("\t\n", StringComparison.Ordinal)
            ? ReplaceMapped(composed, composedMap, TrailingSpaces(), "\n")
            : (composed, composedMap); // TrailingSpaces needs a space or tab just before a line break
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
        var builder = new SourceMap.Builder(map);
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            builder.Copy(0, text.Length);
            return (text, builder.Build()); // most texts: nothing to replace, no copy
        }

        var result = new PooledChars(text.Length);
        try
        {
            var position = 0;
            foreach (Match match in matches)
            {
                result.Append(text.AsSpan(position, match.Index - position));
                result.Append(replacement);
                builder.Copy(position, match.Index - position);
                builder.Replace(match.Index, match.Length, replacement.Length);
                position = match.Index + match.Length;
            }

            result.Append(text.AsSpan(position));
            builder.Copy(position, text.Length - position);
            return (result.ToString(), builder.Build());
        }
        finally
        {
            result.Dispose();
        }
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
