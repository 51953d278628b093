using NewsLens.Text;
using Xunit.Abstractions;

namespace NewsLens.Tests.Text;

public sealed class SentenceBoundariesTests(ITestOutputHelper output)
{
    [Fact]
    public void Given_unicode_sentence_break_test_When_segmented_by_the_raw_engine_Then_at_least_99_percent_of_cases_pass()
    {
        var cases = ConformanceCases.Read("SentenceBreakTest.txt");
        var failures = cases.Where(c => !c.Expected.SequenceEqual(WordBoundariesTests.Segment(c.Text, (t, p) => SentenceBoundaries.NextBoundary(t, p)))).ToList();
        var passRate = 1.0 - ((double)failures.Count / cases.Count);
        output.WriteLine($"SentenceBreakTest.txt: {cases.Count - failures.Count}/{cases.Count} passed ({passRate:P2})");
        foreach (var failure in failures.Take(10))
        {
            output.WriteLine($"failed line {failure.Line}: {failure.Source}");
        }

        Assert.True(passRate >= 0.99, $"pass rate {passRate:P2}; first failure at line {failures.FirstOrDefault()?.Line}");
    }
}
