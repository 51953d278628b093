using System.Collections.Immutable;

namespace NewsLens.Text;

/// <summary>
/// Each token of an article case-folded, as <see cref="TokenizedArticle.Folded"/> gives them, read without building
/// that array when the article was interned: then the word is the vocabulary's string for the token's number (the
/// very instance <see cref="TokenizedArticle.Folded"/> would hold).
/// </summary>
internal readonly struct FoldedTokens
{
    private readonly ImmutableArray<string> _words;
    private readonly ImmutableArray<int> _ids;
    private readonly Vocabulary? _vocabulary;

    private FoldedTokens(ImmutableArray<string> words, ImmutableArray<int> ids, Vocabulary? vocabulary)
    {
        _words = words;
        _ids = ids;
        _vocabulary = vocabulary;
    }

    public static FoldedTokens Of(TokenizedArticle article) =>
        article.Vocabulary is { } vocabulary ? new([], article.FoldedIds(), vocabulary) : new(article.Folded(), [], null);

    public string this[int token] => _vocabulary is null ? _words[token] : _vocabulary[_ids[token]];

    /// <summary>The vocabulary whose numbers <see cref="IdAt"/> gives (null when the article was not interned).</summary>
    public Vocabulary? Vocabulary => _vocabulary;

    /// <summary>The vocabulary number of token <paramref name="token"/>'s folded word (only with a <see cref="Vocabulary"/>).</summary>
    public int IdAt(int token) => _ids[token];
}
