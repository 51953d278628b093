using NewsLens.Attribution;
using NewsLens.Corpora;
using NewsLens.Tests.Comparison;

namespace NewsLens.Tests.Attribution;

public sealed class SpeakerTallyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(100)]
    public void Given_the_seeds_in_batches_When_tallied_Then_speakers_and_kinds_equal_counting_the_whole_corpus_at_once(int batchSize)
    {
        var corpus = ComparisonCorpus.Seeds;
        var extractor = new AttributionExtractor();
        var documents = AttributionCounts.DocumentGroups(corpus, DocumentVariables.Outlet);
        var attributions = extractor.Extract(corpus);

        var tally = new SpeakerTally();
        foreach (var batch in corpus.Articles.Chunk(batchSize))
        {
            var ids = batch.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            tally.Add([.. documents.Where(d => ids.Contains(d.Id))], attributions.Where(a => ids.Contains(a.DocumentId)));
        }

        Assert.Equal(AttributionCounts.BySpeaker(documents, attributions).Select(c => c.ToString()), tally.BySpeaker().Select(c => c.ToString()));
        Assert.Equal(AttributionCounts.ByKind(documents, attributions).Select(c => c.ToString()), tally.ByKind().Select(c => c.ToString()));
    }

    [Fact]
    public void Given_one_speaker_named_in_full_and_by_surname_in_two_batches_When_tallied_Then_they_merge_under_the_fullest_form()
    {
        var corpus = ComparisonCorpus.Of(
            ("a", "Outlet A", "Cavusoglu stated that talks went well."),
            ("b", "Outlet A", "Turkish Foreign Minister Mevlut Cavusoglu said that “the talks were useful.”"),
            ("c", "Outlet B", "Nothing was said."));
        var extractor = new AttributionExtractor();
        var tally = new SpeakerTally();
        foreach (var article in corpus.Articles)
        {
            tally.Add([(article.Id, article.Article.Outlet)], extractor.Extract(article));
        }

        var speaker = Assert.Single(tally.BySpeaker());
        Assert.Equal(("Outlet A", "Turkish Foreign Minister Mevlut Cavusoglu", 2, 1), (speaker.Group, speaker.Speaker, speaker.Count, speaker.DirectQuotes));
        Assert.All(tally.ByKind().Where(k => k.Group == "Outlet B"), k => Assert.Equal((0, 0.0), (k.Count, k.Share)));
    }
}
