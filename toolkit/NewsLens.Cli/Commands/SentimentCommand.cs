using System.CommandLine;
using NewsLens.Mentions;
using NewsLens.Sentiment;
using NewsLens.Stories;
using NewsLens.Tables;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>
/// `newslens sentiment [PATH] [--by outlet|article|VARIABLE] [--format table|csv|json]`: general sentiment, stance toward
/// the target process and hedging per group, with bootstrap intervals; `--sentences FILE|-` scores one sentence per line.
/// </summary>
public static class SentimentCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CorpusArguments.Create();
        var format = Output.FormatOption();
        var by = new Option<string>("--by")
        {
            HelpName = "outlet|article|VARIABLE",
            Description = "Group the aggregates by outlet, article, or any document variable (for example date).",
            DefaultValueFactory = _ => "outlet",
        };
        var sentences = new Option<string?>("--sentences")
        {
            HelpName = "FILE|-",
            Description = "Score one sentence per line of FILE (or - for standard input) and print CSV: line,compound,positive,negative,neutral.",
        };
        var show = Output.ChoiceOption<SentimentView>(
            "--show",
            "What to print: aggregate (per group, with intervals; the default), stance (each sentence about the target, with speaker and evidence) or sentences (every sentence's general sentiment).");
        var lexicon = new Option<string?>("--lexicon")
        {
            HelpName = "FILE",
            Description = "A general lexicon in VADER's format (token<TAB>valence...) instead of the bundled VADER lexicon.",
        };
        var stance = StanceArguments.Create();
        var reference = new Option<bool>("--reference-rules")
        {
            Description = "Use VADER's rules exactly as vaderSentiment 3.3.2 (no news fixes), for comparison.",
        };
        var quiet = ProgressOptions.Quiet();
        var command = new Command("sentiment", "General sentiment (VADER rules) and stance toward the target process (the story's, or --target) with hedging, per outlet, article or document variable, with 95% bootstrap intervals and the sentences behind them.")
        {
            by, format, show, sentences, lexicon, reference, quiet,
        };
        input.AddTo(command);
        stance.AddTo(command);
        command.SetAction(result =>
        {
            var rules = result.GetValue(reference) ? SentimentRules.Reference : SentimentRules.News;
            var general = LoadLexicon(result.GetValue(lexicon));
            var lines = result.GetValue(sentences);
            if (lines is not null)
            {
                ScoreLines(lines, new SentimentScorer(general ?? SentimentLexicon.Vader, rules), output);
                return 0;
            }

            // Streamed (see StreamedCorpus): sentences are scored per batch on the preparing threads; the aggregate view
            // keeps a tally per group, the stance and sentences views write their rows as batches finish.
            var corpus = StreamedCorpus.Open(input, result, ProgressOptions.Reporter(result.GetValue(quiet), error, "sentiment"));
            var analyzer = stance.Analyzer(result, corpus.Path, corpus.DraftingSample, error, general, rules);
            var groupBy = corpus.RequireGrouping(result.GetValue(by) ?? "outlet");
            var selected = result.GetValue(format);
            var view = result.GetValue(show);
            var tally = new SentimentTally(analyzer.Options, groupBy);
            var rows = new RowStream(selected, output);
            var stanceSentences = 0;
            var summary = corpus.Stream(null, batch =>
            {
                foreach (var warning in batch.Warnings)
                {
                    error.WriteLine($"warning: {warning.Source}: {warning.Message}");
                }

                var analysis = (SentimentAnalysis)batch.Mapped!;
                stanceSentences += analysis.StanceSentences.Count();
                switch (view)
                {
                    case SentimentView.Stance:
                        rows.Add(analysis.StanceTable());
                        break;
                    case SentimentView.Sentences:
                        rows.Add(analysis.SentenceTable());
                        break;
                    default:
                        var byArticle = analysis.Sentences.ToLookup(s => s.Article);
                        foreach (var article in analysis.Articles)
                        {
                            tally.Add(article, byArticle[article]);
                        }

                        break;
                }
            }, batch => analyzer.Analyze(batch.Corpus));

            switch (view)
            {
                case SentimentView.Stance:
                    rows.Finish(EmptyAnalysis(analyzer).StanceTable(), $"Sentences about the target ({stanceSentences}), with speaker and evidence");
                    break;
                case SentimentView.Sentences:
                    rows.Finish(EmptyAnalysis(analyzer).SentenceTable(), "General sentiment of every sentence");
                    break;
                default:
                    Output.Write(SentimentAnalysis.AggregateTable(groupBy, tally.Aggregate()), selected, output, $"Sentiment and stance by {groupBy} (means, 95% bootstrap intervals over sentences)");
                    if (selected == OutputFormat.Table)
                    {
                        output.WriteLine(SentimentAnalysis.SampleNote(tally));
                    }

                    break;
            }

            error.WriteLine(summary.Line());
            return 0;
        });
        return command;
    }

    private static SentimentAnalysis EmptyAnalysis(SentimentAnalyzer analyzer) => new([], analyzer.Options, []);

    private static void ScoreLines(string source, SentimentScorer scorer, TextWriter output)
    {
        TextReader reader;
        if (source == "-")
        {
            reader = Console.In;
        }
        else if (!File.Exists(source))
        {
            throw new CliException($"{source}: file not found.");
        }
        else
        {
            reader = new StreamReader(source);
        }

        var rows = new List<(int Line, TextSentiment Score)>();
        using (source == "-" ? null : reader)
        {
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                // Reference rules score the line as VADER would (one piece of text); News rules average its sentences
                rows.Add((number, TextSentiment.From([scorer.ScoreDocument(line)])));
            }
        }

        ResultTable.From(
            rows,
            ("line", r => r.Line),
            ("compound", r => r.Score.Compound),
            ("positive", r => r.Score.Positive),
            ("negative", r => r.Score.Negative),
            ("neutral", r => r.Score.Neutral)).WriteCsv(output);
    }

    private static SentimentLexicon? LoadLexicon(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            return SentimentLexicon.LoadVader(path);
        }
        catch (LexiconFormatException e)
        {
            throw new CliException(e.Message);
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: cannot read the lexicon", e);
        }
    }

    internal static StanceLexicon? LoadStanceLexicon(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            return StanceLexicon.Load(path);
        }
        catch (LexiconFormatException e)
        {
            throw new CliException(e.Message);
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: cannot read the stance lexicon", e);
        }
    }
}

