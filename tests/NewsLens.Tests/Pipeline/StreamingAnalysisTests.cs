using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Tests.Pipeline;

public sealed class StreamingAnalysisTests
{
    private static AnalysisStage<List<ArticlePosition>> Recorder(bool ordered) =>
        new("positions", () => [], (list, batch) => list.AddRange(batch.Positions), list => string.Join(";", list.Select(p => $"{p.Part}.{p.Row}")), ordered);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Given_a_folder_of_parts_When_streamed_on_N_threads_Then_an_ordered_stage_sees_every_article_once_in_corpus_order(int threads)
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteParts(folder, parts: 6);

        var result = StreamingAnalysis.Run(corpus, [Recorder(ordered: true)], new StreamingOptions { Threads = threads });

        var expected = Enumerable.Range(0, 6).SelectMany(p => Enumerable.Range(0, 2 * (5 - (p % 5))).Select(r => $"{p}.{r}"));
        Assert.Equal("positions: " + string.Join(";", expected), result.Summaries.Single());
        Assert.Equal(result.Articles, expected.Count());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Given_parts_cut_into_batches_of_one_article_When_streamed_Then_an_ordered_stage_sees_the_same_articles_in_the_same_order(int threads)
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteParts(folder, parts: 4);
        var pieces = new AnalysisStage<List<(int Part, int Piece, bool Last, int Count)>>(
            "pieces", () => [], (list, batch) => list.Add((batch.Index, batch.Piece, batch.LastPiece, batch.Count)), list => $"{list.Count}", Ordered: true);

        var whole = StreamingAnalysis.Run(corpus, [Recorder(ordered: true)], new StreamingOptions { Threads = threads });
        var cut = StreamingAnalysis.Run(corpus, [Recorder(ordered: true), pieces], new StreamingOptions { Threads = threads, BatchChars = 1 });

