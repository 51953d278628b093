using System.Text;

namespace NewsLens.Benchmarks;

/// <summary>
/// Every contender counts the same shards, batch by batch, on one thread and on all cores (documents are split into
/// one contiguous slice per thread; each thread has its own counter; counters are merged at the end, and the merge
/// is timed).
/// </summary>
public static class WordCountBenchmark
{
    public static IReadOnlyList<Measurement> Run(IReadOnlyList<string> shards, IReadOnlyList<WordCountContender> contenders, int threads, TextWriter log)
    {
        var modes = threads > 1 ? new[] { 1, threads } : [1];
        var runs = contenders.SelectMany(c => modes.Select(m => new ContenderRun(c, m))).ToList();
        WarmUp(shards[0], contenders);

        long textBytes = 0;
        using var sampler = new PeakMemorySampler();
        foreach (var shard in shards)
        {
            var documents = Shards.ReadTexts(shard);
            textBytes += documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
            var slices = Slice(documents, threads);
            foreach (var run in runs)
            {
                run.Count(documents, slices);
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
        var documents = Shards.ReadTexts(shard).Take(300).ToArray();
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

    /// <summary>Contiguous document ranges with about the same number of characters each.</summary>
    private static Range[] Slice(string[] documents, int count)
    {
        var total = documents.Sum(d => (long)d.Length);
        var slices = new Range[count];
        var start = 0;
        long seen = 0;
        for (var s = 0; s < count; s++)
        {
            var end = start;
            var target = total * (s + 1) / count;
            while (end < documents.Length && (s == count - 1 || seen < target))
            {
                seen += documents[end++].Length;
            }

            slices[s] = new Range(start, end);
            start = end;
        }

        return slices;
    }

    private sealed class ContenderRun(WordCountContender contender, int threads)
    {
        private readonly WorkMeter _meter = new();

        public WordCountContender Contender => contender;

        public int Threads => threads;

        public IWordCounter[] Counters { get; } = Enumerable.Range(0, threads).Select(_ => contender.Create()).ToArray();

        public void Count(string[] documents, Range[] slices)
        {
            if (threads == 1)
            {
                _meter.Run(() =>
                {
                    foreach (var document in documents)
                    {
                        Counters[0].Add(document);
                    }
                });
                return;
            }

            _meter.Run(() => Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                var counter = Counters[t];
                foreach (var document in documents.AsSpan(slices[t]))
                {
                    counter.Add(document);
                }
            }));
        }

        public void MergeCounters() => _meter.Run(() =>
        {
            for (var t = 1; t < Counters.Length; t++)
            {
                Counters[0].Merge(Counters[t]);
            }
        });

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