public enum SentimentView
{
    /// <summary>The default (an absent --show reads as the enum's zero value).</summary>
    Aggregate = 0,
    Stance,
    Sentences,
}

/// <summary>
/// The options that say what stance is measured toward and with which lexicon, shared by `sentiment` and
/// `evaluate stance`: --story FILE (default: story.json next to the corpus), repeatable --target PATTERN (overrides the
/// story's process) and --stance-lexicon FILE (overrides the story's).
/// </summary>
public sealed class StanceArguments
{
    private StanceArguments()
    {
    }

    public Option<string?> Story { get; } = new("--story")
    {
        HelpName = "FILE",
        Description = "The story file (process, actors, stance lexicon). Default: story.json next to the corpus, if there is one.",
    };

    public Option<string[]> Targets { get; } = new("--target")
    {
        HelpName = "PATTERN",
        Description = "A word or phrase naming the target process (repeatable; '*' ends a prefix). Overrides the story's process.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> StanceLexicon { get; } = new("--stance-lexicon")
    {
        HelpName = "FILE",
        Description = "A stance lexicon (target/polarity/hedge lines, see seeds/resources/stance_lexicon.tsv) instead of the story's or the bundled one.",
    };

    public static StanceArguments Create() => new();

    public void AddTo(Command command)
    {
        command.Options.Add(Story);
        command.Options.Add(Targets);
        command.Options.Add(StanceLexicon);
    }

    /// <summary>The story given with --story, or the one next to the corpus, or one drafted from the corpus (said on <paramref name="error"/>).</summary>
    public NewsLens.Stories.Story LoadStory(ParseResult result, string corpusPath, Func<TokenizedCorpus> corpus, TextWriter error) =>
        StoryOption.Resolve(result.GetValue(Story), corpusPath, corpus, error);

    public SentimentAnalyzer Analyzer(ParseResult result, string corpusPath, Func<TokenizedCorpus> corpus, TextWriter error, SentimentLexicon? general = null, SentimentRules rules = SentimentRules.News)
    {
        var story = LoadStory(result, corpusPath, corpus, error);
        var lexiconPath = result.GetValue(StanceLexicon) ?? story.StanceLexiconPath;
        var lexicon = SentimentCommand.LoadStanceLexicon(lexiconPath) ?? NewsLens.Sentiment.StanceLexicon.Default;
        var targets = result.GetValue(Targets) ?? [];
        var process = targets.Length > 0 ? ProcessDefinition.FromTargets(targets) : story.Process;
        if (targets.Length == 0 && !story.HasProcess)
        {
            error.WriteLine($"note: {NewsLens.Stories.Story.NoProcessNote}");
        }

        ActorDictionary? actors = null;
        try
        {
            actors = story.LoadActors();
        }
        catch (Exception e) when (e is ActorDictionaryException or IOException or FormatException)
        {
            error.WriteLine($"warning: {story.ActorsPath ?? story.Source}: the actor dictionary could not be read ({e.Message}); participants and names are not resolved");
        }

        return new SentimentAnalyzer(general, lexicon, new SentimentOptions { Rules = rules }, process, actors);
    }
}

