using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Pipeline;

/// <summary>How a streaming run reads and analyses a corpus.</summary>
public sealed record StreamingOptions
{
    public static StreamingOptions Default { get; } = new();

    /// <summary>Threads preparing batches (read, clean, tokenise, per-article analysis); each stage has its own thread on top.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    public CorpusReaderOptions Reader { get; init; } = CorpusReaderOptions.Default;

    public Shard Shard { get; init; } = Shard.All;

    /// <summary>About how many bytes of a large JSON Lines or CSV file are read (and cleaned) as one part (see <see cref="CorpusParts"/>).</summary>
    public int PartBytes { get; init; } = CorpusParts.DefaultPartBytes;

    /// <summary>
    /// A part is read and cleaned whole (boilerplate and duplicates are found within it), then tokenised, analysed and
    /// handed to the stages in batches of about this many characters of text, each freed as soon as every stage has
    /// taken it. Small batches die young instead of being copied into the collector's older generations: on 200 MB, 2
    /// cores, 1 M characters against whole 4 MiB parts took analyze's peak from 626-633 to 541-550 MiB and its
    /// collection pauses from 1.75-1.88 to 1.39-1.46 s.
    /// </summary>
    public int BatchChars { get; init; } = 1 << 20;

    /// <summary>The per-article (map) analysis, run on the preparing threads; null leaves <see cref="AnalysisBatch.Findings"/> empty.</summary>
    public ArticleAnalyzer? Analyzer { get; init; }

    /// <summary>
    /// Any other per-batch (map) work, run on the preparing threads after <see cref="Analyzer"/>; what it returns rides
    /// with the batch as <see cref="AnalysisBatch.Mapped"/> (for example a command's sentence scores).
    /// </summary>
    public Func<AnalysisBatch, object?>? Map { get; init; }

    /// <summary>Told after every batch how many parts, bytes and articles are done (see <see cref="ProgressReporter"/>).</summary>
    public IProgress<StreamingProgress>? Progress { get; init; }

    /// <summary>
    /// Batches live long enough to reach GC generation 2, where dozens of dead ones could pile up before a collection.
    /// Once a batch is finished and the managed heap is over this budget, a full collection is forced; the count tables
    /// hold few references, so it only has the live batches to trace. See <see cref="HeapHeadroomBytes"/> for how often.
    /// </summary>
    public long HeapBudgetBytes { get; init; } = 400_000_000;

    /// <summary>
    /// How far the heap may grow past what the last forced collection left alive before the next one, up to
    /// <see cref="HeapCeilingBytes"/>. When the counts alone are near the budget (a 200 MB corpus's 2-gram table is
    /// 268 MB), collecting whenever the heap is over the budget meant a full collection after every batch, each
    /// freeing only that batch (50 of them, 2.1 s of paused threads in a 10 s run).
    /// </summary>
    public long HeapHeadroomBytes { get; init; } = 120_000_000;

    /// <summary>Past this, a collection is forced after every batch whatever the headroom, so a run that keeps much alive still stays bounded.</summary>
    public long HeapCeilingBytes { get; init; } = 600_000_000;
}

/// <summary>How far a run is: parts and bytes (on disk) done out of the total, and the articles analysed so far.</summary>
public readonly record struct StreamingProgress(int PartsDone, int Parts, long BytesDone, long Bytes, long Articles);

/// <summary>Time and bytes allocated (by the measuring threads) in one step, summed over batches and threads.</summary>
public sealed record StepMeasure(string Step, TimeSpan Time, long AllocatedBytes);

public sealed record StreamingResult(
    ImmutableArray<string> Summaries,
    ImmutableArray<StepMeasure> Steps,
    int Articles,
    long TextBytes,
    long Tokens,
    ImmutableArray<SkippedInput> Skipped,
    ImmutableArray<LoadWarning> Warnings,
    int BudgetCollections);

/// <summary>
/// The streaming analysis shared by the CLI, the notebooks and the benchmark. N preparing threads each take the next
/// part of the corpus (<see cref="CorpusParts"/>), read and clean it with <see cref="CorpusReader"/>, tokenise it, split
/// sentences, fold tokens into one shared <see cref="Vocabulary"/> and run the per-article analysis; each finished batch
/// goes to every stage's queue; at most N + 1 batches are alive, so preparation waits for slow stages instead of piling
/// batches up. Each stage adds batches on its own thread into one state, so nothing has to be merged and memory holds the
/// stages' counts plus a few batches, whatever the corpus size. With one thread everything runs in sequence.
/// </summary>
public static class StreamingAnalysis
{
    public const string LoadStep = "load + clean (CorpusReader)";
    public const string TokenStep = "tokens + sentences + folding";
    public const string ArticleStep = "per-article mentions + sentence sentiment";

