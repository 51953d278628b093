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
        var command = new Command("sentiment", "General sentiment (VADER rules) and stance toward the target process (the story's, or --target) with hedging, per outlet, article or document variable, with 95% bootstrap intervals and the sentences behind them.")
        {
            by, format, show, sentences, lexicon, reference,
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

            var analyzer = stance.Analyzer(result, result.GetValue(input.Path) ?? RepositoryPaths.Seeds, error, general, rules);
            var corpus = input.Load(result);
            foreach (var warning in corpus.Warnings)
            {
                error.WriteLine($"warning: {warning.Source}: {warning.Message}");
            }

            var tokenized = corpus.Tokenize();
            var groupBy = GroupingArgument.Require(tokenized, result.GetValue(by) ?? "outlet");
            var analysis = analyzer.Analyze(tokenized);
            var selected = result.GetValue(format);
            var (table, title) = result.GetValue(show) switch
            {
                SentimentView.Stance => (analysis.StanceTable(), $"Sentences about the target ({analysis.StanceSentences.Count()}), with speaker and evidence"),
                SentimentView.Sentences => (analysis.SentenceTable(), "General sentiment of every sentence"),
                _ => (analysis.AggregateTable(groupBy), $"Sentiment and stance by {groupBy} (means, 95% bootstrap intervals over sentences)"),
            };
            Output.Write(table, selected, output, title);
            if (selected == OutputFormat.Table && result.GetValue(show) == SentimentView.Aggregate)
            {
                output.WriteLine(analysis.SampleNote(groupBy));
            }

            CorpusArguments.WriteSummary(corpus, error);
            return 0;
        });
        return command;
    }

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

    /// <summary>The story given with --story, or the one next to the corpus, or null.</summary>
    public NewsLens.Stories.Story? LoadStory(ParseResult result, string corpusPath)
    {
        var path = result.GetValue(Story) ?? NewsLens.Stories.Story.FindNextTo(corpusPath);
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{path}: story file not found.");
        }

        try
        {
            return NewsLens.Stories.Story.Load(path);
        }
        catch (FormatException e)
        {
            throw new CliException(e.Message);
        }
    }

    public SentimentAnalyzer Analyzer(ParseResult result, string corpusPath, TextWriter error, SentimentLexicon? general = null, SentimentRules rules = SentimentRules.News)
    {
        var story = LoadStory(result, corpusPath);
        var lexiconPath = result.GetValue(StanceLexicon) ?? story?.StanceLexiconPath;
        var lexicon = SentimentCommand.LoadStanceLexicon(lexiconPath) ?? NewsLens.Sentiment.StanceLexicon.Default;
        var targets = result.GetValue(Targets) ?? [];
        var process = targets.Length > 0 ? ProcessDefinition.FromTargets(targets) : story?.Process;
        ActorDictionary? actors = null;
        if (story?.ActorsPath is { } actorsPath)
        {
            try
            {
                actors = ActorDictionary.Load(actorsPath);
            }
            catch (Exception e) when (e is ActorDictionaryException or IOException or FormatException)
            {
                error.WriteLine($"warning: {actorsPath}: the actor dictionary could not be read ({e.Message}); participants and names are not resolved");
            }
        }

        return new SentimentAnalyzer(general, lexicon, new SentimentOptions { Rules = rules }, process, actors);
    }
}

