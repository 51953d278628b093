using System.CommandLine;
using System.Globalization;
using NewsLens.Sentiment;
using NewsLens.Sentiment.Evaluation;
using NewsLens.Tables;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>
/// `newslens evaluate stance --gold FILE [PATH]` and `newslens evaluate sentiment --gold FILE`: how well the stance and
/// sentiment stages agree with a researcher's own labels (coverage, accuracy, Cohen's kappa, confusion, Pearson r and
/// the disagreements with their evidence).
/// </summary>
public static class EvaluateCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("evaluate", "Validate the stance or sentiment stage against your own labelled file before trusting it.")
        {
            StanceCommand(output, error),
            SentimentCommand(output),
            EvaluateMentions.Create(output, error),
        };

    private static Option<string> GoldOption(string description) => new("--gold")
    {
        HelpName = "FILE",
        Description = description,
        Required = true,
    };

    private static Option<int> DisagreementsOption() => new("--disagreements")
    {
        HelpName = "N",
        Description = "How many disagreements to list (default 20; 0 for none).",
        DefaultValueFactory = _ => 20,
    };

    private static Command StanceCommand(TextWriter output, TextWriter error)
    {
        var input = CorpusArguments.Create();
        var gold = GoldOption("Labelled sentences (TSV or CSV with a header): sentence, label (-1/0/1), optionally article_id, about (yes/no), hedged (yes/no), speaker.");
        var disagreements = DisagreementsOption();
        var stanceOptions = StanceArguments.Create();
        var format = Output.FormatOption();
        var command = new Command("stance", "Compare stance toward the target process with hand labels: coverage of the sentences about the process, accuracy, Cohen's kappa (unconsidered sentences count as neutral), confusion, Pearson r, hedging, disagreements.")
        {
            gold, disagreements, format,
        };
        input.AddTo(command);
        stanceOptions.AddTo(command);
        command.SetAction(result =>
        {
            var labels = LoadGold(result.GetValue(gold)!, StanceGold.Load);
            var corpus = input.Load(result);
            foreach (var warning in corpus.Warnings)
            {
                error.WriteLine($"warning: {warning.Source}: {warning.Message}");
            }

            var tokenized = corpus.Tokenize();
            var analyzer = stanceOptions.Analyzer(result, result.GetValue(input.Path) ?? RepositoryPaths.Seeds, () => tokenized, error);
            var analysis = analyzer.Analyze(tokenized);
            var evaluation = StanceEvaluation.Evaluate(analysis, labels);
            WriteStance(evaluation, result.GetValue(disagreements), result.GetValue(format), output);
            return 0;
        });
        return command;
    }

    private static Command SentimentCommand(TextWriter output)
    {
        var gold = GoldOption("Human-rated texts: id<TAB>rating<TAB>text lines (VADER's ground-truth format) or a header row with text and rating columns.");
        var disagreements = DisagreementsOption();
        var reference = new Option<bool>("--reference-rules")
        {
            Description = "Score with VADER's rules exactly as vaderSentiment 3.3.2 (for comparison).",
        };
        var format = Output.FormatOption();
        var command = new Command("sentiment", "Compare general sentiment with human ratings: Pearson r of the compound with the rating, accuracy, Cohen's kappa and confusion of the labels, and the worst disagreements.")
        {
            gold, disagreements, reference, format,
        };
        command.SetAction(result =>
        {
            var texts = LoadGold(result.GetValue(gold)!, SentimentGold.Load);
            var scorer = new SentimentScorer(rules: result.GetValue(reference) ? SentimentRules.Reference : SentimentRules.News);
            var evaluation = SentimentEvaluation.Evaluate(texts, scorer.ScoreDocument);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"texts: {evaluation.Scored.Length}; rules: {scorer.Rules.ToString().ToLowerInvariant()}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Pearson r (compound vs rating): {evaluation.PearsonR:0.000}"));
            WriteAgreement(evaluation.Labels, $"labels (rating within ±{SentimentEvaluation.NeutralBand.ToString(CultureInfo.InvariantCulture)} = neutral; compound ±0.05)", output);
            var count = result.GetValue(disagreements);
            if (count > 0)
            {
                output.WriteLine();
                Output.Write(
                    ResultTable.From(
                        evaluation.WorstDisagreements(count),
                        ("id", d => d.Gold.Id),
                        ("rating", d => d.Gold.Rating),
                        ("compound", d => Math.Round(d.Score.Compound, 3)),
                        ("evidence", d => d.Score.Explain()),
                        ("text", d => d.Gold.Text)),
                    result.GetValue(format),
                    output,
                    "Largest disagreements");
            }

            return 0;
        });
        return command;
    }

    private static T LoadGold<T>(string path, Func<string, T> load)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: gold file not found.");
        }

        try
        {
            return load(path);
        }
        catch (GoldFormatException e)
        {
            throw new CliException(e.Message);
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: cannot read the gold file", e);
        }
    }

    private static void WriteStance(StanceEvaluation evaluation, int disagreements, OutputFormat format, TextWriter output)
    {
        var n = evaluation.Comparisons.Length;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold sentences: {n}; aligned to the tool's sentences: {n - evaluation.Unaligned}; about the process: {evaluation.AboutGold}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"coverage: {evaluation.AboutConsidered} of {evaluation.AboutGold} sentences about the process considered ({evaluation.Coverage:P1}); considered but not about it: {evaluation.ConsideredNotAbout}"));
        WriteAgreement(evaluation.Labels, "stance labels over all gold sentences (unconsidered = neutral)", output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Pearson r (gold label vs stance compound, unconsidered = 0): {evaluation.PearsonR:0.000}"));
        if (evaluation.Hedging is { } hedging)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hedging (sentences about the process): accuracy {hedging.Accuracy:0.000}, kappa {hedging.Kappa:0.000}"));
        }

        var (attributed, same) = evaluation.Speakers;
        if (attributed > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speakers: {same} of {attributed} considered sentences with a gold speaker are attributed to the same speaker"));
        }

        if (disagreements <= 0)
        {
            return;
        }

        output.WriteLine();
        Output.Write(
            ResultTable.From(
                evaluation.Disagreements.Take(disagreements),
                ("line", c => c.Gold.Line),
                ("article", c => c.Gold.ArticleId ?? ""),
                ("gold", c => $"{StanceEvaluation.Name(c.Gold.Label)}{(c.Gold.IsAbout ? "" : " (not about)")}"),
                ("tool", c => c.IsAligned ? c.Considered ? StanceEvaluation.Name(c.Predicted) : "not considered" : "not aligned"),
                ("compound", c => Math.Round(c.Compound, 3)),
                ("speaker", c => c.Speaker ?? ""),
                ("why", c => c.Why),
                ("evidence", c => c.Evidence),
                ("text", c => c.Gold.Text)),
            format,
            output,
            "Disagreements");
    }

    private static void WriteAgreement(Agreement agreement, string what, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: n={agreement.Count}, accuracy {agreement.Accuracy:0.000}, Cohen's kappa {agreement.Kappa:0.000}, macro F1 {agreement.MacroF1:0.000}"));
        var labels = agreement.Confusion.Keys.SelectMany(k => new[] { k.Expected, k.Predicted }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        output.WriteLine("confusion (rows: gold, columns: tool):");
        output.WriteLine("  " + string.Concat(labels.Select(l => l.PadLeft(10))));
        foreach (var expected in labels)
        {
            output.WriteLine("  " + string.Concat(labels.Select(p => agreement.Confusion.GetValueOrDefault((expected, p)).ToString(CultureInfo.InvariantCulture).PadLeft(10))) + "  " + expected);
        }
    }
}
