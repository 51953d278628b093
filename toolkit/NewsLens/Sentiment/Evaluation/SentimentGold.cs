using System.Collections.Immutable;
using System.Globalization;

namespace NewsLens.Sentiment.Evaluation;

/// <summary>One human-rated text: an id (or the line number), the mean rating (any scale centred on 0) and the text.</summary>
public sealed record SentimentGoldText(int Line, string Id, double Rating, string Text);

/// <summary>
/// Sentiment gold files. Either VADER's ground-truth format without a header (<c>id&lt;TAB&gt;rating&lt;TAB&gt;text</c>)
/// or a header row with a <c>text</c> (or <c>sentence</c>) column and a <c>rating</c> (or <c>score</c>, <c>label</c>)
/// column, tab- or comma-separated.
/// </summary>
public static class SentimentGold
{
    public static ImmutableArray<SentimentGoldText> Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    public static ImmutableArray<SentimentGoldText> Parse(TextReader reader, string source)
    {
        var rows = GoldFile.Rows(reader).ToList();
        if (rows.Count == 0)
        {
            throw new GoldFormatException(source, 1, "the file holds no rated text");
        }

        var first = rows[0].Cells;
        var headed = GoldFile.Column(first, "text", "sentence") is not null;
        int text, rating;
        int? id;
        if (headed)
        {
            text = GoldFile.Column(first, "text", "sentence")!.Value;
            rating = GoldFile.Column(first, "rating", "score", "label", "sentiment")
                ?? throw new GoldFormatException(source, rows[0].Line, "the header needs a \"rating\" (or \"score\", \"label\") column");
            id = GoldFile.Column(first, "id");
        }
        else if (first.Length >= 3)
        {
            (id, rating, text) = (0, 1, 2);
        }
        else
        {
            throw new GoldFormatException(source, rows[0].Line, "expected a header row (text, rating) or id<TAB>rating<TAB>text lines");
        }

        var texts = ImmutableArray.CreateBuilder<SentimentGoldText>();
        foreach (var (line, cells) in headed ? rows.Skip(1) : rows)
        {
            if (cells.Length <= Math.Max(text, rating))
            {
                throw new GoldFormatException(source, line, $"expected at least {Math.Max(text, rating) + 1} columns, found {cells.Length}");
            }

            // Unquoted text may itself hold the delimiter: everything from the text column on is the text.
            var body = !headed && text == cells.Length - 1 ? cells[text] : !headed ? string.Join('\t', cells[text..]) : cells[text];
            var ratingText = cells[rating].Trim();
            if (!double.TryParse(ratingText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                ratingText = ratingText.ToLowerInvariant() switch { "positive" => "1", "negative" => "-1", "neutral" => "0", _ => ratingText };
                if (!double.TryParse(ratingText, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                {
                    throw new GoldFormatException(source, line, $"the rating \"{cells[rating].Trim()}\" is not a number");
                }
            }

            texts.Add(new SentimentGoldText(line, id is { } i && i < cells.Length ? cells[i].Trim() : line.ToString(CultureInfo.InvariantCulture), value, body.Trim()));
        }

        return texts.ToImmutable();
    }
}

/// <summary>
/// Agreement of general sentiment with human ratings: Pearson r of the compound with the rating, and accuracy, Cohen's
/// kappa and confusion over three labels (rating sign, with |rating| below <see cref="NeutralBand"/> neutral; compound
/// by VADER's ±0.05), plus each text's score for the disagreements.
/// </summary>
public sealed record SentimentEvaluation(ImmutableArray<(SentimentGoldText Gold, SentenceSentiment Score)> Scored, double PearsonR, Agreement Labels)
{
    /// <summary>Ratings within ±this count as neutral for the label agreement.</summary>
    public const double NeutralBand = 0.5;

    public static SentimentEvaluation Evaluate(IReadOnlyList<SentimentGoldText> gold, Func<string, SentenceSentiment> score)
    {
        var scored = gold.Select(g => (g, score(g.Text))).ToImmutableArray();
        return new SentimentEvaluation(
            scored,
            Correlation.Pearson([.. scored.Select(s => s.g.Rating)], [.. scored.Select(s => s.Item2.Compound)]),
            Agreement.Compute(scored.Select(s => (RatingLabel(s.g.Rating), s.Item2.Label()))));
    }

    public static string RatingLabel(double rating) => rating >= NeutralBand ? "positive" : rating <= -NeutralBand ? "negative" : "neutral";

    /// <summary>The texts whose score is furthest from the rating (both put on -1..1: rating / max |rating|).</summary>
    public IEnumerable<(SentimentGoldText Gold, SentenceSentiment Score)> WorstDisagreements(int count)
    {
        var scale = Scored.IsEmpty ? 1 : Math.Max(1e-9, Scored.Max(s => Math.Abs(s.Gold.Rating)));
        return Scored.OrderByDescending(s => Math.Abs((s.Gold.Rating / scale) - s.Score.Compound)).ThenBy(s => s.Gold.Line).Take(count);
    }
}
