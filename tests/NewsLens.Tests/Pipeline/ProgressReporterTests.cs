using NewsLens.Pipeline;

namespace NewsLens.Tests.Pipeline;

public sealed class ProgressReporterTests
{
    [Fact]
    public void Given_half_the_bytes_done_in_ten_seconds_When_described_Then_share_rates_and_ETA_are_given()
    {
        var line = ProgressReporter.Describe("analyze", new StreamingProgress(5, 10, 50_000_000, 100_000_000, 12_000), TimeSpan.FromSeconds(10));

        Assert.Equal("analyze: 50% 12,000 articles 1,200 articles/s 5.0 MB/s ETA 0:10", line);
    }

    [Fact]
    public void Given_a_run_shorter_than_a_second_When_reported_Then_nothing_is_printed()
    {
        using var writer = new StringWriter();
        var reporter = new ProgressReporter(writer, terminal: false, "analyze");

        reporter.Report(new StreamingProgress(1, 1, 10, 10, 1));
        reporter.Complete();

        Assert.Equal("", writer.ToString());
    }
}
