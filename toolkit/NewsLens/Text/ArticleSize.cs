using System.Collections.Immutable;

namespace NewsLens.Text;

/// <summary>How long one article is after cleaning, and how much cleaning removed: the corpus overview's unit.</summary>
public sealed record ArticleSize(string Id, string Outlet, string Date, string Title, int Words, int Sentences, int CharactersRemoved)
{
    public static ImmutableArray<ArticleSize> Of(TokenizedCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return [.. corpus.Articles.Select(a => new ArticleSize(
            a.Id, a.Article.Outlet, a.Article.Date, a.Article.Title, a.WordCount, a.Sentences.Length, a.Article.Cleaning.CharactersRemoved))];
    }
}
