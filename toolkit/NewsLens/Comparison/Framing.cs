using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using NewsLens.Tables;
using NewsLens.Text;

namespace NewsLens.Comparison;

/// <summary>One way of naming something: a label and the patterns that find it (see <see cref="FramingLexicon"/>).</summary>
public sealed record FramingTerm(string Label, ImmutableArray<string> Patterns);

/// <summary>Terms that name the same thing differently (Türkiye / Turkey), compared as shares of the group.</summary>
public sealed record FramingGroup(string Name, string? Note, ImmutableArray<FramingTerm> Terms);

/// <summary>
/// The framing-term list, usually <c>seeds/resources/framing.json</c>. A pattern is one or more words matched on
/// case-folded tokens (diacritics kept); a trailing * matches any ending; a one-word pattern also matches one part of a
/// hyphenated token. Within a group each occurrence counts once, for the longest matching pattern.
/// </summary>
public sealed partial record FramingLexicon(string? Description, ImmutableArray<FramingGroup> Groups)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static FramingLexicon Load(string path) => Parse(File.ReadAllText(path), path);

    public static FramingLexicon Parse(string json) => Parse(json, null);

    /// <summary>Errors read "file:line: what is wrong" (1-based line; "line N: …" without a file), in plain words.</summary>
    private static FramingLexicon Parse(string json, string? path)
    {
        string At(int? line) => (path, line) switch
        {
            (null, null) => "framing-term file",
            (null, { } l) => $"line {l}",
            (_, null) => path!,
            (_, { } l) => $"{path}:{l}",
        };

        FileShape? shape;
        try
        {
            shape = JsonSerializer.Deserialize<FileShape>(json, Json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{At((int)Corpora.JsonErrors.Line(e))}: {Describe(json, e)}", e);
        }

        if (shape?.Groups is not { Count: > 0 } groups)
        {
            throw new FormatException($"{At(shape is null ? 1 : PositionLine(json, null, null))}: a framing-term file needs a non-empty \"groups\" array.");
        }

        var parsed = groups.Select((g, i) =>
        {
            if (string.IsNullOrWhiteSpace(g.Name) || g.Terms is not { Count: >= 2 })
            {
                throw new FormatException($"{At(PositionLine(json, i, null))}: group {i + 1} needs a \"name\" and at least two \"terms\".");
            }

            var terms = g.Terms.Select((t, j) =>
            {
                if (string.IsNullOrWhiteSpace(t.Label) || t.Patterns is not { Count: > 0 } || t.Patterns.Any(string.IsNullOrWhiteSpace))
                {
                    throw new FormatException($"{At(PositionLine(json, i, j))}: group \"{g.Name}\", term {j + 1}: every term needs a \"label\" and non-empty \"patterns\".");
                }

                return new FramingTerm(t.Label, [.. t.Patterns]);
            });
            return new FramingGroup(g.Name, g.Note, [.. terms]);
        });
        return new FramingLexicon(shape.Description, [.. parsed]);
    }

    /// <summary>A JSON error in plain words: the expected shape for a wrong type, else the syntax problem and its column.</summary>
    private static string Describe(string json, JsonException e)
    {
        if (e.Path is { } jsonPath && e.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return ExpectedShape(jsonPath);
        }

        var lineText = json.Split('\n').ElementAtOrDefault((int)(e.LineNumber ?? 0)) ?? "";
        return $"invalid JSON at column {Corpora.JsonErrors.Column(lineText, e)}: {Corpora.JsonErrors.Plain(e)}";
    }

    private static string ExpectedShape(string jsonPath)
    {
        var match = ShapePath().Match(jsonPath);
        if (!match.Success)
        {
            return $"unexpected value at {jsonPath}: the file is an object with \"description\" (text) and \"groups\" (a list)";
        }

        var group = match.Groups["group"].Success ? int.Parse(match.Groups["group"].Value, CultureInfo.InvariantCulture) + 1 : 0;
        var term = match.Groups["term"].Success ? int.Parse(match.Groups["term"].Value, CultureInfo.InvariantCulture) + 1 : 0;
        var field = match.Groups["field"].Success ? match.Groups["field"].Value.ToLowerInvariant() + (match.Groups["index"].Success ? "[]" : "") : "";
        var where = (group, term) switch
        {
            (0, _) => "",
            (_, 0) => $"group {group}: ",
            _ => $"group {group}, term {term}: ",
        };
        return (match.Groups["groups"].Success, match.Groups["group"].Success, match.Groups["terms"].Success, match.Groups["term"].Success, field) switch
        {
            (false, _, _, _, "") => "the file must be a JSON object with \"description\" (text) and \"groups\" (a list of groups)",
            (false, _, _, _, _) => $"\"{field}\" must be text",
            (true, false, _, _, _) => "\"groups\" must be a list of groups: [{\"name\": …, \"terms\": […]}]",
            (true, true, false, _, "") => where + "a group must be an object with \"name\", optional \"note\" and \"terms\"",
            (true, true, false, _, _) => where + $"\"{field}\" must be text",
            (true, true, true, false, _) => where + "\"terms\" must be a list of terms: [{\"label\": …, \"patterns\": […]}]",
            (true, true, true, true, "") => where + "a term must be an object with \"label\" and \"patterns\"",
            (true, true, true, true, "patterns") => where + "\"patterns\" must be a list of texts: [\"pattern\", …]",
            (true, true, true, true, "patterns[]") => where + "every pattern must be text",
            (true, true, true, true, _) => where + $"\"{field}\" must be text",
        };
    }

    [GeneratedRegex(@"^\$(?<groups>\.groups(\[(?<group>\d+)\](\.(?<terms>terms)(\[(?<term>\d+)\])?)?)?)?(\.(?<field>[A-Za-z_]+))?(?<index>\[\d+\])?$", RegexOptions.IgnoreCase)]
    private static partial Regex ShapePath();

    /// <summary>The 1-based line where group <paramref name="group"/> (or its term) starts; the "groups" line when both are null.</summary>
    private static int? PositionLine(string json, int? group, int? term)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var inGroups = false;
        var inTerms = false;
        var groupIndex = -1;
        var termIndex = -1;
        string? property = null;
        try
        {
            while (reader.Read())
            {
                var depth = reader.CurrentDepth;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        if (depth == 1 && string.Equals(property, "groups", StringComparison.OrdinalIgnoreCase) && group is null)
                        {
                            return LineAt(bytes, reader.TokenStartIndex);
                        }

                        continue;
                    case JsonTokenType.StartArray when depth == 1:
                        inGroups = string.Equals(property, "groups", StringComparison.OrdinalIgnoreCase);
                        break;
                    case JsonTokenType.StartArray when depth == 3 && inGroups && groupIndex == group:
                        inTerms = string.Equals(property, "terms", StringComparison.OrdinalIgnoreCase);
                        termIndex = -1;
                        break;
                    case JsonTokenType.StartObject when depth == 2 && inGroups:
                        groupIndex++;
                        if (groupIndex == group && term is null)
                        {
                            return LineAt(bytes, reader.TokenStartIndex);
                        }

                        break;
                    case JsonTokenType.StartObject when depth == 4 && inTerms && groupIndex == group:
                        termIndex++;
                        if (termIndex == term)
                        {
                            return LineAt(bytes, reader.TokenStartIndex);
                        }

                        break;
                    case JsonTokenType.EndArray when depth == 3:
                        inTerms = false;
                        break;
                }

                property = null;
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    private static int LineAt(byte[] bytes, long index) => bytes.AsSpan(0, (int)index).Count((byte)'\n') + 1;

    private sealed record FileShape(
        [property: JsonPropertyName("description")] string? Description,
        [property: JsonPropertyName("groups")] List<GroupShape>? Groups);

    private sealed record GroupShape(string? Name, string? Note, List<TermShape>? Terms);

    private sealed record TermShape(string? Label, List<string>? Patterns);
}

/// <summary>
/// How often one group of documents (an outlet) uses one framing term: the count, its share of the framing group's
/// uses by that outlet (null when the outlet uses none of the group's terms), and its rate per 1,000 words.
/// </summary>
public sealed record FramingUsage(string Group, string FramingGroup, string Term, int Count, int FramingGroupTotal, double? Share, double PerThousandWords);

/// <summary>Counts framing terms per outlet (or any document variable).</summary>
public static class Framing
{
    public static ImmutableArray<FramingUsage> Count(TokenizedCorpus corpus, FramingLexicon lexicon, string by = Corpora.DocumentVariables.Outlet)
    {
        Corpora.DocumentGrouping.Check(corpus.Articles.Select(a => a.Article), by);
        var tally = new FramingTally(lexicon, by);
        foreach (var article in corpus.Articles)
        {
            tally.Add(article);
        }

        return tally.ToUsages();
    }

    public static ResultTable ToTable(IEnumerable<FramingUsage> usages) => ResultTable.From(
        usages,
        ("group", u => u.Group),
        ("framing_group", u => u.FramingGroup),
        ("term", u => u.Term),
        ("count", u => u.Count),
        ("group_total", u => u.FramingGroupTotal),
        ("share", u => u.Share),
        ("per_1000_words", u => Math.Round(u.PerThousandWords, 3)));

    /// <summary>
    /// Wide view for reading: one row per outlet and framing group, one cell per term, e.g. "Turkey 12 (86%)".
    /// </summary>
    public static ResultTable ToShareTable(IEnumerable<FramingUsage> usages) => ResultTable.From(
        usages.GroupBy(u => (u.Group, u.FramingGroup)),
        ("group", g => g.Key.Group),
        ("framing_group", g => g.Key.FramingGroup),
        ("terms", g => string.Join(", ", g.Where(u => u.Count > 0).OrderByDescending(u => u.Count).Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Term} {u.Count} ({100 * u.Share:0}%)")))),
        ("total", g => g.First().FramingGroupTotal));

    /// <summary>The index of the term each occurrence counts for, in text order; each token counts at most once per framing group.</summary>
    internal static IEnumerable<int> Occurrences(TokenizedArticle article, List<List<Pattern>> terms)
    {
        var folded = article.Folded();
        var byLength = terms
            .SelectMany((patterns, term) => patterns.Select(p => (Pattern: p, Term: term)))
            .OrderByDescending(p => p.Pattern.Words.Length)
            .ToList();
        for (var i = 0; i < article.Tokens.Length; i++)
        {
            if (article.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            foreach (var (pattern, term) in byLength)
            {
                var matched = pattern.MatchAt(article, folded, i);
                if (matched > 0)
                {
                    yield return term;
                    i += matched - 1;
                    break;
                }
            }
        }
    }

    internal sealed record Pattern(ImmutableArray<string> Words, ImmutableArray<bool> Prefix)
    {
        public static Pattern Parse(string pattern)
        {
            var words = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new Pattern(
                [.. words.Select(w => TextFolding.Fold(w.TrimEnd('*')))],
                [.. words.Select(w => w.EndsWith('*'))]);
        }

        /// <summary>The number of tokens matched at <paramref name="index"/> (0 when none).</summary>
        public int MatchAt(TokenizedArticle article, ImmutableArray<string> folded, int index)
        {
            if (Words.Length == 1)
            {
                if (Matches(folded[index], 0))
                {
                    return 1;
                }

                var token = article.Tokens[index];
                return token.IsHyphenated(article.Text)
                    && token.Parts(article.Text).Any(part => Matches(TextFolding.Fold(part.Slice(article.Text)), 0)) ? 1 : 0;
            }

            var position = index;
            for (var w = 0; w < Words.Length; w++, position++)
            {
                if (position >= folded.Length || article.Tokens[position].Kind != TokenKind.Word || !Matches(folded[position], w))
                {
                    return 0;
                }
            }

            return Words.Length;
        }

        private bool Matches(string token, int word) =>
            Prefix[word] ? token.StartsWith(Words[word], StringComparison.Ordinal) : token == Words[word];
    }
}

/// <summary>
/// Framing-term counts per group added up one article at a time (a streamed run feeds it batch by batch): what
/// <see cref="Framing.Count"/> gives, holding one count per group and term.
/// </summary>
public sealed class FramingTally(FramingLexicon lexicon, string by)
{
    private readonly List<List<List<Framing.Pattern>>> _matchers = [.. lexicon.Groups.Select(g => g.Terms.Select(t => t.Patterns.Select(Framing.Pattern.Parse).ToList()).ToList())];
    private readonly List<string> _order = [];
    private readonly Dictionary<string, int[][]> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);

    public void Add(TokenizedArticle article)
    {
        var name = Corpora.DocumentGrouping.GroupOf(article.Article, by);
        if (!_counts.TryGetValue(name, out var perGroup))
        {
            _counts[name] = perGroup = [.. lexicon.Groups.Select(g => new int[g.Terms.Length])];
            _order.Add(name);
        }

        _words[name] = _words.GetValueOrDefault(name) + article.WordCount;
        for (var g = 0; g < _matchers.Count; g++)
        {
            foreach (var term in Framing.Occurrences(article, _matchers[g]))
            {
                perGroup[g][term]++;
            }
        }
    }

    public ImmutableArray<FramingUsage> ToUsages()
    {
        var usages = ImmutableArray.CreateBuilder<FramingUsage>();
        foreach (var name in _order)
        {
            for (var g = 0; g < lexicon.Groups.Length; g++)
            {
                var total = _counts[name][g].Sum();
                for (var t = 0; t < lexicon.Groups[g].Terms.Length; t++)
                {
                    var count = _counts[name][g][t];
                    usages.Add(new FramingUsage(
                        name,
                        lexicon.Groups[g].Name,
                        lexicon.Groups[g].Terms[t].Label,
                        count,
                        total,
                        total == 0 ? null : (double)count / total,
                        _words[name] == 0 ? 0 : 1000.0 * count / _words[name]));
                }
            }
        }

        return usages.ToImmutable();
    }
}
