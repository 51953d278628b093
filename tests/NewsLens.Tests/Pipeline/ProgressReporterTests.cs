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

    [Fact]
    public void Given_a_redirected_writer_and_a_fake_clock_When_batches_finish_Then_a_line_is_printed_at_most_every_five_seconds_and_at_the_end()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var now = TimeSpan.Zero;
        var reporter = new ProgressReporter(writer, terminal: false, "mentions", () => now);

        foreach (var (seconds, parts) in new[] { (0.5, 1), (2.0, 2), (5.5, 3), (7.0, 4), (10.0, 5), (11.0, 6), (12.0, 8) })
        {
            now = TimeSpan.FromSeconds(seconds);
            reporter.Report(new StreamingProgress(parts, 8, parts * 1_000_000L, 8_000_000, parts * 100L));
        }

        reporter.Complete();

        Assert.Equal(
            "mentions: 38% 300 articles 55 articles/s 0.5 MB/s ETA 0:09\n"
            + "mentions: 75% 600 articles 55 articles/s 0.5 MB/s ETA 0:03\n"
            + "mentions: 100% 800 articles 67 articles/s 0.7 MB/s ETA 0:00\n",
            writer.ToString());
    }

    [Fact]
    public void Given_a_terminal_and_a_fake_clock_When_batches_finish_Then_one_line_is_rewritten_in_place_and_ended_once()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var now = TimeSpan.Zero;
        var reporter = new ProgressReporter(writer, terminal: true, "compare", () => now);

        foreach (var seconds in new[] { 1.0, 1.1, 2.0 })
        {
            now = TimeSpan.FromSeconds(seconds);
            reporter.Report(new StreamingProgress(1, 2, 1_000_000, 2_000_000, 10));
        }

        reporter.Complete();
        reporter.Complete();

        var text = writer.ToString();
        Assert.Equal(2, text.Count(c => c == '\r')); // 1.0 s and 2.0 s; 1.1 s is within 200 ms of the last line
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Single(text, c => c == '\n');
    }
}