    public static StreamingResult Run(string corpusPath, IReadOnlyList<IAnalysisStage> stages, StreamingOptions? options = null) =>
        Run(CorpusParts.Of(corpusPath, (options ?? StreamingOptions.Default).PartBytes), stages, options);

    /// <summary>Each path (a file or folder) is one part, read whole.</summary>
    public static StreamingResult Run(IReadOnlyList<string> parts, IReadOnlyList<IAnalysisStage> stages, StreamingOptions? options = null) =>
        Run([.. parts.Select(p => new CorpusPart(p))], stages, options);

    public static StreamingResult Run(IReadOnlyList<CorpusPart> parts, IReadOnlyList<IAnalysisStage> stages, StreamingOptions? options = null)
    {
        options ??= StreamingOptions.Default;
        var run = new RunState(parts, stages, options);
        try
        {
            if (options.Threads <= 1)
            {
                run.Sequential();
            }
            else
            {
                run.Pipelined();
            }
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return run.Finish();
    }

    private sealed class RunState
    {
        private readonly IReadOnlyList<CorpusPart> _parts;
        private readonly IReadOnlyList<IAnalysisStage> _stages;
        private readonly StreamingOptions _options;
        private readonly IStageState[] _states;

        /// <summary>What each stage's <see cref="IStageState.Finish"/> said, when it already ran on the stage's thread.</summary>
        private readonly string?[] _summaries;
        private readonly Vocabulary _vocabulary = new();
        private readonly long[] _ticks;
        private readonly long[] _bytes;
        private readonly ConcurrentBag<(int Index, ImmutableArray<SkippedInput> Skipped, ImmutableArray<LoadWarning> Warnings)> _problems = [];
        private readonly long _totalBytes;
        private long _textBytes;
        private long _tokens;
        private long _bytesDone;
        private int _articles;
        private int _partsDone;
        private int _budgetCollections;

        /// <summary>The managed heap just after the last forced collection (0 before the first).</summary>
        private long _liveAfterCollection;
        private Exception? _stageFailure;
        private volatile bool _aborted;

        public RunState(IReadOnlyList<CorpusPart> parts, IReadOnlyList<IAnalysisStage> stages, StreamingOptions options)
        {
            _parts = parts;
            _stages = stages;
            _options = options;
            _states = [.. stages.Select(s => s.Create())];
            _summaries = new string?[stages.Count];
            _ticks = new long[3 + stages.Count];
            _bytes = new long[3 + stages.Count];
            _totalBytes = options.Progress is null ? 0 : parts.Sum(p => p.Bytes);
        }

        public void Sequential()
        {
            for (var i = 0; i < _parts.Count; i++)
            {
                foreach (var batch in Prepare(i))
                {
                    for (var s = 0; s < _states.Length; s++)
                    {
                        var start = Start();
                        _states[s].Add(batch);
                        Stop(3 + s, start);
                    }
                }

                PartFinished(i);
            }
        }

        /// <summary>
        /// N threads prepare batches; each stage consumes every batch on its own thread. A preparing thread takes a slot
        /// before it claims the next part, so every batch an ordered stage waits for already holds a slot and is coming.
        /// </summary>
        public void Pipelined()
        {
            var threads = _options.Threads;
            using var slots = new SemaphoreSlim(threads + 1);
            var queues = _states.Select(_ => new BlockingCollection<PendingBatch>()).ToArray();
            using var drained = new CountdownEvent(_states.Length);
            var consumers = _states.Select((state, s) => Task.Factory.StartNew(
                () =>
                {
                    Consume(state, s, queues[s], _stages[s].Ordered, slots);
                    FinishAfterAll(state, s, drained);
                },
                TaskCreationOptions.LongRunning)).ToArray();

            var next = -1;
            var producers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(() =>
            {
                while (true)
                {
                    slots.Wait();
                    var index = Interlocked.Increment(ref next);
                    if (index >= _parts.Count)
                    {
                        slots.Release();
                        return;
                    }

                    var part = new PendingPart(() =>
                    {
                        PartFinished(index);
                        slots.Release();
                    });
                    foreach (var batch in Prepare(index))
                    {
                        part.Expect(_states.Length);
                        var pending = new PendingBatch(batch, part);
                        foreach (var queue in queues)
                        {
                            queue.Add(pending);
                        }
                    }

                    part.Done(); // every batch of the part is handed over
                }
            }, TaskCreationOptions.LongRunning)).ToArray();

            var prepared = false;
            try
            {
                Task.WaitAll(producers);
                prepared = true;
            }
            finally
            {
                _aborted = !prepared; // a failed preparation ends the run: no stage finishes
                foreach (var queue in queues)
                {
                    queue.CompleteAdding();
                }

                if (!prepared)
                {
                    Task.WaitAll(consumers); // they never throw; wait so none outlives the run
                }
            }

            Task.WaitAll(consumers);
            if (_stageFailure is { } failure)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            }
        }

