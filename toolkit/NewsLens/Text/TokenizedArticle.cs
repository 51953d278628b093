using System.Collections.Immutable;
using NewsLens.Corpora;

namespace NewsLens.Text;

/// <summary>An article with its tokens and sentences. Tokens and sentences are offsets into <see cref="Text"/>.</summary>
public sealed class TokenizedArticle
{
    private readonly Lazy<ImmutableArray<string>> _folded;
    private readonly Lazy<ImmutableArray<string>> _foldedWithoutDiacritics;

    public TokenizedArticle(Article article)
        : this(article, Tokenizer.Tokenize(article.Text))
    {
    }

    private TokenizedArticle(Article article, ImmutableArray<Token> tokens)
    {
        Article = article;
        Tokens = tokens;
        Sentences = SentenceSplitter.Split(article.Text, tokens);
        _folded = new(() => FoldAll(false));
        _foldedWithoutDiacritics = new(() => FoldAll(true));
    }

    public Article Article { get; }

    public string Id => Article.Id;

    public string Text => Article.Text;

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Number of word and number tokens (what "words" means in tables and rates).</summary>
    public int WordCount => Tokens.Count(t => t.IsWordLike);

    public string this[int tokenIndex] => Tokens[tokenIndex].ToString(Text);

    /// <summary>Each token case-folded (see <see cref="TextFolding"/>), optionally without diacritics; computed once on first use.</summary>
    public ImmutableArray<string> Folded(bool foldDiacritics = false) =>
        foldDiacritics ? _foldedWithoutDiacritics.Value : _folded.Value;

    /// <summary>The tokens of one sentence.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);

    /// <summary>The index of the sentence containing the token, by binary search.</summary>
    public int SentenceOf(int tokenIndex)
    {
        int low = 0, high = Sentences.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var s = Sentences[mid];
            if (tokenIndex < s.FirstToken)
            {
                high = mid - 1;
            }
            else if (tokenIndex >= s.FirstToken + s.TokenCount)
            {
                low = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private ImmutableArray<string> FoldAll(bool foldDiacritics)
    {
        var builder = ImmutableArray.CreateBuilder<string>(Tokens.Length);
        foreach (var token in Tokens)
        {
            builder.Add(TextFolding.Fold(token.Slice(Text), foldDiacritics));
        }

        return builder.MoveToImmutable();
    }
}
