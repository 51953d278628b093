using System.CommandLine;
using NewsLens.Corpora;
using NewsLens.Tables;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>`newslens corpus [PATH]`: what loaded, what cleaning removed, what was skipped and why.</summary>
public static class CorpusCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = CorpusArguments.Path();
        var format = Output.FormatOption();
        var command = new Command("corpus", "List the articles of a corpus (id, outlet, date, words, sentences, characters removed by cleaning) and the files skipped, with reasons.")
        {
            path,
            format,
        };
        command.SetAction(result =>
        {
            var corpus = CorpusArguments.Load(result.GetValue(path));
            var tokenized = corpus.Tokenize();
            var selected = result.GetValue(format);
            Output.Write(ArticlesTable(tokenized), selected, output, "Articles");
            if (selected == OutputFormat.Table)
            {
                if (!corpus.Skipped.IsEmpty)
                {
                    Output.Write(SkippedTable(corpus), selected, output, "Skipped");
                }

                foreach (var warning in corpus.Warnings)
                {
                    error.WriteLine($"warning: {warning.Source}: {warning.Message}");
                }

                output.WriteLine(corpus.Summary());
            }
            else
            {
                foreach (var skipped in corpus.Skipped)
                {
                    error.WriteLine($"skipped: {skipped.Source}: {skipped.Reason}");
                }

                foreach (var warning in corpus.Warnings)
                {
                    error.WriteLine($"warning: {warning.Source}: {warning.Message}");
                }
            }

            return corpus.Count == 0 ? 1 : 0;
        });
        return command;
    }

    public static ResultTable ArticlesTable(TokenizedCorpus corpus) => ResultTable.From(
        corpus.Articles,
        ("id", a => a.Id),
        ("outlet", a => a.Article.Outlet),
        ("date", a => a.Article.Date),
        ("words", a => a.WordCount),
        ("sentences", a => a.Sentences.Length),
        ("removed_chars", a => a.Article.Cleaning.CharactersRemoved));

    public static ResultTable SkippedTable(Corpus corpus) => ResultTable.From(
        corpus.Skipped,
        ("source", s => s.Source),
        ("reason", s => s.Reason));
}

/// <summary>The corpus PATH argument every analysis command shares, and loading it with one-line errors.</summary>
public static class CorpusArguments
{
    public static Argument<string?> Path() => new("PATH")
    {
        Description = "A folder of .txt/.md articles (with an optional manifest.csv), a .jsonl or a .csv file. Default: the repository's seeds/.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Corpus Load(string? path)
    {
        var resolved = path ?? RepositoryPaths.Seeds;
        try
        {
            var corpus = CorpusReader.Read(resolved);
            if (corpus.Count == 0)
            {
                var reasons = corpus.Skipped.IsEmpty ? "no .txt/.md articles found" : string.Join("; ", corpus.Skipped.Select(s => $"{s.Source}: {s.Reason}"));
                throw new CliException($"{resolved}: nothing could be loaded ({reasons}).");
            }

            return corpus;
        }
        catch (CorpusException e)
        {
            throw new CliException(e.Message);
        }
    }
}
