using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
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
public sealed record FramingLexicon(string? Description, ImmutableArray<FramingGroup> Groups)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static FramingLexicon Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (FormatException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }

    public static FramingLexicon Parse(string json)
    {
        FileShape? shape;
        try
        {
            shape = JsonSerializer.Deserialize<FileShape>(json, Json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not a valid framing-term file: {e.Message}", e);
        }

        if (shape?.Groups is not { Count: > 0 } groups)
        {
            throw new FormatException("a framing-term file needs a non-empty \"groups\" array.");
        }

        var parsed = groups.Select((g, i) =>
        {
            if (string.IsNullOrWhiteSpace(g.Name) || g.Terms is not { Count: >= 2 })
            {
                throw new FormatException($"group {i + 1} needs a \"name\" and at least two \"terms\".");
            }

            var terms = g.Terms.Select(t =>
            {
                if (string.IsNullOrWhiteSpace(t.Label) || t.Patterns is not { Count: > 0 } || t.Patterns.Any(string.IsNullOrWhiteSpace))
                {
                    throw new FormatException($"group \"{g.Name}\": every term needs a \"label\" and non-empty \"patterns\".");
                }

                return new FramingTerm(t.Label, [.. t.Patterns]);
            });
            return new FramingGroup(g.Name, g.Note, [.. terms]);
        });
        return new FramingLexicon(shape.Description, [.. parsed]);
    }

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
        var matchers = lexicon.Groups.Select(g => g.Terms.Select(t => t.Patterns.Select(Pattern.Parse).ToList()).ToList()).ToList();
        var groupOrder = new List<string>();
        var counts = new Dictionary<string, int[][]>(StringComparer.Ordinal);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in corpus.Articles)
        {
            var name = Corpora.DocumentGrouping.GroupOf(article.Article, by);
            if (!counts.TryGetValue(name, out var perGroup))
            {
                counts[name] = perGroup = [.. lexicon.Groups.Select(g => new int[g.Terms.Length])];
                groupOrder.Add(name);
            }

            words[name] = words.GetValueOrDefault(name) + article.WordCount;
            for (var g = 0; g < matchers.Count; g++)
            {
                foreach (var term in Occurrences(article, matchers[g]))
                {
                    perGroup[g][term]++;
                }
            }
        }

        var usages = ImmutableArray.CreateBuilder<FramingUsage>();
        foreach (var name in groupOrder)
        {
            for (var g = 0; g < lexicon.Groups.Length; g++)
            {
                var total = counts[name][g].Sum();
                for (var t = 0; t < lexicon.Groups[g].Terms.Length; t++)
                {
                    var count = counts[name][g][t];
                    usages.Add(new FramingUsage(
                        name,
                        lexicon.Groups[g].Name,
                        lexicon.Groups[g].Terms[t].Label,
                        count,
                        total,
                        total == 0 ? null : (double)count / total,
                        words[name] == 0 ? 0 : 1000.0 * count / words[name]));
                }
            }
        }

        return usages.ToImmutable();
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
    private static IEnumerable<int> Occurrences(TokenizedArticle article, List<List<Pattern>> terms)
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

    private sealed record Pattern(ImmutableArray<string> Words, ImmutableArray<bool> Prefix)
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
