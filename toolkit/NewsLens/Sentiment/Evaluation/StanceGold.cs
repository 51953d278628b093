using System.Collections.Immutable;

namespace NewsLens.Sentiment.Evaluation;

/// <summary>
/// One hand-labelled sentence: where it is (the article id, when the file gives one), its text, the stance label
/// (-1, 0, 1), and optionally whether it is about the process, whether it is hedged and who holds it.
/// </summary>
public sealed record StanceGoldSentence(int Line, string? ArticleId, string Text, int Label, bool? About, bool? Hedged, string? Speaker)
{
    /// <summary>About the process: the file's own column, or (without one) a non-zero label.</summary>
    public bool IsAbout => About ?? Label != 0;
}

/// <summary>
/// Stance gold files: a header row naming the columns, then one sentence a row (tab- or comma-separated).
/// Columns: <c>sentence</c> (or <c>text</c>), <c>label</c> (or <c>stance</c>: -1/0/1 or negative/neutral/positive),
/// optional <c>article_id</c> (or <c>article</c>, <c>id</c>), <c>about</c>, <c>hedged</c>, <c>speaker</c>.
/// </summary>
public static class StanceGold
{
    public static ImmutableArray<StanceGoldSentence> Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    public static ImmutableArray<StanceGoldSentence> Parse(TextReader reader, string source)
    {
        var rows = GoldFile.Rows(reader).ToList();
        if (rows.Count == 0)
        {
            throw new GoldFormatException(source, 1, "the file has no header row and no sentences");
        }

        var (headerLine, headerCells) = rows[0];
        var header = headerCells;
        var text = GoldFile.Column(header, "sentence", "text")
            ?? throw new GoldFormatException(source, headerLine, "the header needs a \"sentence\" (or \"text\") column");
        var label = GoldFile.Column(header, "label", "stance")
            ?? throw new GoldFormatException(source, headerLine, "the header needs a \"label\" (or \"stance\") column");
        var article = GoldFile.Column(header, "article_id", "article", "id", "document");
        var about = GoldFile.Column(header, "about");
        var hedged = GoldFile.Column(header, "hedged");
        var speaker = GoldFile.Column(header, "speaker");
        var sentences = ImmutableArray.CreateBuilder<StanceGoldSentence>();
        foreach (var (line, cells) in rows.Skip(1))
        {
            string Cell(int? column) => column is { } c && c < cells.Length ? cells[c].Trim() : "";
            if (cells.Length <= Math.Max(text, label))
            {
                throw new GoldFormatException(source, line, $"expected at least {Math.Max(text, label) + 1} columns, found {cells.Length}");
            }

            var sentence = Cell(text);
            if (sentence.Length == 0)
            {
                throw new GoldFormatException(source, line, "the sentence is empty");
            }

            sentences.Add(new StanceGoldSentence(
                line,
                article is null || Cell(article).Length == 0 ? null : Cell(article),
                sentence,
                ParseLabel(Cell(label), source, line),
                about is null ? null : GoldFile.ParseYesNo(Cell(about), source, line, "about value"),
                hedged is null ? null : GoldFile.ParseYesNo(Cell(hedged), source, line, "hedged value"),
                Cell(speaker).Length == 0 ? null : Cell(speaker)));
        }

        return sentences.ToImmutable();
    }

    public static int ParseLabel(string text, string source, int line) => text.Trim().ToLowerInvariant() switch
    {
        "-1" or "negative" or "neg" => -1,
        "0" or "neutral" or "neu" or "" => 0,
        "1" or "+1" or "positive" or "pos" => 1,
        var other => throw new GoldFormatException(source, line, $"the label \"{other}\" is not -1, 0 or 1 (or negative, neutral, positive)"),
    };
}
