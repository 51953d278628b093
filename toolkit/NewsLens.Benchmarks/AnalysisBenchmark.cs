using NewsLens.Mentions;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Benchmarks;

/// <summary>
/// The full analysis as the toolkit runs it (<see cref="StreamingAnalysis"/>, the code path of <c>newslens analyze</c>
/// without the file writing): word counts and 2-grams on their own stages, the per-article mentions and sentence
/// sentiment on the preparing threads, counts by outlet with keyness (top 25 per outlet, G², Williams) computed when
/// the run ends. Every step is timed, keyness scoring included.
/// </summary>
public static class AnalysisBenchmark
{
    public sealed record Result(Measurement Total, IReadOnlyList<StepMeasure> Steps, IReadOnlyList<string> Summaries, int Articles, int BudgetCollections, GarbageCollections Collections);

    /// <summary>What the garbage collector did during a run: time with every thread paused, and collections per generation.</summary>
    public sealed record GarbageCollections(TimeSpan Paused, int Gen0, int Gen1, int Gen2)
    {
        public static GarbageCollections Now() => new(GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

        public GarbageCollections Since(GarbageCollections start) => new(Paused - start.Paused, Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2);
    }

    /// <summary>
    /// Distinct word pairs (without stop words) per MB of corpus to make room for up front: the generated corpus has
    /// 8.6 million in 200 MB (43,000 a MB; fewer per MB as a corpus grows), so the pair table is sized once instead of
    /// doubling from 1,024 slots fourteen times.
    /// </summary>
    private const int ExpectedPairsPerMegabyte = 45_000;

    public static IReadOnlyList<IAnalysisStage> Stages(long corpusBytes)
    {
        var expectedPairs = (int)Math.Min(int.MaxValue / 2, corpusBytes / 1_000_000 * ExpectedPairsPerMegabyte);
        var (stages, aggregates, _) = CorpusAnalysis.Stages(new CorpusAnalysisOptions(), outFolder: null);
        var keyness = new AnalysisStage<Func<MergeableAggregates>>(
            "keyness by outlet (top 25, G², Williams)",
            () => aggregates,
            (_, _) => { },
            a =>
            {
                var scores = a().Keyness(25, Comparison.KeynessOptions.Default);
                var best = scores.MaxBy(s => s.G2)!;
                return $"{scores.Length:N0} top-25 scores; most key: '{best.Feature}' for {best.Group} (G² {best.G2:F1})";
            });
        return [NGramStage("word counts (1-grams)", 1, null, 0), NGramStage("2-grams (no stop words)", 2, StopWords.English, expectedPairs), .. stages, keyness];
    }

    private static AnalysisStage<NGramCounter> NGramStage(string name, int n, StopWords? stopWords, int expectedDistinct) =>
        new(name, () => new NGramCounter(n, stopWords, expectedDistinct), (c, b) => c.Add(b.Corpus),
            c => $"{c.Total:N0} {n}-grams, {c.Count:N0} distinct; top: {string.Join(", ", c.Top(3).Select(f => $"'{f.Feature}' {f.Frequency:N0}"))}");

    private static ArticleAnalyzer Analyzer() =>
        CorpusAnalysis.DefaultAnalyzer(ActorDictionary.Load(Path.Combine(RepositoryRoot.Path, ActorDictionary.DefaultRelativePath)));

    /// <summary>Runs the pipeline on a small slice of the first shard so JIT and one-time table builds are not measured.</summary>
    public static void WarmUp(string shard, string scratchFolder)
    {
        Directory.CreateDirectory(scratchFolder);
        var slice = Path.Combine(scratchFolder, "warm-up.jsonl");
        File.WriteAllLines(slice, File.ReadLines(shard).Take(300));
        for (var pass = 0; pass < 3; pass++)
        {
            Run([slice], threads: 1);
            Thread.Sleep(200); // lets tiered compilation finish the optimised code in the background
        }

        File.Delete(slice);
    }

    public static Result Run(IReadOnlyList<string> shards, int threads)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var sampler = new PeakMemorySampler();
        var stages = Stages(shards.Sum(s => new FileInfo(s).Length));
        var meter = new WorkMeter();
        var collections = GarbageCollections.Now();
        StreamingResult? run = null;
        // The shards are cut into parts as analyze cuts any corpus (CorpusParts), so the batches are the same.
        IReadOnlyList<CorpusPart> parts = [.. shards.SelectMany(s => CorpusParts.Of(s))];
        meter.Run(() => run = StreamingAnalysis.Run(parts, stages, new StreamingOptions { Threads = threads, Analyzer = Analyzer() }));
        collections = GarbageCollections.Now().Since(collections);
        var allocated = run!.Steps.Sum(s => s.AllocatedBytes);
        var total = new Measurement("full analysis", threads, meter.Elapsed, meter.ProcessorTime, run.TextBytes, run.Tokens, allocated, sampler.Peak);
        return new Result(total, run.Steps, run.Summaries, run.Articles, run.BudgetCollections, collections);
    }
}
