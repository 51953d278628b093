using System.Text;

namespace NewsLens.Benchmarks;

/// <summary>
/// Every contender counts the same shards, a group of shards at a time (read before the clock starts), on one thread
/// and on all cores. On all cores the group's documents are dealt to the threads in runs of 64 as the threads become
/// free, so they wait for each other once per group (splitting every shard in two made each thread wait for the other
/// once per shard); each thread has its own counter, and the counters are merged at the end, with the merge timed.
/// </summary>
public static class WordCountBenchmark
{
    public static IReadOnlyList<Measurement> Run(IReadOnlyList<string> shards, IReadOnlyList<WordCountContender> contenders, int threads, TextWriter log)
    {
        var modes = threads > 1 ? new[] { 1, threads } : [1];
        var runs = contenders.SelectMany(c => modes.Select(m => new ContenderRun(c, m))).ToList();
        WarmUp(shards[0], contenders);
        GC.Collect(); // the previous run's tables are garbage now: do not let them count as this run's memory
        GC.WaitForPendingFinalizers();

        long textBytes = 0;
        using var sampler = new PeakMemorySampler();
        foreach (var group in shards.Chunk(ShardsPerGroup))
        {
            var batches = group.Select(Shards.ReadTexts).ToArray();
            textBytes += batches.Sum(documents => documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d)));
            var documentRuns = batches.SelectMany(documents => documents.Chunk(DocumentsPerRun)).ToArray();
            GC.Collect(); // settles the freshly read texts now, so the collection does not land in whichever run comes first
            GC.WaitForPendingFinalizers();
            foreach (var run in runs)
            {
                run.Count(documentRuns);
            }
        }

        foreach (var run in runs)
        {
            run.MergeCounters();
        }

        var results = runs.Select(r => r.Result(textBytes, sampler.Peak)).ToList();
        foreach (var run in runs.Where(r => r.Threads > 1))
        {
            var single = runs.First(r => r.Contender == run.Contender && r.Threads == 1);
            if (single.Counters[0].Tokens != run.Counters[0].Tokens || single.Counters[0].Distinct != run.Counters[0].Distinct)
            {
                throw new InvalidOperationException($"{run.Contender.Name}: {run.Threads}-thread counts differ from the 1-thread counts.");
            }
        }

        var steady = runs.Where(r => r.Threads == 1).Select(r => $"{r.Contender.Name} {r.SteadyStateBytesPerToken(shards[0]):F3}");
        log.WriteLine($"  steady-state allocation, bytes per token (shard 1 counted again, every word already known): {string.Join(", ", steady)}");
        if (runs[0].Counters[0].Distinct > 0)
        {
            log.WriteLine($"  distinct words: {string.Join(", ", runs.Where(r => r.Threads == 1).Select(r => $"{r.Contender.Name} {r.Counters[0].Distinct:N0}"))}");
        }

        return results;
    }

    private static void WarmUp(string shard, IReadOnlyList<WordCountContender> contenders)
    {
        // A whole shard, three times: long enough for tiered compilation to reach its final, profile-guided code.
        var documents = Shards.ReadTexts(shard);
        for (var pass = 0; pass < 3; pass++)
        {
            foreach (var contender in contenders)
            {
                var counter = contender.Create();
                foreach (var document in documents)
                {
                    counter.Add(document);
                }
            }

            Thread.Sleep(200); // lets tiered compilation finish the optimised code in the background
        }
    }

    /// <summary>Shards read and held at once (~200 MB of text, the whole default corpus): threads wait for each other once per group.</summary>
    private const int ShardsPerGroup = 50;

    /// <summary>Documents a thread takes at a time (~250 KB of text), small enough that no thread waits long at the end.</summary>
    private const int DocumentsPerRun = 64;

    private sealed class ContenderRun(WordCountContender contender, int threads)
    {
        private readonly WorkMeter _meter = new();

        public WordCountContender Contender => contender;

        public int Threads => threads;

        public IWordCounter[] Counters { get; } = Enumerable.Range(0, threads).Select(_ => contender.Create()).ToArray();

        /// <summary>Counts every run of documents: in order on one thread, or each run by whichever thread is free.</summary>
        public void Count(string[][] documentRuns)
        {
            var next = -1;
            _meter.Run(() => Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t => _meter.Track(() =>
            {
                var counter = Counters[t];
                for (var r = Interlocked.Increment(ref next); r < documentRuns.Length; r = Interlocked.Increment(ref next))
                {
                    foreach (var document in documentRuns[r])
                    {
                        counter.Add(document);
                    }
                }
            })));
        }

        public void MergeCounters() => _meter.Run(() => _meter.Track(() =>
        {
            for (var t = 1; t < Counters.Length; t++)
            {
                Counters[0].Merge(Counters[t]);
            }
        }));

        public double SteadyStateBytesPerToken(string shard)
        {
            var documents = Shards.ReadTexts(shard);
            var counter = Counters[0];
            var tokens = counter.Tokens;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            foreach (var document in documents)
            {
                counter.Add(document);
            }

            return (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / (counter.Tokens - tokens);
        }

        public Measurement Result(long textBytes, long peak) =>
            new(contender.Name, threads, _meter.Elapsed, _meter.ProcessorTime, textBytes, Counters[0].Tokens, _meter.AllocatedBytes, peak);
    }
}
