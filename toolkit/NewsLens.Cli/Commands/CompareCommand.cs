using System.Collections.Immutable;
using System.CommandLine;
using NewsLens.Attribution;
using NewsLens.Comparison;
using NewsLens.Mentions;
using NewsLens.Corpora;
using NewsLens.Tables;
using NewsLens.Stories;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>
/// `newslens compare [PATH]`: how sources differ. Keyness of each outlet (or any document variable) against the rest by
/// default; --show similarity, framing or quotes for the other views.
/// </summary>
public static class CompareCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CorpusArguments.Create();
        var format = Output.FormatOption();
        var by = new Option<string>("--by")
        {
            Description = "The document variable to compare by: outlet (default), any manifest column, or document for single articles.",
            DefaultValueFactory = _ => DocumentVariables.Outlet,
        };
        var show = new Option<string>("--show")
        {
            Description = "What to compare: keyness (words each group over-uses), similarity (cosine on TF-IDF and Jaccard), framing (framing-term shares) or quotes (who is quoted or cited).",
            DefaultValueFactory = _ => "keyness",
        };
        show.AcceptOnlyFromAmong("keyness", "similarity", "framing", "quotes");
        var measure = new Option<string>("--measure")
        {
            Description = "Keyness measure: g2 (Dunning's log-likelihood, signed) or logodds (Monroe et al. log-odds z with an informative Dirichlet prior).",
            DefaultValueFactory = _ => "g2",
        };
        measure.AcceptOnlyFromAmong("g2", "logodds");
        var correction = new Option<string>("--correction")
        {
            Description = "G² correction: none, yates or williams (default williams). Reported in the output: the title of a table, the correction column of csv and json.",
            DefaultValueFactory = _ => "williams",
        };
        correction.AcceptOnlyFromAmong("none", "yates", "williams");
        var prior = new Option<double>("--prior")
        {
            Description = "Log-odds prior total α0: the corpus's word shares scaled to this many pseudo-words (default 500).",
            DefaultValueFactory = _ => 500,
        };
        var top = new Option<int>("--top")
        {
            Description = "Keyness: over-used features per group (default 10; 0 lists every feature). Quotes: speakers per group.",
            DefaultValueFactory = _ => 10,
        };
        var minCount = new Option<int>("--min-count")
        {
            Description = "Keyness: leave out features used fewer times than this in the whole corpus (default 2).",
            DefaultValueFactory = _ => 2,
        };
        var keepStopWords = new Option<bool>("--keep-stop-words") { Description = "Count stop words too (keyness and similarity)." };
        var framing = new Option<string?>("--framing")
        {
            Description = "Framing-term file (JSON). Default: the one the story names, else resources/framing.json next to the corpus.",
        };

        var actors = new Option<string?>("--actors")
        {
            Description = "Actor dictionary (JSON) that links quoted speakers to actors, so two spellings of one name count as one speaker. Default: the one the story names.",
        };
        var story = StoryOption.Create();

        var quiet = ProgressOptions.Quiet();
        var command = new Command("compare", "How sources differ: keyness of each outlet against the rest (G² or log-odds), outlet similarity, framing-term shares, and who is quoted.")
        {
            by, show, measure, correction, prior, top, minCount, keepStopWords, framing, actors, format, story, quiet,
        };
        input.AddTo(command);
        command.SetAction(result =>
        {
            var corpusPath = result.GetValue(input.Path);
            var corpus = StreamedCorpus.Open(input, result, ProgressOptions.Reporter(result.GetValue(quiet), error, "compare"));
            var variable = corpus.RequireGrouping(result.GetValue(by)!);
            var features = new FeatureOptions { StopWords = result.GetValue(keepStopWords) ? StopWords.None : StopWords.English };
            var selected = result.GetValue(format);
            var count = result.GetValue(top);
            if (count < 0)
            {
                throw new CliException("--top must be 0 or more.");
            }

            // Framing and quotes both need the story; a drafted one is proposed (and announced) once per run.
            Story? resolved = null;
            Story RunStory() => resolved ??= StoryOption.Resolve(result.GetValue(story), corpusPath ?? RepositoryPaths.Seeds, corpus.DraftingSample, error);

            // On a terminal without --show: a short look at each of the four analyses (the top three per group).
            var summary = selected == OutputFormat.Table && result.GetResult(show) is null or { Implicit: true };
            string[] analyses = summary ? SummaryAnalyses : [result.GetValue(show)!];

            // Streamed (see StreamedCorpus): one pass adds up what the chosen analyses need, per article; no article is kept.
            var featureTally = analyses.Any(a => a is "keyness" or "similarity") ? new FeatureTally(variable, features) : null;
            var framingTally = analyses.Contains("framing") ? new FramingTally(LoadFraming(result.GetValue(framing), RunStory, corpusPath ?? RepositoryPaths.Seeds), variable) : null;
            var extractor = analyses.Contains("quotes") ? new AttributionExtractor(new MentionMatcher(MentionsCommand.LoadActors(result.GetValue(actors), RunStory)).ActorOf) : null;
            var speakerTally = new SpeakerTally();
            var run = corpus.Stream(null, batch =>
            {
                var documents = new List<(string Id, string Group)>(batch.Count);
                foreach (var article in batch.Corpus.Articles)
                {
                    featureTally?.Add(article);
                    framingTally?.Add(article);
                    documents.Add((article.Id, DocumentGrouping.GroupOf(article.Article, variable)));
                }

                speakerTally.Add(documents, batch.Mapped is ImmutableArray<SpeakerAttribution> found ? found : []);
            }, extractor is null ? null : batch => extractor.Extract(batch.Corpus));

            foreach (var analysis in analyses)
            {
                Show(analysis, summary ? Math.Min(SummaryTop, count == 0 ? SummaryTop : count) : count);
            }

            if (summary)
            {
                output.WriteLine("--show keyness|similarity|framing|quotes gives one analysis in full (--top N for more rows).");
            }

            error.WriteLine(run.Line());
            return 0;

            void Show(string analysis, int count)
            {
                switch (analysis)
                {
                    case "similarity":
                        var matrix = featureTally!.Similarity(); // by word number, nothing string-keyed per group
                        Output.Write(summary ? MostSimilar(matrix, SummaryTop) : matrix.ToTable(), selected, output, summary
                            ? $"Most similar pairs by {variable} (cosine on TF-IDF, Jaccard on vocabulary)"
                            : $"Similarity by {variable} (cosine on TF-IDF, Jaccard on vocabulary)");
                        NoteSingleGroup(error, "similarity compares groups with each other", variable, matrix.Labels);
                        break;
                    case "framing":
                        var usages = framingTally!.ToUsages();
                        Output.Write(selected == OutputFormat.Table ? Framing.ToShareTable(usages) : Framing.ToTable(usages), selected, output, $"Framing terms by {variable}");
                        break;
                    case "quotes":
                        var speakers = speakerTally.BySpeaker();
                        var shown = count == 0 ? speakers : [.. speakers.GroupBy(s => s.Group).SelectMany(g => g.Take(count))];
                        Output.Write(AttributionCounts.ToTable(shown), selected, output, $"Who is quoted or cited, by {variable}");
                        if (selected == OutputFormat.Table)
                        {
                            Output.Write(AttributionCounts.ToTable(speakerTally.ByKind().Where(k => k.Count > 0)), selected, output, "Kinds of source");
                        }

                        break;
                    default:
                        var options = new KeynessOptions
                        {
                            By = variable,
                            Measure = result.GetValue(measure) == "logodds" ? KeynessMeasure.LogOdds : KeynessMeasure.LogLikelihood,
                            Correction = Enum.Parse<KeynessCorrection>(result.GetValue(correction)!, ignoreCase: true),
                            PriorTotal = PositivePrior(result.GetValue(prior)),
                            MinCount = Math.Max(1, result.GetValue(minCount)),
                            Features = features,
                            TopPerGroup = count == 0 ? null : count, // bounded: a heap per group instead of groups × vocabulary scores
                        };
                        var keyness = featureTally!.Keyness(options); // by word number, nothing string-keyed per group
                        var rows = count == 0 ? keyness.Scores : keyness.Top(count);
                        var table = selected == OutputFormat.Table ? KeynessResult.ToCompactTable(rows) : KeynessResult.ToTable(rows);
                        Output.Write(table, selected, output, $"Keyness by {variable} against the rest ({keyness.Describe()})");
                        NoteSingleGroup(error, "keyness compares each group with the rest", variable, keyness.Groups);
                        if (keyness.Groups.Length > 1 && run.Articles == keyness.Groups.Length && selected == OutputFormat.Table)
                        {
                            error.WriteLine("note: every group is a single article, so this is keyness of one article against the rest.");
                        }

                        break;
                }
            }
        });
        return command;
    }

    private const int SummaryTop = 3;

    /// <summary>
    /// The summary's similarity: each pair of different groups once, the most similar first. Picked from the pairs
    /// before any table is made: with hundreds of groups (dates) the full table is hundreds of thousands of rows.
    /// </summary>
    private static ResultTable MostSimilar(SimilarityMatrix matrix, int top) =>
        (matrix with
        {
            Pairs = [.. matrix.Pairs
                .Where(p => string.CompareOrdinal(p.Left, p.Right) < 0)
                .OrderByDescending(p => p.Cosine)
                .Take(top)],
        }).ToTable();

    private static readonly string[] SummaryAnalyses = ["keyness", "similarity", "framing", "quotes"];

    private static void NoteSingleGroup(TextWriter error, string what, string variable, IReadOnlyCollection<string> groups)
    {
        if (groups.Count < 2)
        {
            var only = groups.Count == 1 ? $"only \"{groups.First()}\"" : "none";
            var hint = variable is "document" or "article" or "id" ? "the corpus needs at least two articles" : "try --by document";
            error.WriteLine($"note: {what}, so it needs at least two groups; by {variable} there is {only} ({hint}).");
        }
    }

    private static double PositivePrior(double prior) =>
        prior > 0 && double.IsFinite(prior) ? prior : throw new CliException("--prior must be a positive number.");

    /// <summary>--framing; else the file the story names; else resources/framing.json next to the corpus; else none (a story drafted from the corpus has no framing groups).</summary>
    private static FramingLexicon LoadFraming(string? path, Func<Story> runStory, string? corpusPath)
    {
        var besideCorpus = corpusPath is null ? null : Path.Combine(Directory.Exists(corpusPath) ? corpusPath : Path.GetDirectoryName(Path.GetFullPath(corpusPath))!, "resources", "framing.json");
        try
        {
            if (path is not null)
            {
                return File.Exists(path) ? FramingLexicon.Load(path) : throw new CliException($"framing-term file not found: {path}");
            }

            var story = runStory();
            return story.FramingPath is null && besideCorpus is not null && File.Exists(besideCorpus) ? FramingLexicon.Load(besideCorpus) : story.LoadFraming();
        }
        catch (FormatException e)
        {
            throw new CliException(e.Message);
        }
    }
}