        public StreamingResult Finish()
        {
            var summaries = ImmutableArray.CreateBuilder<string>(_states.Length);
            for (var s = 0; s < _states.Length; s++)
            {
                if (_summaries[s] is null)
                {
                    var start = Start();
                    _summaries[s] = _states[s].Finish();
                    Stop(3 + s, start);
                }

                summaries.Add($"{_stages[s].Name}: {_summaries[s]}");
            }

            var names = new[] { LoadStep, TokenStep, ArticleStep }.Concat(_stages.Select(s => s.Name)).ToArray();
            var steps = names.Select((name, i) => new StepMeasure(name, Stopwatch.GetElapsedTime(0, _ticks[i]), _bytes[i]))
                .Where((_, i) => i != 2 || _options.Analyzer is not null || _options.Map is not null);
            var problems = _problems.OrderBy(p => p.Index).ToList();
            return new StreamingResult(
                summaries.MoveToImmutable(),
                [.. steps],
                _articles,
                _textBytes,
                _tokens,
                [.. problems.SelectMany(p => p.Skipped)],
                [.. problems.SelectMany(p => p.Warnings)],
                _budgetCollections);
        }

        private void Consume(IStageState state, int s, BlockingCollection<PendingBatch> queue, bool ordered, SemaphoreSlim slots)
        {
            var waiting = new SortedDictionary<(int Part, int Piece), PendingBatch>();
            var expected = (Part: 0, Piece: 0);
            foreach (var arrived in queue.GetConsumingEnumerable())
            {
                waiting[(arrived.Batch.Index, arrived.Batch.Piece)] = arrived;
                while (waiting.Count > 0)
                {
                    var first = waiting.First();
                    if (ordered && first.Key != expected)
                    {
                        break;
                    }

                    waiting.Remove(first.Key);
                    expected = first.Value.Batch.LastPiece ? (first.Key.Part + 1, 0) : (first.Key.Part, first.Key.Piece + 1);
                    var start = Start();
                    try
                    {
                        // After a failure the stage keeps taking batches (and freeing their slots) so preparation never waits forever.
                        if (Volatile.Read(ref _stageFailure) is null)
                        {
                            state.Add(first.Value.Batch);
                        }
                    }
                    catch (Exception e)
                    {
                        Interlocked.CompareExchange(ref _stageFailure, e, null);
                    }

                    Stop(3 + s, start);
                    first.Value.Part.Done();
                }
            }
        }

        /// <summary>
        /// Once every stage has seen every batch, each stage finishes on its own thread, at the same time as the others
        /// (a stage may read another's counts when it finishes, never while they are still being added to). After a
        /// failure nothing is finished here; the failure is thrown instead.
        /// </summary>
        private void FinishAfterAll(IStageState state, int s, CountdownEvent drained)
        {
            drained.Signal();
            drained.Wait();
            if (_aborted || Volatile.Read(ref _stageFailure) is not null)
            {
                return;
            }

            var start = Start();
            try
            {
                _summaries[s] = state.Finish();
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _stageFailure, e, null);
            }

