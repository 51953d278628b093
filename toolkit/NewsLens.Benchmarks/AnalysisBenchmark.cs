using System.Collections.Concurrent;
using System.Diagnostics;
using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Benchmarks;

/// <summary>
/// One analysis stage. It sees every tokenised batch, in whatever order the batches finish, on its own thread, and
/// keeps one state for the whole run. A new analysis is measured by adding one line to <see cref="AnalysisStages.All"/>.
/// </summary>
public interface IAnalysisStage
{
    string Name { get; }

    IStageState Create();
}

public interface IStageState
{
    void Add(TokenizedCorpus batch);

    /// <summary>One line saying what the stage found (so the run shows it did real work).</summary>
    string Summary();
}

public sealed record AnalysisStage<TState>(string Name, Func<TState> Create, Action<TState, TokenizedCorpus> Add, Func<TState, string> Summary)
    : IAnalysisStage
{
    IStageState IAnalysisStage.Create() => new State(this, Create());

    private sealed class State(AnalysisStage<TState> stage, TState value) : IStageState
    {
        public void Add(TokenizedCorpus batch) => stage.Add(value, batch);

        public string Summary() => stage.Summary(value);
    }
}

public static class AnalysisStages
{
    /// <summary>The stages after load, clean, tokens, sentences and folding, each on its own thread.</summary>
    public static IReadOnlyList<IAnalysisStage> All { get; } =
    [
        NGramStage("word counts (1-grams)", 1, null),
        NGramStage("2-grams (no stop words)", 2, StopWords.English),
        new AnalysisStage<MentionTally>("mentions (seed actors)", () => new(), (t, b) => t.Add(b), t => t.Summary()),
        new AnalysisStage<SentimentTally>("sentence sentiment", () => new(), (t, b) => t.Add(b), t => t.Summary()),
        new AnalysisStage<KeynessTally>("keyness by outlet (G², Williams)", () => new(), (t, b) => t.Add(b), t => t.Summary()),
    ];

    /// <summary>Analyses not in the harness yet; listed in the report as not measured.</summary>
    public static IReadOnlyList<string> NotYetMeasured { get; } = [];

    private static AnalysisStage<NGramCounter> NGramStage(string name, int n, StopWords? stopWords) =>
        new(name, () => new NGramCounter(n, stopWords), (c, b) => c.Add(b),
            c => $"{c.Total:N0} {n}-grams, {c.Count:N0} distinct; top: {string.Join(", ", c.Top(3).Select(f => $"'{f.Feature}' {f.Frequency:N0}"))}");
}

/// <summary>
/// The full pipeline, streaming. N preparing threads each take the next shard, load it with
/// <see cref="CorpusReader"/> (decode, NFC, clean), tokenise it, split sentences and fold tokens; each finished batch is
/// handed to every stage's queue; at most N + 1 batches are alive, so preparation waits for slow stages instead of
/// piling batches up.
/// Each stage counts on its own thread into its single state, so nothing has to be merged and only a few batches are
/// in memory at once.
/// </summary>
public static class AnalysisBenchmark
{
    public const string LoadStep = "load + clean (CorpusReader)";
    public const string TokenStep = "tokens + sentences + folding";

    public sealed record Result(Measurement Total, IReadOnlyList<(string Step, TimeSpan Time, long AllocatedBytes)> Steps, IReadOnlyList<string> Summaries, int Articles, int BudgetCollections);

    /// <summary>
    /// Batches live long enough to reach generation 2, where the GC would let dozens of dead ones pile up before
    /// collecting. Once a batch is finished and the managed heap is over this budget, a full collection is forced; the
    /// counting tables hold no references, so it only has the live batches to trace. Counted in the report.
    /// </summary>
    public static long HeapBudgetBytes { get; set; } = 400_000_000;

    private static int s_budgetCollections;

    private static void BatchFinished()
    {
        if (GC.GetTotalMemory(forceFullCollection: false) > HeapBudgetBytes)
        {
            Interlocked.Increment(ref s_budgetCollections);
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        }
    }

    /// <summary>Runs the pipeline on a small slice of the first shard so JIT and one-time table builds are not measured.</summary>
    public static void WarmUp(string shard, IReadOnlyList<IAnalysisStage> stages, string scratchFolder)
    {
        Directory.CreateDirectory(scratchFolder);
        var slice = Path.Combine(scratchFolder, "warm-up.jsonl");
        File.WriteAllLines(slice, File.ReadLines(shard).Take(300));
        for (var pass = 0; pass < 3; pass++)
        {
            Run([slice], stages, threads: 1);
            Thread.Sleep(200); // lets tiered compilation finish the optimised code in the background
        }

        File.Delete(slice);
    }

