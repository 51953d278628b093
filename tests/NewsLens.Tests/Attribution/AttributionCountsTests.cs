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
}
