using NewsLens.Attribution;
using NewsLens.Tests.Comparison;

namespace NewsLens.Tests.Attribution;

public sealed class AttributionCountsTests
{
    [Fact]
    public void Given_one_person_named_in_full_then_by_surname_When_counted_by_outlet_Then_the_mentions_merge_under_the_fullest_form()
    {
        var corpus = ComparisonCorpus.Of(
            ("a", "Outlet A", "Turkish Foreign Minister Mevlut Cavusoglu stated that talks went well. Cavusoglu added that more would follow. Sources claim that it failed."),
            ("b", "Outlet B", "Çavuşoğlu said that “the talks were useful for everyone.”"));
        var attributions = new AttributionExtractor().Extract(corpus);
        var counts = AttributionCounts.BySpeaker(corpus, attributions);

        var first = counts[0];
        Assert.Equal(("Outlet A", "Turkish Foreign Minister Mevlut Cavusoglu", "cavusoglu", SpeakerKind.Person, 2, 0), (first.Group, first.Speaker, first.Key, first.Kind, first.Count, first.DirectQuotes));
        Assert.Contains(counts, c => c is { Group: "Outlet A", Key: "sources", Kind: SpeakerKind.Anonymous, Count: 1 });
        Assert.Contains(counts, c => c is { Group: "Outlet B", Key: "cavusoglu", Count: 1, DirectQuotes: 1 });

        var kinds = AttributionCounts.ByKind(corpus, attributions);
        var anonymousInA = kinds.Single(k => k.Group == "Outlet A" && k.Kind == SpeakerKind.Anonymous);
        Assert.Equal((1, 1.0 / 3), (anonymousInA.Count, anonymousInA.Share));
    }

    [Fact]
    public void Given_the_seed_corpus_When_attributions_are_counted_by_kind_Then_shares_sum_to_one_per_outlet_and_Al_Watan_leans_on_anonymous_sources()
    {
        var corpus = ComparisonCorpus.Seeds;
        var kinds = AttributionCounts.ByKind(corpus, new AttributionExtractor().Extract(corpus));
        Assert.All(kinds.GroupBy(k => k.Group), g => Assert.Equal(1.0, g.Sum(k => k.Share), 9));
        Assert.True(kinds.Single(k => k.Group == "Al-Watan (Syria)" && k.Kind == SpeakerKind.Anonymous).Count >= 3);
    }

    [Theory]
    [InlineData("Al-Watan", "Al Watan")]
    [InlineData("pro-Syrian regime outlet Al Watan", "Al Watan")]
    [InlineData("The official Iranian News Agency, IRNA", "IRNA")]
    [InlineData("IRNA", "IRNA")]
    [InlineData("al-Modon", "al Modon")]
    [InlineData("the Russian Foreign Ministry", "Russian Foreign Ministry")]
    [InlineData("state media", "state media")]
    public void Given_an_organisation_phrase_When_its_head_name_is_taken_Then_it_is_the_last_proper_name_run(string phrase, string head)
    {
        Assert.Equal(head, AttributionCounts.HeadName(phrase));
    }

    [Fact]
    public void Given_the_seed_corpus_When_quotes_are_counted_Then_one_outlet_under_two_descriptions_is_one_source()
    {
        var corpus = ComparisonCorpus.Seeds;
        var counts = AttributionCounts.BySpeaker(corpus, new AttributionExtractor().Extract(corpus));

        // The New Arab cites "Al-Watan" and "pro-Syrian regime outlet Al Watan"; Al-Watan cites "IRNA" and
        // "The official Iranian News Agency, IRNA". Anonymous "Sources" and "Turkish sources" stay apart.
        var alWatan = Assert.Single(counts, c => c.Group == "The New Arab" && c.Kind == SpeakerKind.Organisation && c.Key == "al watan");
        Assert.Equal(("pro-Syrian regime outlet Al Watan", 2), (alWatan.Speaker, alWatan.Count));
        var irna = Assert.Single(counts, c => c.Group == "Al-Watan (Syria)" && c.Key == "irna");
        Assert.Equal(("The official Iranian News Agency, IRNA", 2), (irna.Speaker, irna.Count));
        Assert.Contains(counts, c => c.Key == "sources" && c.Kind == SpeakerKind.Anonymous);
        Assert.Contains(counts, c => c.Key == "turkish sources" && c.Kind == SpeakerKind.Anonymous);
    }

    [Fact]
    public void Given_attributions_When_tabled_Then_sentences_are_numbered_from_1()
    {
        var corpus = ComparisonCorpus.Of(("a", "A", "The talks began. Cavusoglu said that talks went well."));
        var attribution = Assert.Single(new AttributionExtractor().Extract(corpus));

        var row = Assert.Single(SpeakerAttribution.ToTable([attribution]).Rows);

        Assert.Equal(1, attribution.SentenceIndex);
        Assert.Equal(2, row[1]);
    }
}
