using System.Collections.Concurrent;
using System.Diagnostics;
using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Benchmarks;

/// <summary>
/// One analysis stage run over tokenised batches. Each worker fills its own per-batch state (from <see cref="Create"/>),
/// which is merged into the run's total after every batch and cleared. A new analysis is measured by adding one line to <see cref="AnalysisStages.All"/>.
/// </summary>
public interface IAnalysisStage
{
    string Name { get; }

    IStageState Create();
}

public interface IStageState
{
    void Add(TokenizedCorpus batch);

    void Merge(IStageState other);

    /// <summary>Empties the state for the next batch (after it was merged into the run's total).</summary>
    void Clear();

    /// <summary>One line saying what the stage found (so the run shows it did real work).</summary>
    string Summary();
}

public sealed record AnalysisStage<TState>(
    string Name, Func<TState> Create, Action<TState, TokenizedCorpus> Add, Action<TState, TState> Merge, Action<TState> Clear, Func<TState, string> Summary)
    : IAnalysisStage
{
    IStageState IAnalysisStage.Create() => new State(this, Create());

    private sealed class State(AnalysisStage<TState> stage, TState value) : IStageState
    {
        public void Add(TokenizedCorpus batch) => stage.Add(value, batch);

        public void Merge(IStageState other) => stage.Merge(value, ((State)other).Value);

        public string Summary() => stage.Summary(value);

        public void Clear() => stage.Clear(value);

        private TState Value => value;
    }
}

public static class AnalysisStages
{
    /// <summary>The stages after load, clean, tokens and sentences, in order.</summary>
    public static IReadOnlyList<IAnalysisStage> All { get; } =
    [
        new AnalysisStage<FoldedTokens>("folded tokens", () => new(), (s, b) => s.Add(b), (s, o) => s.Merge(o), s => s.Clear(), s => $"{s.Tokens:N0} tokens folded"),
        NGramStage("word counts (1-grams)", 1, null),
        NGramStage("2-grams (no stop words)", 2, StopWords.English),
        // Add stages here as they land, e.g.:
        // new AnalysisStage<MentionCounts>("mentions", () => new(...), (s, b) => s.Add(b), (s, o) => s.Merge(o), s => s.Clear(), s => ...),
    ];

    /// <summary>Analyses other helpers are building; listed in the report as not yet measured.</summary>
    public static IReadOnlyList<string> NotYetMeasured { get; } = ["mentions", "sentiment", "keyness"];

    private static AnalysisStage<NGramCounter> NGramStage(string name, int n, StopWords? stopWords) =>
        new(name, () => new NGramCounter(n, stopWords), (c, b) => c.Add(b), (c, o) => c.Merge(o), c => c.Clear(),
            c => $"{c.Total:N0} {n}-grams, {c.Count:N0} distinct; top: {string.Join(", ", c.ToFrequencies().Take(3).Select(f => $"'{f.Feature}' {f.Frequency:N0}"))}");

    /// <summary>Computes each article's folded tokens (cached on the article for every later stage).</summary>
    public sealed class FoldedTokens
    {
        public long Tokens { get; private set; }

        public void Add(TokenizedCorpus batch)
        {
            foreach (var article in batch.Articles)
            {
                Tokens += article.Folded().Length;
            }
        }

        public void Merge(FoldedTokens other) => Tokens += other.Tokens;

        public void Clear() => Tokens = 0;
    }
}

/// <summary>
/// The full pipeline, streaming: each worker takes the next shard, loads it with <see cref="CorpusReader"/> (decode,
/// NFC, clean), tokenises it and splits sentences, runs every stage into its own per-batch state, merges that into
/// the run's single total (under a lock, while the other workers go on) and drops the batch. With N threads, N
/// shards and N per-batch states are in memory at once, but only one total.
/// </summary>
public static class AnalysisBenchmark
{
    public const string LoadStep = "load + clean (CorpusReader)";
    public const string TokenStep = "tokens + sentences";
    public const string MergeStep = "merge batch results into the total";

    public sealed record Result(Measurement Total, IReadOnlyList<(string Step, TimeSpan Time)> Steps, IReadOnlyList<string> Summaries, int Articles);

