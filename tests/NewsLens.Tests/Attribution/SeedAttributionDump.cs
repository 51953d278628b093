using NewsLens.Attribution;
using NewsLens.Tests.Comparison;
using Xunit.Abstractions;

namespace NewsLens.Tests.Attribution;

public sealed class SeedAttributionDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        foreach (var article in ComparisonCorpus.Seeds.Articles)
        {
            foreach (var a in new AttributionExtractor().Extract(article))
            {
                output.WriteLine($"{a.DocumentId[..3]} s{a.SentenceIndex} [{a.Speaker}] -> [{a.ResolvedSpeaker}] {a.Kind} '{a.Cue}' via={a.Via} direct={a.IsDirectQuote} Q=[{a.QuoteIn(article.Text)}]");
            }
        }
    }
}
