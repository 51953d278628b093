using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

public sealed class CleanerTests
{
    private static Article Seed(string id) => CorpusReader.Read(TestCorpora.Seeds).Articles.Single(a => a.Id.StartsWith(id, StringComparison.Ordinal));

    [Fact]
    public void Given_the_seed_with_a_facebook_snippet_When_cleaned_Then_the_script_is_gone_and_audited_as_code()
    {
        var article = Seed("004");

        Assert.DoesNotContain("getElementsByTagName", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("facebook-jssdk", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("we continue to coordinate.", article.Text, StringComparison.Ordinal);
        var removal = Assert.Single(article.Cleaning.Removals);
        Assert.Equal(BoilerplateKind.Code, removal.Kind);
        Assert.StartsWith("(function(d, s, id){", removal.RemovedText, StringComparison.Ordinal);
        Assert.Contains("facebook-jssdk", removal.RemovedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_seed_with_a_comment_form_When_cleaned_Then_the_tail_and_the_byline_are_removed()
    {
        var article = Seed("003");

        Assert.EndsWith("The US has no interest in this reconciliation.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a Reply", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("bloggers", article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Cleaning.Removals, r => r.Kind == BoilerplateKind.CommentOrShareTail && r.RemovedText.Contains("%d bloggers like this:", StringComparison.Ordinal));
        Assert.Contains(article.Cleaning.Removals, r => r.Kind == BoilerplateKind.Byline && r.RemovedText.Trim() == "Daily Sabah");
        Assert.StartsWith("Türkiye steps up rapprochement talks", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_seed_with_a_translation_disclaimer_When_cleaned_Then_each_disclaimer_sentence_is_audited()
    {
        var article = Seed("000");

        Assert.EndsWith("the primary reasons for this.", article.Text, StringComparison.Ordinal);
        Assert.Equal(
            ["translation disclaimer", "verification disclaimer", "responsibility disclaimer"],
            article.Cleaning.Removals.Select(r => r.Rule));
        Assert.All(article.Cleaning.Removals, r => Assert.Equal(BoilerplateKind.Disclaimer, r.Kind));
    }

    [Fact]
    public void Given_a_clean_article_When_cleaned_Then_nothing_is_removed()
    {
        Assert.Empty(Seed("002").Cleaning.Removals);
    }

    [Fact]
    public void Given_removals_When_audited_Then_offsets_point_at_the_removed_text_in_the_raw_text()
    {
        foreach (var article in CorpusReader.Read(TestCorpora.Seeds).Articles)
        {
            Assert.All(article.Cleaning.Removals, r => Assert.Equal(r.RemovedText, article.RawText.Substring(r.Start, r.Length)));
        }
    }

    [Fact]
    public void Given_html_script_and_tags_When_cleaned_Then_markup_goes_and_the_words_stay()
    {
        const string raw = "Talks <b>resumed</b> today.<script>alert('x')</script>\nMinisters met.";

        var (text, audit) = Cleaner.Clean(raw);

        Assert.Equal("Talks resumed today.\nMinisters met.", text);
        Assert.Contains(audit.Removals, r => r.Rule == "script/style element");
        Assert.Equal(2, audit.Removals.Count(r => r.Rule == "HTML tag"));
    }

    [Fact]
    public void Given_a_repeated_byline_When_cleaned_Then_both_copies_are_removed()
    {
        const string raw = "By Jane Smith\nAnkara and Damascus agreed to meet.\nBy Jane Smith\nThe talks continue.";

        var (text, audit) = Cleaner.Clean(raw);

        Assert.Equal("Ankara and Damascus agreed to meet.\nThe talks continue.", text);
        Assert.Equal(2, audit.Removals.Count(r => r.Kind == BoilerplateKind.Byline));
    }

    [Fact]
    public void Given_a_share_tail_When_cleaned_Then_it_is_removed_but_the_same_words_mid_article_stay()
    {
        const string raw = "Share this: the minister urged allies to share intelligence.\nTalks resume.\n\nShare this:\nTwitter\nFacebook\nRelated";

        var (text, _) = Cleaner.Clean(raw);

        Assert.Equal("Share this: the minister urged allies to share intelligence.\nTalks resume.", text);
    }

    [Fact]
    public void Given_prose_with_angle_brackets_When_cleaned_Then_it_is_not_mistaken_for_markup()
    {
        const string raw = "Turnout was <5% in some areas and x<y and z>w in others.\nvar is a word too, as in var ious.";

        var (text, audit) = Cleaner.Clean(raw);

        Assert.Equal(raw, text);
        Assert.Empty(audit.Removals);
    }
}
