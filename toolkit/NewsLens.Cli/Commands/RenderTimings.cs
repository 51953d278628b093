using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using NewsLens.Notebooks;

namespace NewsLens.Cli.Commands;

/// <summary>
/// `render --timings`: where a render's time went, one line per step (engine start-up, each executed cell, writing the
/// files) with its wall time and the process's JIT compilation time meanwhile, then the process's totals.
/// </summary>
internal static class RenderTimings
{
    /// <summary>What the process spent since it started (CPU, JIT, GC), read at the end of the render.</summary>
    internal sealed record ProcessFigures(TimeSpan Wall, TimeSpan Cpu, TimeSpan Jit, long JitMethods, int Collections, TimeSpan GcPause, long AllocatedBytes)
    {
        public static ProcessFigures Now()
        {
            using var process = Process.GetCurrentProcess();
            return new(
                DateTime.Now - process.StartTime,
                process.TotalProcessorTime,
                JitInfo.GetCompilationTime(),
                JitInfo.GetCompiledMethodCount(),
                GC.CollectionCount(0),
                GC.GetTotalPauseDuration(),
                GC.GetTotalAllocatedBytes());
        }
    }

    public static string Format(IReadOnlyList<NotebookRun> runs, ProcessFigures process)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(process);
        var text = new StringBuilder();
        var width = runs.Select(r => r.Notebook.Name.Length).DefaultIfEmpty(8).Max();
        void Line(string notebook, string step, TimeSpan wall, TimeSpan? jit, long? allocated) =>
            text.Append(CultureInfo.InvariantCulture, $"  {notebook.PadRight(width)}  {step,-24} {wall.TotalSeconds,7:F2} s{(jit is { } j ? string.Create(CultureInfo.InvariantCulture, $"  JIT {j.TotalSeconds,5:F2} s") : "")}{(allocated is { } a ? string.Create(CultureInfo.InvariantCulture, $"  {a / 1e6,7:N0} MB") : "")}\n");

        text.Append("Timings (wall time; JIT = the process's JIT compilation time meanwhile, on every thread; MB = bytes it allocated meanwhile):\n");
        foreach (var run in runs)
        {
            Line(run.Notebook.Name, "engine start-up", run.Startup, run.StartupJit, run.StartupAllocated);
            foreach (var cell in run.Cells.Where(c => c.ExecutionCount is not null))
            {
                Line(run.Notebook.Name, cell.Label, cell.Elapsed, cell.Jit, cell.Allocated);
            }

            Line(run.Notebook.Name, "writing files", run.WriteTime, null, null);
        }

        text.Append(CultureInfo.InvariantCulture, $"  process: {process.Wall.TotalSeconds:F1} s wall, {process.Cpu.TotalSeconds:F1} s CPU, JIT {process.Jit.TotalSeconds:F1} s ({process.JitMethods:N0} methods), {process.Collections:N0} garbage collections ({process.GcPause.TotalSeconds:F2} s paused), {process.AllocatedBytes / 1e6:N0} MB allocated\n");
        return text.ToString();
    }
}
