using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsLens.Corpora;

namespace NewsLens.Text;

/// <summary>An article with its tokens and sentences. Tokens and sentences are offsets into <see cref="Text"/>.</summary>
public sealed class TokenizedArticle
{
    // Computed on first use; two threads asking at once may both compute, and both get the same contents.
    private string[]? _folded;
    private string[]? _foldedWithoutDiacritics;
    private int[]? _foldedIds;
    private int[]? _foldedIdsWithoutDiacritics;

    public TokenizedArticle(Article article)
        : this(article, null)
    {
    }

    /// <summary>
    /// With a <paramref name="vocabulary"/> (shared by the articles of a corpus), folded tokens are interned there:
    /// <see cref="Folded"/> allocates no string per token, and <see cref="FoldedIds"/> gives each token's word number.
    /// </summary>
    public TokenizedArticle(Article article, Vocabulary? vocabulary)
    {
        Article = article;
        Tokens = Tokenizer.Tokenize(article.Text);
        Casing = LetterCasing.Of(article.Text);
        Sentences = SentenceSplitter.Split(article.Text, Tokens, Casing);
        Vocabulary = vocabulary;
    }

    public Article Article { get; }

    /// <summary>Whether the article is case-folded (all lower case or all capitals); sentences were then split without capital-letter cues.</summary>
    public LetterCase Casing { get; }

    public bool IsCaseFolded => Casing != LetterCase.Mixed;

    /// <summary>Where the folded tokens are interned, or null when each article folds on its own.</summary>
    public Vocabulary? Vocabulary { get; }

    public string Id => Article.Id;

    public string Text => Article.Text;

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Number of word and number tokens (what "words" means in tables and rates).</summary>
    public int WordCount => Tokens.Count(t => t.IsWordLike);

    public string this[int tokenIndex] => Tokens[tokenIndex].ToString(Text);

    /// <summary>Each token case-folded (see <see cref="TextFolding"/>), optionally without diacritics; computed once on first use.</summary>
    public ImmutableArray<string> Folded(bool foldDiacritics = false)
    {
        ref var field = ref foldDiacritics ? ref _foldedWithoutDiacritics : ref _folded;
        var words = Volatile.Read(ref field) ?? Publish(ref field, Vocabulary is { } vocabulary ? WordsOf(vocabulary, FoldedIds(foldDiacritics)) : FoldAll(foldDiacritics));
        return ImmutableCollectionsMarshal.AsImmutableArray(words);
    }

    /// <summary>
    /// Each token's folded form as its number in <see cref="Vocabulary"/> (<c>Vocabulary[FoldedIds()[i]] == Folded()[i]</c>);
    /// computed once on first use. Only for articles tokenised with a vocabulary.
    /// </summary>
    public ImmutableArray<int> FoldedIds(bool foldDiacritics = false)
    {
        var vocabulary = Vocabulary ?? throw new InvalidOperationException($"Article '{Id}' was tokenised without a vocabulary, so its tokens have no word numbers.");
        ref var field = ref foldDiacritics ? ref _foldedIdsWithoutDiacritics : ref _foldedIds;
        var ids = Volatile.Read(ref field) ?? Publish(ref field, foldDiacritics ? InternWithoutDiacritics(vocabulary) : InternAll(vocabulary));
        return ImmutableCollectionsMarshal.AsImmutableArray(ids);
    }

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

    /// <summary>Stores <paramref name="value"/> unless another thread got there first; returns the stored one.</summary>
    private static T[] Publish<T>(ref T[]? field, T[] value) => Interlocked.CompareExchange(ref field, value, null) ?? value;

    private string[] FoldAll(bool foldDiacritics)
    {
        var words = new string[Tokens.Length];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = TextFolding.Fold(Tokens[i].Slice(Text), foldDiacritics);
        }

        return words;
    }

    /// <summary>Folds every token into one pooled buffer, then interns them all at once (see <see cref="Vocabulary.IdsOf"/>).</summary>
    private int[] InternAll(Vocabulary vocabulary)
    {
        var ids = new int[Tokens.Length];
        var text = Text.AsSpan();
        var starts = ArrayPool<int>.Shared.Rent(ids.Length + 1);
        var chars = new PooledChars(Math.Max(16, text.Length));
        try
        {
            Span<char> buffer = stackalloc char[TextFolding.StackFoldLimit];
            for (var i = 0; i < ids.Length; i++)
            {
                starts[i] = chars.Length;
                chars.Append(TextFolding.FoldInto(text.Slice(Tokens[i].Start, Tokens[i].Length), buffer));
            }

            starts[ids.Length] = chars.Length;
            vocabulary.IdsOf(chars.Span, starts.AsSpan(0, ids.Length + 1), ids);
        }
        finally
        {
            chars.Dispose();
            ArrayPool<int>.Shared.Return(starts);
        }

        return ids;
    }

    /// <summary>An all-ASCII token folds the same with or without diacritic folding, so it keeps its number.</summary>
    private int[] InternWithoutDiacritics(Vocabulary vocabulary)
    {
        var plain = FoldedIds();
        var ids = new int[plain.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var token = Tokens[i].Slice(Text);
            ids[i] = System.Text.Ascii.IsValid(token) ? plain[i] : vocabulary.IdOf(TextFolding.Fold(token, foldDiacritics: true));
        }

        return ids;
    }

    private static string[] WordsOf(Vocabulary vocabulary, ImmutableArray<int> ids)
    {
        var words = new string[ids.Length];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = vocabulary[ids[i]];
        }

        return words;
    }
}
