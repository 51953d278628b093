using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsLens.Corpora;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>
/// `newslens analyze PATH --out DIR [--shard K/N] [--by VARIABLE] [--top N]`: the streaming analysis of a corpus written as
/// Parquet and CSV tables (articles, mentions, sentences, group aggregates, keyness) with a manifest.
/// </summary>
public static class AnalyzeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CorpusArguments.Create();
        var outFolder = new Option<string>("--out") { Description = "Folder for the tables (created; files in it are replaced).", Required = true, HelpName = "DIR" };
        var shard = new Option<string?>("--shard")
        {
            HelpName = "K/N",
            Description = "Analyse only shard K of N (articles dealt by position); run every K and `newslens merge` the folders.",
        };
        var by = new Option<string>("--by")
        {
            Description = "Group aggregates and keyness by: outlet, month, week, date, corpus, or any document variable.",
            DefaultValueFactory = _ => DocumentVariables.Outlet,
        };
        var top = new Option<int>("--top") { Description = "Over-used words kept per group in keyness.", DefaultValueFactory = _ => 25 };
        var actors = new Option<string?>("--actors") { Description = "Actor dictionary (JSON). Default: the story's." };
        var story = StoryOption.Create();
        var threads = new Option<int>("--threads") { Description = "Preparing threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var partBytes = new Option<int>("--part-bytes")
        {
            HelpName = "BYTES",
            Description = "A JSON Lines or CSV file larger than this is read in ranges of whole lines of about this size, one batch each (default 4 MiB).",
            DefaultValueFactory = _ => CorpusParts.DefaultPartBytes,
        };
        var quiet = ProgressOptions.Quiet();
        var timings = new Option<bool>("--timings") { Description = "Print the time and allocation of every step on stderr at the end." };
        var command = new Command("analyze", "Analyse a corpus by streaming it (bounded memory) and write every result as Parquet + CSV: articles, mentions, sentences with sentiment and stance, group totals, word counts and keyness per group.")
        {
            outFolder, shard, by, top, actors, story, threads, partBytes, quiet, timings,
        };
        input.AddTo(command);
        command.SetAction(result =>
        {
            var corpusPath = result.GetValue(input.Path) ?? RepositoryPaths.Seeds;
            var folder = result.GetValue(outFolder)!;
            RefuseInside(folder, corpusPath);
            var slice = Shard.All;
            if (result.GetValue(shard) is { } text)
            {
                try
                {
                    slice = Shard.Parse(text);
                }
                catch (FormatException e)
                {
                    throw new CliException($"--shard: {e.Message}");
                }
            }

            if (result.GetValue(top) < 0 || result.GetValue(threads) < 1 || result.GetValue(partBytes) < 1)
            {
                throw new CliException("--top must be 0 or more, --threads and --part-bytes 1 or more.");
            }

            var options = new CorpusAnalysisOptions { By = result.GetValue(by) ?? DocumentVariables.Outlet, Top = result.GetValue(top) };
            var (dictionary, usedStory) = ActorsOf(result.GetValue(actors), result.GetValue(story), input, result, error);
            var analyzer = CorpusAnalysis.DefaultAnalyzer(dictionary, StanceAnalyzer(usedStory, dictionary));
            var (stages, aggregates, rowsWritten) = CorpusAnalysis.Stages(options, folder);
            var progress = ProgressOptions.Reporter(result.GetValue(quiet), error, "analyze");
            var clock = Stopwatch.StartNew();
            StreamingResult run;
            (TimeSpan Time, long AllocatedBytes) aggregateTables;
            try
            {
                Directory.CreateDirectory(folder);
                var storySetting = usedStory switch
                {
                    null => "",
                    { IsDrafted: true } => Path.GetFileName(usedStory.WriteDrafted(folder)),
                    _ => Path.GetFullPath(usedStory.Source),
                };
                run = StreamingAnalysis.Run(corpusPath, stages, new StreamingOptions
                {
                    Threads = result.GetValue(threads),
                    Reader = input.ReaderOptions(result),
                    Shard = slice,
                    PartBytes = result.GetValue(partBytes),
                    Analyzer = analyzer,
                    Progress = progress,
                });
                var writing = Stopwatch.StartNew();
                var writingAllocated = GC.GetAllocatedBytesForCurrentThread();
                CorpusAnalysis.WriteAggregates(folder, aggregates(), options, new Dictionary<string, string>
                {
                    ["by"] = options.By,
                    ["top"] = options.Top.ToString(CultureInfo.InvariantCulture),
                    ["shard"] = slice.ToString(),
                    [CorpusAnalysis.StorySetting] = storySetting,
                }, rowsWritten());
                aggregateTables = (writing.Elapsed, GC.GetAllocatedBytesForCurrentThread() - writingAllocated);
            }
            catch (CorpusException e)
            {
                throw new CliException(e.Message);
            }
            finally
            {
                progress?.Complete();
            }

            if (result.GetValue(timings))
            {
                foreach (var step in run.Steps)
                {
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step.Step}: {step.Time.TotalSeconds:F2} s, {step.AllocatedBytes / 1e6:F0} MB allocated"));
                }

                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  aggregate tables and keyness (after the stream, CSV + Parquet): {aggregateTables.Time.TotalSeconds:F2} s, {aggregateTables.AllocatedBytes / 1e6:F0} MB allocated"));
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  garbage collection (whole process): {GC.GetTotalPauseDuration().TotalSeconds:F2} s paused, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections of generations 0/1/2, {run.BudgetCollections} forced by the heap budget"));
            }

            foreach (var skipped in run.Skipped)
            {
                error.WriteLine($"skipped {skipped.Source}: {skipped.Reason}");
            }

            if (run.Articles == 0)
            {
                throw new CliException($"{corpusPath}: no articles were analysed (shard {slice}).");
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Analysed {run.Articles:N0} articles ({run.TextBytes / 1e6:N1} MB of text, shard {slice}) in {clock.Elapsed.TotalSeconds:N1} s; {run.Skipped.Length} skipped, {run.Warnings.Length} warnings."));
            foreach (var summary in run.Summaries)
            {
                output.WriteLine($"  {summary}");
            }

            output.WriteLine($"Tables (CSV + Parquet) and {CorpusAnalysis.ManifestName} in {folder}");
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Stance as `newslens sentiment` measures it: toward the story's process with the story's stance lexicon (else the
    /// bundled one); without a story (--actors given), toward the stance lexicon's target words.
    /// </summary>
    internal static NewsLens.Sentiment.SentimentAnalyzer StanceAnalyzer(NewsLens.Stories.Story? story, NewsLens.Mentions.ActorDictionary actors)
    {
        var lexicon = SentimentCommand.LoadStanceLexicon(story?.StanceLexiconPath) ?? NewsLens.Sentiment.StanceLexicon.Default;
        return new NewsLens.Sentiment.SentimentAnalyzer(stance: lexicon, process: story?.Process, actors: actors);
    }

    /// <summary>
    /// The actors a run counts and the story they come from: --actors (no story), else --story or the story.json next
    /// to the corpus, else a story drafted from the corpus's first parts (up to <see cref="StreamedCorpus.SampleBytes"/>,
    /// as mentions, sentiment and compare read them), of which at most <see cref="CorpusSample.DefaultMaxArticles"/>
    /// (the seeded sample). Every shard reads the same first parts, so every shard drafts the same story.
    /// </summary>
    private static (Mentions.ActorDictionary Actors, Stories.Story? Story) ActorsOf(string? actorsPath, string? storyPath, CorpusArguments input, ParseResult result, TextWriter error)
    {
        if (actorsPath is not null)
        {
            return (MentionsCommand.LoadActors(actorsPath, () => throw new InvalidOperationException("--actors is given")), null);
        }

        var corpusPath = result.GetValue(input.Path) ?? RepositoryPaths.Seeds;
        var story = StoryOption.Find(storyPath, corpusPath);
        if (story is null)
        {
            // Drafting grows faster than linearly with the articles (names are compared with names), so it sees at most
            // the seeded sample of DefaultMaxArticles of the first parts: the same articles in every shard.
            var streamed = StreamedCorpus.Open(input, result);
            var first = streamed.Sample();
            var sample = streamed.DraftingSample();
            story = Stories.Story.Draft(sample, Stories.Story.CorpusName(corpusPath));
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: {Stories.Story.DraftedNote} They were proposed from a seeded sample of {sample.Count:N0} of the corpus's first {first.Count:N0} articles and written to the output folder's story.json, which render --analysis uses too."));
        }

        return (MentionsCommand.LoadActors(null, () => story), story);
    }

    /// <summary>Output inside the corpus folder would be read back as corpus parts by the next run.</summary>
    internal static void RefuseInside(string outFolder, string corpusPath)
    {
        if (!Directory.Exists(corpusPath))
        {
            return;
        }

        var corpus = Path.GetFullPath(corpusPath).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var target = Path.GetFullPath(outFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (target.StartsWith(corpus, StringComparison.Ordinal))
        {
            throw new CliException($"--out {outFolder} is inside the corpus folder {corpusPath}; write the tables elsewhere (artifacts/ for example).");
        }
    }
}

/// <summary>`newslens merge DIR... --out DIR`: adds up the outputs of `analyze --shard` runs into the result of one run.</summary>
public static class MergeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("DIR") { Description = "Output folders of `newslens analyze` (usually one per shard).", Arity = ArgumentArity.OneOrMore };
        var outFolder = new Option<string>("--out") { Description = "Folder for the merged tables.", Required = true, HelpName = "DIR" };
        var command = new Command("merge", "Merge `analyze` outputs (shards): per-article tables interleaved back into corpus order, aggregates added up, keyness recomputed.")
        {
            inputs, outFolder,
        };
        command.SetAction(result =>
        {
            var folders = result.GetValue(inputs)!;
            var target = Path.GetFullPath(result.GetValue(outFolder)!);
            if (folders.Any(f => Path.GetFullPath(f) == target))
            {
                throw new CliException("--out must differ from every input folder.");
            }

            try
            {
                CorpusAnalysis.Merge(folders, target);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                throw new CliException(e.Message);
            }

            if (folders.Length == 1)
            {
                error.WriteLine("note: one input folder; the merge is a copy of it (give every shard's folder).");
            }

            output.WriteLine($"Merged {folders.Length} folders into {result.GetValue(outFolder)}");
            return 0;
        });
        return command;
    }
}

/// <summary>The shared `--quiet` option and progress reporter for long commands (progress goes to stderr).</summary>
public static class ProgressOptions
{
    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "No progress on stderr." };

    public static ProgressReporter? Reporter(bool quiet, TextWriter error, string label) =>
        quiet ? null : new ProgressReporter(error, terminal: ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected, label);
}
