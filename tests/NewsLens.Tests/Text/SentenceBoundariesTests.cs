using NewsLens.Text;
using Xunit.Abstractions;

namespace NewsLens.Tests.Text;

public sealed class SentenceBoundariesTests(ITestOutputHelper output)
{
    [Fact]
    public void Given_unicode_sentence_break_test_When_segmented_by_the_raw_engine_Then_at_least_99_percent_of_cases_pass()
    {
        ConformanceCases.AssertPassRate("SentenceBreakTest.txt", (t, p) => SentenceBoundaries.NextBoundary(t, p), output);
    }
}
