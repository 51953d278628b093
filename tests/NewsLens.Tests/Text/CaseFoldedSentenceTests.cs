using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

/// <summary>Sentence splitting and casing detection for lower-case and all-caps articles (SentenceSplitter, LetterCasing).</summary>
public sealed class CaseFoldedSentenceTests
{
    private const string LowerArticle =
        "the talks resumed on monday. mr. smith said the union wanted a pay deal. the u.s. delegation left early! " +
        "officials said a deal was close. \"why now?\" she asked. exporters were relieved.";

    [Fact]
    public void Given_a_lower_case_article_When_tokenized_Then_it_is_flagged_and_split_at_terminal_punctuation()
    {
        var article = TestCorpora.Tokenized(LowerArticle);

        Assert.Equal(LetterCase.Lower, article.Casing);
        Assert.True(article.IsCaseFolded);
        Assert.Equal(
            [
                "the talks resumed on monday.",
                "mr. smith said the union wanted a pay deal.",
                "the u.s. delegation left early!",
                "officials said a deal was close.",
                "\"why now?\" she asked.",
                "exporters were relieved.",
            ],
            article.Sentences.Select(s => s.ToString(article.Text)));
    }

    [Fact]
    public void Given_ordinary_text_When_tokenized_Then_it_is_not_flagged_and_lower_case_after_a_full_stop_does_not_split()
    {
        var article = TestCorpora.Tokenized("The talks resumed on Monday in the capital of the country. They ended at noon. Talks were held at 3 p.m. on the second day of the visit.");

        Assert.Equal(LetterCase.Mixed, article.Casing);
        Assert.Equal(3, article.Sentences.Length);
    }

    [Fact]
    public void Given_an_all_caps_article_When_tokenized_Then_it_is_flagged_upper_and_titles_do_not_split()
    {
        var article = TestCorpora.Tokenized("THE TALKS RESUMED ON MONDAY. MR. SMITH SAID THE UNION WANTED A PAY DEAL. EXPORTERS WERE RELIEVED.");

        Assert.Equal(LetterCase.Upper, article.Casing);
        Assert.Equal(3, article.Sentences.Length);
    }

    [Theory]
    [InlineData("short text", LetterCase.Mixed)]
    [InlineData("", LetterCase.Mixed)]
    public void Given_too_few_letters_When_casing_is_detected_Then_it_is_mixed(string text, LetterCase expected) =>
        Assert.Equal(expected, LetterCasing.Of(text));

    [Fact]
    public void Given_a_corpus_with_a_lower_case_article_When_summarised_Then_the_summary_says_so()
    {
        var corpus = Corpus.FromArticles([TestCorpora.Article(LowerArticle), TestCorpora.Article("An Ordinary Article With Capitals. It Has Enough Letters To Count.", "a2")]);

        Assert.Contains("1 article looks case-folded (1 all lower case)", corpus.Summary(), StringComparison.Ordinal);
    }
}