    public static Result Run(IReadOnlyList<string> shards, IReadOnlyList<IAnalysisStage> stages, int threads)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        s_budgetCollections = 0;
        using var sampler = new PeakMemorySampler();
        var states = stages.Select(s => s.Create()).ToArray();
        var vocabulary = new Vocabulary();
        var stepTicks = new StepTotals(2 + stages.Count);
        long textBytes = 0, tokens = 0;
        var articles = 0;
        void Tally(TokenizedCorpus batch)
        {
            Interlocked.Add(ref textBytes, batch.Articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Article.RawText)));
            Interlocked.Add(ref tokens, batch.Articles.Sum(a => (long)a.Tokens.Length));
            Interlocked.Add(ref articles, batch.Count);
        }

        var meter = new WorkMeter();
        if (threads == 1)
        {
            meter.Run(() => RunSequential(shards, vocabulary, states, stepTicks, Tally));
        }
        else
        {
            meter.Run(() => RunPipeline(shards, vocabulary, threads, states, stepTicks, Tally));
        }

        var stepNames = new[] { LoadStep, TokenStep }.Concat(stages.Select(s => s.Name)).ToArray();
        var steps = stepNames.Select((name, i) => (name, Stopwatch.GetElapsedTime(0, stepTicks.Ticks[i]), stepTicks.Bytes[i])).ToList();
        var total = new Measurement("full analysis", threads, meter.Elapsed, meter.ProcessorTime, textBytes, tokens, meter.AllocatedBytes, sampler.Peak);
        sampler.Dispose();
        return new Result(total, steps, [.. stages.Select((s, i) => $"{s.Name}: {states[i].Summary()}")], articles, s_budgetCollections);
    }

    /// <summary>The baseline: every step of every batch in sequence on the calling thread.</summary>
    private static void RunSequential(IReadOnlyList<string> shards, Vocabulary vocabulary, IStageState[] states, StepTotals stepTicks, Action<TokenizedCorpus> tally)
    {
        foreach (var shard in shards)
        {
            var batch = Prepare(shard, vocabulary, stepTicks);
            for (var s = 0; s < states.Length; s++)
            {
                var start = StepTotals.Start();
                states[s].Add(batch);
                stepTicks.Stop(2 + s, start);
            }

            tally(batch);
            BatchFinished();
        }
    }

    /// <summary>
    /// N threads prepare batches; each stage consumes every batch on its own thread. At most N + 1 batches are alive at
    /// once (a preparing thread waits for a slot before loading the next shard), so memory does not grow with a slow stage.
    /// </summary>
    private static void RunPipeline(IReadOnlyList<string> shards, Vocabulary vocabulary, int threads, IStageState[] states, StepTotals stepTicks, Action<TokenizedCorpus> tally)
    {
        using var slots = new SemaphoreSlim(threads + 1);
        var queues = states.Select(_ => new BlockingCollection<PendingBatch>()).ToArray();
        var consumers = states.Select((state, s) => Task.Factory.StartNew(() =>
        {
            foreach (var pending in queues[s].GetConsumingEnumerable())
            {
                var start = StepTotals.Start();
                state.Add(pending.Batch);
                stepTicks.Stop(2 + s, start);
                if (pending.Done())
                {
                    BatchFinished();
                    slots.Release();
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();

        var next = -1;
        var producers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(() =>
        {
            while (true)
            {
                slots.Wait();
                var index = Interlocked.Increment(ref next);
                if (index >= shards.Count)
                {
                    slots.Release();
                    return;
                }

                var batch = Prepare(shards[index], vocabulary, stepTicks);
                tally(batch);
                var pending = new PendingBatch(batch, states.Length);
                foreach (var queue in queues)
                {
                    queue.Add(pending);
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();

        try
        {
            Task.WaitAll(producers);
        }
        finally
        {
            foreach (var queue in queues)
            {
                queue.CompleteAdding();
            }
        }

        Task.WaitAll(consumers);
    }

    /// <summary>A batch handed to every stage; the last stage to finish it frees its slot.</summary>
    private sealed class PendingBatch(TokenizedCorpus batch, int stages)
    {
        private int _remaining = stages;

        public TokenizedCorpus Batch => batch;

        public bool Done() => Interlocked.Decrement(ref _remaining) == 0;
    }

    private static TokenizedCorpus Prepare(string shard, Vocabulary vocabulary, StepTotals stepTicks)
    {
        var start = StepTotals.Start();
        var corpus = CorpusReader.Read(shard, CorpusReaderOptions.Default);
        if (!corpus.Skipped.IsEmpty)
        {
            throw new InvalidOperationException($"{shard}: {corpus.Skipped.Length} articles skipped, first: {corpus.Skipped[0]}");
        }

        var loaded = stepTicks.Stop(0, start);
        var tokenized = new TokenizedCorpus(corpus, [.. corpus.Articles.Select(a => a.Tokenize(vocabulary))]);
        foreach (var article in tokenized.Articles)
        {
            _ = article.Folded(); // interned once here, shared by every stage
        }

        stepTicks.Stop(1, loaded);
        return tokenized;
    }

    /// <summary>Wall time and bytes allocated (by the measuring thread) per step, summed over batches and threads.</summary>
    private sealed class StepTotals(int steps)
    {
        public long[] Ticks { get; } = new long[steps];

        public long[] Bytes { get; } = new long[steps];

        public static (long Ticks, long Bytes) Start() => (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());

        /// <summary>Adds the time and allocation since <paramref name="start"/>; returns a new start for the next step.</summary>
        public (long Ticks, long Bytes) Stop(int step, (long Ticks, long Bytes) start)
        {
            var now = Start();
            Interlocked.Add(ref Ticks[step], now.Ticks - start.Ticks);
            Interlocked.Add(ref Bytes[step], now.Bytes - start.Bytes);
            return now;
        }
    }
}