        Assert.Equal(whole.Summaries.Single(), cut.Summaries[0]);
        Assert.Equal(whole.Articles, cut.Articles);
        Assert.Equal($"pieces: {cut.Articles}", cut.Summaries[1]); // one article a batch
    }

    [Fact]
    public void Given_a_part_with_a_bad_line_cut_into_batches_When_streamed_Then_its_skipped_input_comes_once_with_its_first_batch()
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteParts(folder, parts: 2);
        var part = Directory.EnumerateFiles(corpus).Order(StringComparer.Ordinal).Last();
        File.AppendAllText(part, "{ not json\n");
        var skipped = new AnalysisStage<List<(int Piece, int Skipped, int PartSkipped)>>(
            "skipped", () => [], (list, batch) => list.Add((batch.Piece, batch.Skipped.Length, batch.Corpus.Corpus.Skipped.Length)),
            list => string.Join(";", list.Where(b => b.Skipped > 0 || b.PartSkipped > 0).Select(b => $"{b.Piece}:{b.Skipped}/{b.PartSkipped}")), Ordered: true);

        var result = StreamingAnalysis.Run(corpus, [skipped], new StreamingOptions { Threads = 2, BatchChars = 1 });

        Assert.Equal("skipped: 0:1/1", result.Summaries.Single());
        Assert.Single(result.Skipped);
    }

    [Fact]
    public void Given_one_and_two_threads_When_words_are_counted_Then_the_counts_are_the_same()
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteParts(folder, parts: 4);
        var stage = new AnalysisStage<NGramCounter>("words", () => new NGramCounter(1), (c, b) => c.Add(b.Corpus), c => string.Join(",", c.Top(20).Select(f => $"{f.Feature}={f.Frequency}")));

        var one = StreamingAnalysis.Run(corpus, [stage], new StreamingOptions { Threads = 1 });
        var two = StreamingAnalysis.Run(corpus, [stage], new StreamingOptions { Threads = 2 });

        Assert.Equal(one.Summaries.Single().Split(","), two.Summaries.Single().Split(","));
        Assert.Equal(one.Tokens, two.Tokens);
    }

    [Fact]
    public void Given_shards_When_each_is_streamed_Then_together_they_keep_every_article_exactly_once()
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteParts(folder, parts: 3);
        var all = StreamingAnalysis.Run(corpus, [Recorder(ordered: false)], new StreamingOptions { Threads = 2 }).Articles;

        var shards = Enumerable.Range(1, 4).Select(k => StreamingAnalysis.Run(corpus, [Recorder(ordered: false)], new StreamingOptions { Threads = 2, Shard = new Shard(k, 4) }).Articles).ToList();

        Assert.Equal(all, shards.Sum());
        Assert.All(shards, n => Assert.InRange(n, 1, all - 1));
    }

    [Fact]
    public void Given_stages_When_the_run_ends_Then_every_step_is_reported_with_time_and_non_negative_allocation()
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteParts(folder, parts: 2);
        var actors = NewsLens.Mentions.ActorDictionary.Load(Path.Combine(TestCorpora.RepositoryRoot, NewsLens.Mentions.ActorDictionary.DefaultRelativePath));

        var result = StreamingAnalysis.Run(corpus, [Recorder(ordered: false)], new StreamingOptions { Threads = 2, Analyzer = CorpusAnalysis.DefaultAnalyzer(actors) });

        Assert.Equal([StreamingAnalysis.LoadStep, StreamingAnalysis.TokenStep, StreamingAnalysis.ArticleStep, "positions"], result.Steps.Select(s => s.Step));
        Assert.All(result.Steps, s => Assert.True(s.AllocatedBytes >= 0 && s.Time >= TimeSpan.Zero));
    }

    [Fact]
    public void Given_a_stage_that_fails_When_streamed_on_two_threads_Then_the_run_ends_and_rethrows_the_stage_error()
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteParts(folder, parts: 8);
        var failing = new AnalysisStage<int>("fails", () => 0, (_, b) => throw new InvalidOperationException($"stage broke at part {b.Index}"), _ => "");

        var error = Assert.Throws<InvalidOperationException>(() => StreamingAnalysis.Run(corpus, [failing], new StreamingOptions { Threads = 2 }));

        Assert.StartsWith("stage broke", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Given_a_stage_that_reads_another_when_it_finishes_When_streamed_Then_it_sees_every_batch_of_the_other(int threads)
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteParts(folder, parts: 6);
        List<ArticlePosition>? seen = null;
        var slow = new AnalysisStage<List<ArticlePosition>>("slow", () => seen = [], (list, batch) =>
        {
            Thread.Sleep(20);
            list.AddRange(batch.Positions);
        }, list => $"{list.Count}");
        var reader = new AnalysisStage<int>("reader", () => 0, (_, _) => { }, _ => $"{seen!.Count}");

        var result = StreamingAnalysis.Run(corpus, [reader, slow], new StreamingOptions { Threads = threads });

        Assert.Equal<string>([$"reader: {result.Articles}", $"slow: {result.Articles}"], [.. result.Summaries]);
    }

    [Fact]
    public void Given_stages_that_finish_slowly_When_streamed_on_two_threads_Then_they_finish_at_once_each_on_its_thread()
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteParts(folder, parts: 2);
        using var bothFinishing = new CountdownEvent(2);
        AnalysisStage<int> Waiting(string name) => new(name, () => 0, (_, _) => { }, _ =>
        {
            bothFinishing.Signal();
            return bothFinishing.Wait(TimeSpan.FromSeconds(30)) ? "together" : "alone";
        });

        var result = StreamingAnalysis.Run(corpus, [Waiting("a"), Waiting("b")], new StreamingOptions { Threads = 2 });

        Assert.Equal<string>(["a: together", "b: together"], [.. result.Summaries]);
    }

    [Fact]
    public void Given_a_stage_that_fails_to_finish_When_streamed_on_two_threads_Then_the_run_rethrows_the_error()
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteParts(folder, parts: 3);
        var failing = new AnalysisStage<int>("fails", () => 0, (_, _) => { }, _ => throw new InvalidOperationException("could not finish"));

        var error = Assert.Throws<InvalidOperationException>(() => StreamingAnalysis.Run(corpus, [Recorder(ordered: false), failing], new StreamingOptions { Threads = 2 }));

        Assert.Equal("could not finish", error.Message);
    }

    [Theory]
    [InlineData(0L, 1_000_000_000_000L, 6)] // no headroom: after every batch over the budget
    [InlineData(1_000_000_000_000L, 1_000_000_000_000L, 0)] // room to grow, under the ceiling: never
    [InlineData(1_000_000_000_000L, 1L, 6)] // past the ceiling: after every batch, headroom or not
    public void Given_a_heap_over_its_budget_When_batches_finish_Then_a_collection_is_forced_only_past_the_headroom_or_the_ceiling(long headroom, long ceiling, int forced)
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteParts(folder, parts: 6);

        var result = StreamingAnalysis.Run(corpus, [Recorder(ordered: false)], new StreamingOptions { Threads = 1, HeapBudgetBytes = 1, HeapHeadroomBytes = headroom, HeapCeilingBytes = ceiling });

        Assert.Equal(forced, result.BudgetCollections);
    }
}
