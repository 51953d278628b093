using System.Globalization;

namespace NewsLens.Benchmarks;

/// <summary>Markdown tables, so a run's output can be pasted into the README as it is.</summary>
public static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Megabytes(long bytes) => string.Create(Invariant, $"{bytes / 1e6:F0} MB");

    /// <summary>
    /// One row per contender and thread count: the run with the median time of <paramref name="repeats"/> (all runs
    /// count the same corpus; each is a full pass), with the fastest and slowest times next to it.
    /// </summary>
    public static void WordCounts(TextWriter output, IReadOnlyList<IReadOnlyList<Measurement>> repeats)
    {
        var measurements = repeats[0].Select(first => Median(repeats.Select(r => r.Single(m => m.Name == first.Name && m.Threads == first.Threads)).ToList())).ToList();
        string Range(Measurement m)
        {
            var times = repeats.Select(r => r.Single(x => x.Name == m.Name && x.Threads == m.Threads).Elapsed.TotalSeconds).ToList();
            return string.Create(Invariant, $"{times.Min():F2}–{times.Max():F2}");
        }

        output.WriteLine($"Median of {repeats.Count} run(s); the range column gives the fastest and slowest run.");
        output.WriteLine();
        output.WriteLine("| Tokeniser | Threads | Time (s) | Range (s) | CPU (s) | MB/s | Mtokens/s | Tokens | Allocated | Bytes/token | Peak working set | × Lucene.NET |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in measurements)
        {
            var lucene = measurements.FirstOrDefault(x => x.Name == WordCountContenders.LuceneName && x.Threads == m.Threads);
            var ratio = lucene is null ? "n/a" : (lucene.Elapsed / m.Elapsed).ToString("F2", Invariant);
            output.WriteLine(string.Create(Invariant,
                $"| {m.Name} | {m.Threads} | {m.Elapsed.TotalSeconds:F2} | {Range(m)} | {m.ProcessorTime.TotalSeconds:F2} | {m.MegabytesPerSecond:F1} | {m.TokensPerSecond / 1e6:F2} | {m.Tokens:N0} | {Megabytes(m.AllocatedBytes)} | {m.AllocatedBytesPerToken:F2} | {Megabytes(m.PeakWorkingSet)} | {ratio} |"));
        }

        output.WriteLine();
        if (measurements.Any(m => m.Threads > 1))
        {
            output.WriteLine("Speed-up on all cores (1-thread time / N-thread time):");
        }

        foreach (var group in measurements.GroupBy(m => m.Name))
        {
            var single = group.First(m => m.Threads == 1);
            foreach (var multi in group.Where(m => m.Threads > 1))
            {
                output.WriteLine(string.Create(Invariant, $"- {group.Key}: {single.Elapsed / multi.Elapsed:F2}× on {multi.Threads} threads"));
            }
        }

        output.WriteLine("(Peak working set is the highest sampled during the whole word-count phase, shared by all contenders.)");
        output.WriteLine();
    }

    private static Measurement Median(List<Measurement> runs) => runs.OrderBy(m => m.Elapsed).ElementAt((runs.Count - 1) / 2);

    /// <summary>
    /// The full analysis: per thread count, the run with the median time of the passes, with the range of times and peaks
    /// over all passes; then the median run's time per step.
    /// </summary>
    public static void Analysis(TextWriter output, IReadOnlyList<IReadOnlyList<AnalysisBenchmark.Result>> passes)
    {
        var modes = passes[0].Select(r => r.Total.Threads).ToList();
        var results = modes.Select(t => passes.Select(p => p.Single(r => r.Total.Threads == t)).OrderBy(r => r.Total.Elapsed).ElementAt((passes.Count - 1) / 2)).ToList();
        string Range(int threads, Func<AnalysisBenchmark.Result, double> value, string format)
        {
            var values = passes.Select(p => value(p.Single(r => r.Total.Threads == threads))).ToList();
            return $"{values.Min().ToString(format, Invariant)}–{values.Max().ToString(format, Invariant)}";
        }

        output.WriteLine($"Median of {passes.Count} run(s) per thread count; ranges over all runs.");
        output.WriteLine();
        output.WriteLine("| Threads | Articles | Time (s) | Range (s) | CPU (s) | MB/s | Mtokens/s | Allocated | Peak working set | Peak range (MB) | GC pauses (s) | GCs (gen 0/1/2) | Budget GCs |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var m = r.Total;
            output.WriteLine(string.Create(Invariant,
                $"| {m.Threads} | {r.Articles:N0} | {m.Elapsed.TotalSeconds:F2} | {Range(m.Threads, x => x.Total.Elapsed.TotalSeconds, "F2")} | {m.ProcessorTime.TotalSeconds:F2} | {m.MegabytesPerSecond:F1} | {m.TokensPerSecond / 1e6:F2} | {Megabytes(m.AllocatedBytes)} | {Megabytes(m.PeakWorkingSet)} | {Range(m.Threads, x => x.Total.PeakWorkingSet / 1e6, "F0")} | {r.Collections.Paused.TotalSeconds:F2} | {r.Collections.Gen0}/{r.Collections.Gen1}/{r.Collections.Gen2} | {r.BudgetCollections} |"));
        }

        output.WriteLine();
        foreach (var threads in modes)
        {
            // In run order, so a slow first run (the process still growing its heap, compiling, paging in) shows as such.
            output.WriteLine(string.Create(Invariant, $"Times in run order, {threads} thread(s): {string.Join(", ", passes.Select(p => p.Single(r => r.Total.Threads == threads).Total.Elapsed.TotalSeconds.ToString("F2", Invariant)))} s"));
        }

        output.WriteLine(string.Create(Invariant, $"(Allocated: summed from each working thread's own counter. GC pauses: time the runtime held every thread for collections; collection counts include the forced ones. Budget GCs: full collections forced after a batch because the managed heap was over {Megabytes(NewsLens.Pipeline.StreamingOptions.Default.HeapBudgetBytes)} and {Megabytes(NewsLens.Pipeline.StreamingOptions.Default.HeapHeadroomBytes)} past what the last one left alive, or over {Megabytes(NewsLens.Pipeline.StreamingOptions.Default.HeapCeilingBytes)}.)"));
        output.WriteLine();
        if (results.Count > 1)
        {
            output.WriteLine(string.Create(Invariant, $"Speed-up: {results[0].Total.Elapsed / results[^1].Total.Elapsed:F2}× on {results[^1].Total.Threads} threads"));
            output.WriteLine();
        }

        output.WriteLine("Time per step (seconds; preparation steps are summed over the preparing threads, each stage runs on its own thread and includes its final scoring) and what the step allocated:");
        output.WriteLine();
        output.WriteLine($"| Step | {string.Join(" | ", results.Select(r => $"{r.Total.Threads} thread(s)"))} | Allocated ({results[0].Total.Threads} thread(s)) |");
        output.WriteLine($"|---|{string.Concat(results.Select(_ => "---:|"))}---:|");
        for (var i = 0; i < results[0].Steps.Count; i++)
        {
            output.WriteLine(string.Create(Invariant, $"| {results[0].Steps[i].Step} | {string.Join(" | ", results.Select(r => r.Steps[i].Time.TotalSeconds.ToString("F2", Invariant)))} | {Megabytes(results[0].Steps[i].AllocatedBytes)} |"));
        }

        output.WriteLine();
        foreach (var summary in results[^1].Summaries)
        {
            output.WriteLine($"- {summary}");
        }

        output.WriteLine();
    }
}
