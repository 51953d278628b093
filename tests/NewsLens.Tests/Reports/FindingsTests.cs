using System.Collections.Immutable;
using NewsLens.Attribution;
using NewsLens.Mentions;
using NewsLens.Reports;

namespace NewsLens.Tests.Reports;

public sealed class FindingsTests
{
    [Fact]
    public void Given_one_outlet_When_the_data_size_is_described_Then_it_says_nothing_compares_outlets()
    {
        var corpus = TestCorpora.Corpus(("a", "Harbour Ledger", "One article here."), ("b", "Harbour Ledger", "Another article there."));

        var findings = Findings.DataSize(corpus, "outlet");

        Assert.Equal("The corpus has 2 articles (6 words) from 1 outlet.", findings.Sentences[0]);
        Assert.Contains("Every article has the same outlet, Harbour Ledger", findings.Sentences[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Given_500_outlets_When_the_data_size_is_described_Then_the_sentences_stay_short_and_count_single_article_outlets()
    {
        var articles = Enumerable.Range(0, 600).Select(i => ($"a{i}", $"Outlet {i % 500:000}", "Words in an article.")).ToArray();

        var findings = Findings.DataSize(TestCorpora.Corpus(articles), "outlet");

        Assert.Equal("The corpus has 600 articles (2,400 words) from 500 outlets.", findings.Sentences[0]);
        Assert.Contains("400 of 500 outlets rest on a single article", findings.Sentences[2], StringComparison.Ordinal);
        Assert.All(findings.Sentences, s => Assert.True(s.Length < 200, s));
    }

    [Fact]
    public void Given_a_case_folded_article_When_the_data_size_is_described_Then_it_is_said()
    {
        var corpus = TestCorpora.Corpus(("a", "x", string.Concat(Enumerable.Repeat("the talks went on. ", 5))));

        Assert.Contains(Findings.DataSize(corpus, "outlet").Sentences, s => s.StartsWith("1 of 1 article is case-folded", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_naming_variants_When_described_Then_the_forms_and_the_outlet_that_alone_uses_one_are_named()
    {
        ImmutableArray<NamingVariant> variants =
        [
            new("A", "land", "Land", "Land", MentionKind.Alias, 5),
            new("B", "land", "Land", "Land", MentionKind.Alias, 2),
            new("B", "land", "Land", "Lande", MentionKind.Alias, 3),
            new("B", "land", "Land", "Landish", MentionKind.Demonym, 9),
        ];

        var findings = Findings.Naming(variants, "land");

        Assert.Equal(["Land is written 2 ways: Land (7) and Lande (3).", "Only B writes Lande (3 of 5 of its direct mentions of Land)."], findings.Sentences.ToArray());
    }

    [Fact]
    public void Given_no_attribution_When_sources_are_described_Then_it_says_nobody_is_quoted()
    {
        var findings = Findings.Sources(ImmutableArray<SpeakerCount>.Empty, ImmutableArray<SpeakerKindCount>.Empty);

        Assert.Equal(["Nobody is quoted or cited in this corpus (no attribution cue was found)."], findings.Sentences.ToArray());
    }

    [Fact]
    public void Given_a_name_with_markup_When_rendered_as_html_Then_it_is_escaped()
    {
        var html = new Findings(["<script>alert(1)</script> leads."]).ToHtml();

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("way", "ways")]
    [InlineData("outlet", "outlets")]
    [InlineData("party", "parties")]
    [InlineData("news", "news")]
    public void Given_a_noun_When_pluralised_Then_the_plural_is_english(string noun, string plural) =>
        Assert.Equal(plural, Findings.Plural(noun));

    [Fact]
    public void Given_one_two_and_three_items_When_joined_Then_they_read_as_a_list()
    {
        Assert.Equal("a", Findings.Join(["a"]));
        Assert.Equal("a and b", Findings.Join(["a", "b"]));
        Assert.Equal("a, b and c", Findings.Join(["a", "b", "c"]));
    }

    [Fact]
    public void Given_framing_counts_with_a_tie_and_a_dissenter_When_described_Then_only_the_group_that_prefers_another_term_is_named()
    {
        ImmutableArray<NewsLens.Comparison.FramingUsage> usages =
        [
            new("A", "The stoppage", "strike action", 3, 3, 1, 0),
            new("B", "The stoppage", "strike action", 1, 2, 0.5, 0),
            new("B", "The stoppage", "strike", 1, 2, 0.5, 0),
            new("C", "The stoppage", "strike", 2, 2, 1, 0),
        ];

        var findings = Findings.Framing(usages);

        Assert.Equal(["The stoppage: strike action is the main term (4 of 7 uses), then strike (3). Mostly strike in C."], findings.Sentences.ToArray());
    }

    [Fact]
    public void Given_spellings_differing_only_in_case_When_naming_is_described_Then_they_are_one_form()
    {
        ImmutableArray<NamingVariant> variants =
        [
            new("A", "union", "Union", "Union", MentionKind.Alias, 2),
            new("B", "union", "Union", "union", MentionKind.Alias, 3),
        ];

        Assert.Equal(["Union is always written union (5 direct mentions in 2 outlets)."], Findings.Naming(variants, "union").Sentences.ToArray());
    }
}
