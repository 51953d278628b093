using System.Collections.Immutable;
using NewsLens.Corpora;

namespace NewsLens.Text;

/// <summary>Every article of a corpus with its tokens and sentences, in corpus order.</summary>
public sealed record TokenizedCorpus(Corpus Corpus, ImmutableArray<TokenizedArticle> Articles)
{
    public int Count => Articles.Length;
}

public static class TokenizeExtensions
{
    /// <summary>
    /// Tokenises every article (in parallel; the order stays the corpus order), interning folded tokens in
    /// <paramref name="vocabulary"/> (a new one for this corpus when not given; pass one to share it across batches).
    /// </summary>
    public static TokenizedCorpus Tokenize(this Corpus corpus, Vocabulary? vocabulary = null)
    {
        vocabulary ??= new Vocabulary();
        var tokenized = new TokenizedArticle[corpus.Articles.Length];
        Parallel.For(0, tokenized.Length, i => tokenized[i] = new TokenizedArticle(corpus.Articles[i], vocabulary));
        return new TokenizedCorpus(corpus, [.. tokenized]);
    }

    public static TokenizedArticle Tokenize(this Article article, Vocabulary? vocabulary = null) => new(article, vocabulary);
}
