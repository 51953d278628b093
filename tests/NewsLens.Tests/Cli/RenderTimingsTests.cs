using NewsLens.Cli.Commands;
using NewsLens.Tests.Notebooks;

namespace NewsLens.Tests.Cli;

public sealed class RenderTimingsTests
{
    [Fact]
    public void Given_a_run_When_its_timings_are_formatted_Then_start_up_every_executed_cell_writing_and_the_process_totals_are_listed()
    {
        var run = RenderedOutputGoldenTests.FixedRun() with { Startup = TimeSpan.FromSeconds(1.5), StartupJit = TimeSpan.FromSeconds(0.75), StartupAllocated = 1_234_400_000, WriteTime = TimeSpan.FromSeconds(0.25) };
        var process = new RenderTimings.ProcessFigures(TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(12.5), TimeSpan.FromSeconds(4), 45_000, 120, TimeSpan.FromSeconds(0.5), 2_000_000_000);

        var lines = RenderTimings.Format([run], process).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("  05-golden.ipynb  engine start-up             1.50 s  JIT  0.75 s    1,234 MB", lines[1]);
        Assert.Equal("  05-golden.ipynb  cell 3                      0.04 s  JIT  0.00 s        0 MB", lines[3]);
        Assert.Equal(run.Cells.Count(c => c.ExecutionCount is not null), lines.Count(l => l.Contains(" cell ", StringComparison.Ordinal)));
        Assert.Equal("  05-golden.ipynb  writing files               0.25 s", lines[^2]);
        Assert.Equal("  process: 9.0 s wall, 12.5 s CPU, JIT 4.0 s (45,000 methods), 120 garbage collections (0.50 s paused), 2,000 MB allocated", lines[^1]);
    }
}
