using System.CommandLine;
using NewsLens.Mentions;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>
/// `newslens evaluate mentions --gold FILE [PATH] [--actors FILE]`: precision and recall of the default mention count
/// against a hand count (format: tests/NewsLens.Tests/Data/MentionsGold/README.md), with every miss and false hit.
/// A subcommand of `evaluate` (one line in EvaluateCommand's list), kept in its own file.
/// </summary>
public static class EvaluateMentions
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CorpusArguments.Create();
        var gold = new Option<string>("--gold")
        {
            HelpName = "FILE",
            Description = "Hand-counted mentions: tab-separated article, context, occurrence, surface, actor, kind (one row per reference).",
            Required = true,
        };
        var actors = new Option<string?>("--actors") { Description = $"Actor dictionary (JSON). Default: the dictionary of the story next to the corpus (else actors proposed from the corpus)." };
        var details = new Option<bool>("--details") { Description = "List every miss and false hit with its context." };
        var command = new Command("mentions", "Precision and recall of the default mention count against your own hand count.") { gold, actors, details };
        input.AddTo(command);
        command.SetAction(result =>
        {
            var corpus = input.Load(result).Tokenize();
            var dictionary = MentionsCommand.LoadActors(result.GetValue(actors), null, result.GetValue(input.Path) ?? RepositoryPaths.Seeds, () => corpus, error);
            var mentions = corpus.CountMentions(dictionary);
            System.Collections.Immutable.ImmutableArray<GoldMention> rows;
            try
            {
                rows = MentionEvaluation.ReadGold(result.GetValue(gold)!);
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                throw new CliException(e.Message);
            }

            var evaluation = MentionEvaluation.Evaluate(mentions, rows);
            output.WriteLine(evaluation.Summary);
            if (result.GetValue(details))
            {
                foreach (var line in MentionEvaluation.Details(evaluation, mentions))
                {
                    output.WriteLine(line);
                }
            }

            CorpusArguments.WriteSummary(corpus.Corpus, error);
            return 0;
        });
        return command;
    }
}