    /// <summary>Runs the pipeline once on a small slice of the first shard so JIT and one-time table builds are not measured.</summary>
    public static void WarmUp(string shard, IReadOnlyList<IAnalysisStage> stages, string scratchFolder)
    {
        Directory.CreateDirectory(scratchFolder);
        var slice = Path.Combine(scratchFolder, "warm-up.jsonl");
        File.WriteAllLines(slice, File.ReadLines(shard).Take(300));
        var totals = stages.Select(s => s.Create()).ToArray();
        for (var pass = 0; pass < 3; pass++)
        {
            new Worker(stages, totals).Process(slice);
            Thread.Sleep(200); // lets tiered compilation finish the optimised code in the background
        }

        File.Delete(slice);
    }

    public static Result Run(IReadOnlyList<string> shards, IReadOnlyList<IAnalysisStage> stages, int threads)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var sampler = new PeakMemorySampler();
        var stepNames = new[] { LoadStep, TokenStep }.Concat(stages.Select(s => s.Name)).Append(MergeStep).ToArray();
        var totals = stages.Select(s => s.Create()).ToArray();
        var workers = Enumerable.Range(0, threads).Select(_ => new Worker(stages, totals)).ToArray();
        var next = -1;
        long textBytes = 0, tokens = 0;
        var articles = 0;
        var meter = new WorkMeter();
        meter.Run(() =>
        {
            var threadsRun = workers.Select(worker => new Thread(() =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < shards.Count)
                {
                    var (bytes, tokenCount, articleCount) = worker.Process(shards[index]);
                    Interlocked.Add(ref textBytes, bytes);
                    Interlocked.Add(ref tokens, tokenCount);
                    Interlocked.Add(ref articles, articleCount);
                }
            })).ToList();
            threadsRun.ForEach(t => t.Start());
            threadsRun.ForEach(t => t.Join());
        });

        var steps = stepNames.Select((name, i) => (name, Stopwatch.GetElapsedTime(0, workers.Sum(w => w.StepTicks[i])))).ToList();
        var total = new Measurement("full analysis", threads, meter.Elapsed, meter.ProcessorTime, textBytes, tokens, meter.AllocatedBytes, sampler.Peak);
        return new Result(total, steps, [.. stages.Select((s, i) => $"{s.Name}: {totals[i].Summary()}")], articles);
    }

    private sealed class Worker(IReadOnlyList<IAnalysisStage> stages, IStageState[] totals)
    {
        private static readonly CorpusReaderOptions ReaderOptions = CorpusReaderOptions.Default;

        public IStageState[] States { get; } = [.. stages.Select(s => s.Create())];

        /// <summary>Time spent in each step by this worker (summed over workers, so it is CPU-ish time, not wall time).</summary>
        public long[] StepTicks { get; } = new long[stages.Count + 3];

        public (long Bytes, long Tokens, int Articles) Process(string shard)
        {
            var start = Stopwatch.GetTimestamp();
            var corpus = CorpusReader.Read(shard, ReaderOptions);
            Lap(0, ref start);
            if (!corpus.Skipped.IsEmpty)
            {
                throw new InvalidOperationException($"{shard}: {corpus.Skipped.Length} articles skipped, first: {corpus.Skipped[0]}");
            }

            var tokenized = new TokenizedCorpus(corpus, [.. corpus.Articles.Select(a => a.Tokenize())]);
            Lap(1, ref start);
            for (var s = 0; s < States.Length; s++)
            {
                States[s].Add(tokenized);
                Lap(2 + s, ref start);
            }

            lock (totals)
            {
                for (var s = 0; s < States.Length; s++)
                {
                    totals[s].Merge(States[s]);
                    States[s].Clear();
                }
            }

            Lap(2 + States.Length, ref start);

            long bytes = 0, tokens = 0;
            foreach (var article in tokenized.Articles)
            {
                bytes += System.Text.Encoding.UTF8.GetByteCount(article.Article.RawText);
                tokens += article.Tokens.Length;
            }

            return (bytes, tokens, tokenized.Count);
        }

        private void Lap(int step, ref long start)
        {
            var now = Stopwatch.GetTimestamp();
            StepTicks[step] += now - start;
            start = now;
        }
    }
}
