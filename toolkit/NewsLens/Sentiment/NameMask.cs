using NewsLens.Mentions;
using NewsLens.Text;

namespace NewsLens.Sentiment;

/// <summary>
/// Names never carry sentiment: the words of every matched actor name (aliases, capitals, people) and of every run of
/// two or more capitalised words inside a sentence that is not itself in title case ("Labour Party", "United States",
/// "Trust Bank") are masked from valence, in general sentiment and stance alike.
/// </summary>
public static class NameMask
{
    /// <summary>A sentence with at least this share of capitalised words is a headline in title case: its capitals say nothing about names.</summary>
    public const double TitleCaseShare = 0.6;

    public static TokenMask Of(TokenizedArticle article, IEnumerable<Mention> mentions)
    {
        var mask = new TokenMask.Builder();
        foreach (var mention in mentions)
        {
            mask.AddName(mention.FirstToken, mention.TokenCount, mention.MatchedText, 0, mention.MatchedText.Length);
        }

        var words = new List<int>();
        foreach (var sentence in article.Sentences)
        {
            CapitalisedRuns(article, sentence, mask, words);
        }

        return mask.Build();
    }

    /// <summary>Masks the runs of capitalised words of one sentence; <paramref name="words"/> is a list reused for its word tokens.</summary>
    private static void CapitalisedRuns(TokenizedArticle article, Sentence sentence, TokenMask.Builder mask, List<int> words)
    {
        var text = article.Text;
        words.Clear();
        var capitalised = 0;
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
        {
            if (article.Tokens[t].IsWordLike)
            {
                words.Add(t);
                capitalised += Capitalised(article, t) ? 1 : 0;
            }
        }

        if (words.Count < 2 || capitalised < 2 || capitalised >= TitleCaseShare * words.Count)
        {
            return;
        }

        for (var k = 0; k < words.Count;)
        {
            var end = k;
            while (end < words.Count && Capitalised(article, words[end]) && (end == k || Adjacent(article, words[end - 1], words[end])))
            {
                end++;
            }

            if (end - k >= 2)
            {
                var first = words[k];
                var last = words[end - 1];
                var start = article.Tokens[first].Start;
                mask.AddName(first, last - first + 1, text, start, article.Tokens[last].End - start);
                k = end;
            }
            else
            {
                k = Math.Max(end, k + 1);
            }
        }
    }

    private static bool Capitalised(TokenizedArticle article, int token)
    {
        var slice = article.Tokens[token].Slice(article.Text);
        return slice.Length > 0 && char.IsUpper(slice[0]);
    }

    /// <summary>Two words next to each other with only spaces between them (a comma or quote ends a name).</summary>
    private static bool Adjacent(TokenizedArticle article, int left, int right)
    {
        for (var t = left + 1; t < right; t++)
        {
            if (!article.Tokens[t].Slice(article.Text).IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }
}
