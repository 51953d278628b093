using System.Collections.Immutable;
using System.Globalization;
using NewsLens.Text;

namespace NewsLens.Mentions;

/// <summary>
/// One hand-counted reference of a gold standard: the article, a verbatim passage of it (<see cref="Context"/>, the
/// <see cref="Occurrence"/>-th time it occurs), the words of the reference inside that passage, the actor and how it is named.
/// The row is anchored by text, not by offsets, so the same file evaluates cleaned text, raw text or a file on disk.
/// </summary>
public sealed record GoldMention(string DocumentId, string Context, int Occurrence, string Surface, string ActorKey, string Kind, int Line);

/// <summary>A gold row found in an article: characters [Start, End) of the text it was located in.</summary>
public sealed record LocatedGold(GoldMention Gold, int Start, int End);

/// <summary>Precision and recall of counted mentions against a gold standard, with the rows behind each figure.</summary>
public sealed record MentionEvaluationResult(
    ImmutableArray<LocatedGold> Found,
    ImmutableArray<LocatedGold> Missed,
    ImmutableArray<Mention> FalseHits,
    ImmutableArray<GoldMention> NotInText,
    int Predicted)
{
    public double Precision => Predicted == 0 ? 0 : (double)(Predicted - FalseHits.Length) / Predicted;

    public double Recall => Found.Length + Missed.Length == 0 ? 0 : (double)Found.Length / (Found.Length + Missed.Length);

    public string Summary =>
        FormattableString.Invariant($"gold {Found.Length + Missed.Length}, counted {Predicted}, true {Predicted - FalseHits.Length}: precision {Precision:0.000}, recall {Recall:0.000}") +
        (NotInText.IsEmpty ? "" : $" ({NotInText.Length} gold rows not found in the text)");
}

/// <summary>
/// Measures counted mentions (<see cref="Mention.Counted"/>) against a hand count. A gold reference is found when a
/// counted mention of the same actor overlaps its words; a counted mention that overlaps no gold reference of its
/// actor is a false hit. The gold file format and counting rules: tests/NewsLens.Tests/Data/MentionsGold/README.md.
/// </summary>
public static class MentionEvaluation
{
    private static readonly string[] Header = ["article", "context", "occurrence", "surface", "actor", "kind"];

    /// <summary>Reads a tab-separated gold file; a malformed row fails with its file and line.</summary>
    public static ImmutableArray<GoldMention> ReadGold(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !lines[0].Split('\t').SequenceEqual(Header))
        {
            throw new FormatException($"{path}, line 1: expected the header \"{string.Join("\\t", Header)}\"");
        }

        var rows = ImmutableArray.CreateBuilder<GoldMention>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = lines[i].Split('\t');
            if (cells.Length != Header.Length || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var occurrence) || occurrence < 1)
            {
                throw new FormatException($"{path}, line {i + 1}: expected {Header.Length} tab-separated cells with a positive occurrence number");
            }

            if (!cells[1].Contains(cells[3], StringComparison.Ordinal))
            {
                throw new FormatException($"{path}, line {i + 1}: the surface \"{cells[3]}\" is not inside the context");
            }

            rows.Add(new GoldMention(cells[0], cells[1], occurrence, cells[3], cells[4], cells[5], i + 1));
        }

        return rows.ToImmutable();
    }

    /// <summary>Where a gold row is in <paramref name="text"/>, or null when its passage is not there (removed by cleaning, or a wrong row).</summary>
    public static LocatedGold? Locate(GoldMention gold, string text)
    {
        var at = -1;
        for (var n = 0; n < gold.Occurrence; n++)
        {
            at = text.IndexOf(gold.Context, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }
        }

        var start = at + gold.Context.IndexOf(gold.Surface, StringComparison.Ordinal);
        return new LocatedGold(gold, start, start + gold.Surface.Length);
    }

    /// <summary>Evaluates the counted mentions of <paramref name="result"/> against <paramref name="gold"/> (articles the gold does not name are left out).</summary>
    public static MentionEvaluationResult Evaluate(MentionResult result, IEnumerable<GoldMention> gold)
    {
        var goldByDocument = gold.GroupBy(g => g.DocumentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var found = ImmutableArray.CreateBuilder<LocatedGold>();
        var missed = ImmutableArray.CreateBuilder<LocatedGold>();
        var falseHits = ImmutableArray.CreateBuilder<Mention>();
        var notInText = ImmutableArray.CreateBuilder<GoldMention>();
        var predicted = 0;
        foreach (var article in result.Corpus.Articles)
        {
            if (!goldByDocument.TryGetValue(article.Id, out var rows))
            {
                continue;
            }

            var located = new List<LocatedGold>();
            foreach (var row in rows)
            {
                if (Locate(row, article.Text) is { } where)
                {
                    located.Add(where);
                }
                else
                {
                    notInText.Add(row);
                }
            }

            var counted = result.Mentions.Where(m => m.DocumentId == article.Id && m.Counted).ToList();
            predicted += counted.Count;
            foreach (var mention in counted)
            {
                if (!located.Any(g => Matches(g, mention)))
                {
                    falseHits.Add(mention);
                }
            }

            foreach (var row in located)
            {
                (counted.Any(m => Matches(row, m)) ? found : missed).Add(row);
            }
        }

        return new MentionEvaluationResult(found.ToImmutable(), missed.ToImmutable(), falseHits.ToImmutable(), notInText.ToImmutable(), predicted);
    }

    private static bool Matches(LocatedGold gold, Mention mention) =>
        string.Equals(gold.Gold.ActorKey, mention.ActorKey, StringComparison.OrdinalIgnoreCase) && mention.Start < gold.End && gold.Start < mention.End;

    /// <summary>A readable list of the misses and false hits, one per line, for reviewing the rules.</summary>
    public static IEnumerable<string> Details(MentionEvaluationResult evaluation, MentionResult result)
    {
        foreach (var miss in evaluation.Missed)
        {
            yield return $"missed    {miss.Gold.DocumentId}:{miss.Start} {miss.Gold.ActorKey} \"{miss.Gold.Surface}\" ({miss.Gold.Kind}) in \"{miss.Gold.Context}\"";
        }

        foreach (var hit in evaluation.FalseHits)
        {
            var text = result.Article(hit.DocumentId).Text;
            var from = Math.Max(0, hit.Start - 30);
            var to = Math.Min(text.Length, hit.End + 30);
            yield return $"false hit {hit.DocumentId}:{hit.Start} {hit.ActorKey} \"{hit.MatchedText}\" ({hit.Kind.Label()}, {hit.Rule}) in \"{Flatten(text[from..to])}\"";
        }

        foreach (var row in evaluation.NotInText)
        {
            yield return $"not in text {row.DocumentId} line {row.Line}: \"{row.Context}\"";
        }
    }

    private static string Flatten(string text) => text.Replace('\n', ' ');
}