            Stop(3 + s, start);
        }

        /// <summary>Reads and cleans part <paramref name="index"/> whole, then yields it in batches of about <see cref="StreamingOptions.BatchChars"/>, each tokenised and analysed when asked for.</summary>
        private IEnumerable<AnalysisBatch> Prepare(int index)
        {
            var part = _parts[index];
            var start = Start();
            var corpus = part.Read(_options.Reader);
            Stop(0, start);
            if (!corpus.Skipped.IsEmpty || !corpus.Warnings.IsEmpty)
            {
                _problems.Add((index, corpus.Skipped, corpus.Warnings));
            }

            var row = 0;
            for (var piece = 0; piece == 0 || row < corpus.Count; piece++)
            {
                var begun = Start();
                var kept = ImmutableArray.CreateBuilder<TokenizedArticle>();
                var positions = ImmutableArray.CreateBuilder<ArticlePosition>();
                long chars = 0;
                for (; row < corpus.Count && chars < _options.BatchChars; row++)
                {
                    var position = new ArticlePosition(index, row);
                    if (!_options.Shard.Keeps(position))
                    {
                        continue;
                    }

                    var article = corpus.Articles[row].Tokenize(_vocabulary);
                    _ = article.FoldedIds(); // interned once here, shared by every stage (the words are the vocabulary's)
                    chars += article.Article.RawText.Length;
                    kept.Add(article);
                    positions.Add(position);
                }

                // The part's skipped inputs and warnings ride with its first batch only, so each is counted once.
                var last = row >= corpus.Count;
                var articles = kept.ToImmutable();
                ImmutableArray<Article> raw = [.. articles.Select(a => a.Article)];
                var pieceCorpus = piece == 0 ? corpus with { Articles = raw } : new Corpus(raw, [], []);
                var tokenized = new TokenizedCorpus(pieceCorpus, articles);
                var folded = Stop(1, begun);
                var findings = ImmutableArray<ArticleFindings>.Empty;
                if (_options.Analyzer is { } analyzer)
                {
                    var builder = ImmutableArray.CreateBuilder<ArticleFindings>(tokenized.Count);
                    foreach (var article in tokenized.Articles)
                    {
                        builder.Add(analyzer.Analyze(article));
                    }

                    findings = builder.MoveToImmutable();
                    Stop(2, folded);
                }

                Interlocked.Add(ref _textBytes, tokenized.Articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Article.RawText)));
                Interlocked.Add(ref _tokens, tokenized.Articles.Sum(a => (long)a.Tokens.Length));
                Interlocked.Add(ref _articles, tokenized.Count);
                var batch = new AnalysisBatch(index, tokenized, positions.ToImmutable(), findings, pieceCorpus.Skipped, pieceCorpus.Warnings)
                {
                    Piece = piece,
                    LastPiece = last,
                };
                if (_options.Map is { } map)
                {
                    var mapStart = Start();
                    batch = batch with { Mapped = map(batch) };
                    Stop(2, mapStart);
                }

                yield return batch;
            }
        }

        private void PartFinished(int index)
        {
            if (_options.Progress is { } progress)
            {
                var bytes = Interlocked.Add(ref _bytesDone, _parts[index].Bytes);
                progress.Report(new StreamingProgress(Interlocked.Increment(ref _partsDone), _parts.Count, bytes, _totalBytes, Volatile.Read(ref _articles)));
            }

            var trigger = Math.Max(_options.HeapBudgetBytes, Math.Min(Volatile.Read(ref _liveAfterCollection) + _options.HeapHeadroomBytes, _options.HeapCeilingBytes));
            if (GC.GetTotalMemory(forceFullCollection: false) > trigger)
            {
                Interlocked.Increment(ref _budgetCollections);
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
                Volatile.Write(ref _liveAfterCollection, GC.GetTotalMemory(forceFullCollection: false));
            }
        }

        private static (long Ticks, long Bytes) Start() => (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());

        /// <summary>Adds the time and allocation since <paramref name="start"/> to a step; returns a new start for the next step.</summary>
        private (long Ticks, long Bytes) Stop(int step, (long Ticks, long Bytes) start)
        {
            var now = Start();
            Interlocked.Add(ref _ticks[step], now.Ticks - start.Ticks);
            Interlocked.Add(ref _bytes[step], now.Bytes - start.Bytes);
            return now;
        }
    }

    /// <summary>
    /// A part's batches still owed to the stages. It starts with one hold (released once every batch of the part has been
    /// handed over), so the part cannot finish while its batches are still being prepared; the last release frees its slot.
    /// </summary>
    private sealed class PendingPart(Action finished)
    {
        private int _remaining = 1;

        public void Expect(int deliveries) => Interlocked.Add(ref _remaining, deliveries);

        public void Done()
        {
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                finished();
            }
        }
    }

    /// <summary>A batch handed to every stage, and the part it belongs to.</summary>
    private sealed record PendingBatch(AnalysisBatch Batch, PendingPart Part);
}
