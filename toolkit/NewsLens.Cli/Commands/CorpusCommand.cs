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
        var input = CorpusArguments.Create();
        var format = Output.FormatOption();
        var show = new Option<string>("--show")
        {
            HelpName = "articles|skipped|warnings",
            Description = "What to print: articles, skipped (each input not loaded, with its reason) or warnings (inputs loaded with a caveat). With csv or json, articles keeps skips and warnings on stderr; skipped and warnings put them on stdout for scripts.",
            DefaultValueFactory = _ => "articles",
        };
        show.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "articles", "skipped", "warnings");
        var command = new Command("corpus", "List the articles of a corpus (id, outlet, date, words, sentences, characters removed by cleaning) and the files skipped, with reasons.")
        {
            format,
            show,
        };
        input.AddTo(command);
        command.SetAction(result =>
        {
            var selected = result.GetValue(format);
            switch (result.GetValue(show)!.ToLowerInvariant())
            {
                case "skipped":
                {
                    var corpus = input.Read(result);
                    Output.Write(SkippedTable(corpus), selected, output, "Skipped");
                    CorpusArguments.WriteSummary(corpus, error);
                    return corpus.Count == 0 ? 1 : 0;
                }

                case "warnings":
                {
                    var corpus = input.Read(result);
                    Output.Write(WarningsTable(corpus), selected, output, "Warnings");
                    CorpusArguments.WriteSummary(corpus, error);
                    return corpus.Count == 0 ? 1 : 0;
                }

                default:
                    return ListArticles(input.Load(result), selected, output, error);
            }
        });
        return command;
    }

    private static int ListArticles(Corpus corpus, OutputFormat selected, TextWriter output, TextWriter error)
    {
        Output.Write(ArticlesTable(corpus.Tokenize()), selected, output, "Articles");
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
            CorpusArguments.WriteSummary(corpus, error);
            return 0;
        }

        foreach (var skipped in corpus.Skipped)
        {
            error.WriteLine($"skipped: {skipped.Source}: {skipped.Reason}");
        }

        foreach (var warning in corpus.Warnings)
        {
            error.WriteLine($"warning: {warning.Source}: {warning.Message}");
        }

        CorpusArguments.WriteSummary(corpus, error);
        return 0;
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
        [.. corpus.Skipped, .. corpus.Ignored],
        ("source", s => s.Source),
        ("reason", s => s.Reason));

    public static ResultTable WarningsTable(Corpus corpus) => ResultTable.From(
        corpus.Warnings,
        ("source", w => w.Source),
        ("message", w => w.Message));
}

/// <summary>
/// The corpus PATH argument and the reading options every analysis command shares (--id-column, --text-column,
/// --max-file-mb). A command creates one, adds it with <see cref="AddTo"/> and loads with <see cref="Load"/>.
/// </summary>
public sealed class CorpusArguments
{
    private CorpusArguments()
    {
    }

    public Argument<string?> Path { get; } = new("PATH")
    {
        Description = "A folder of .txt/.md articles (with an optional manifest.csv), a .jsonl or a .csv file. Default: the repository's seeds/.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string> IdColumn { get; } = new("--id-column")
    {
        HelpName = "NAME",
        Description = "CSV/JSONL (and manifest) column holding the article id.",
        DefaultValueFactory = _ => CorpusReaderOptions.Default.IdColumn,
    };

    public Option<string> TextColumn { get; } = new("--text-column")
    {
        HelpName = "NAME",
        Description = "CSV/JSONL column holding the article text.",
        DefaultValueFactory = _ => CorpusReaderOptions.Default.TextColumn,
    };

    public Option<double> MaxFileMegabytes { get; } = new("--max-file-mb")
    {
        HelpName = "MB",
        Description = "Skip (and report) article files larger than this many megabytes.",
        DefaultValueFactory = _ => CorpusReaderOptions.Default.MaxFileBytes / (1024.0 * 1024.0),
    };

    public Option<bool> Dedupe { get; } = new("--dedupe")
    {
        Description = "Drop exact and near-duplicate articles (they are reported either way).",
    };

    public Option<string?> OutletFrom { get; } = new("--outlet-from")
    {
        HelpName = "url|COLUMN",
        Description = "Take the outlet from a column holding URLs (the registered domain: www.bbc.co.uk gives bbc.co.uk). In a folder, a subfolder's name is the outlet of its articles.",
    };

    /// <summary>The one-line summary every command ends with (on stderr, so csv/json output stays clean).</summary>
    public static void WriteSummary(Corpus corpus, TextWriter error) => error.WriteLine(RunSummary.Line(corpus));

    public static CorpusArguments Create()
    {
        var arguments = new CorpusArguments();
        arguments.MaxFileMegabytes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is not (> 0 and < 1_000_000))
            {
                result.AddError("--max-file-mb: give a size in megabytes greater than 0.");
            }
        });
        foreach (var column in new[] { arguments.IdColumn, arguments.TextColumn })
        {
            column.Validators.Add(result =>
            {
                if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
                {
                    result.AddError($"{column.Name}: give a column name.");
                }
            });
        }

        return arguments;
    }

    /// <summary>Adds PATH and the corpus options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Path);
        command.Options.Add(IdColumn);
        command.Options.Add(TextColumn);
        command.Options.Add(MaxFileMegabytes);
        command.Options.Add(Dedupe);
        command.Options.Add(OutletFrom);
    }

    public CorpusReaderOptions ReaderOptions(ParseResult result) => CorpusReaderOptions.Default with
    {
        IdColumn = result.GetValue(IdColumn)!.Trim(),
        TextColumn = result.GetValue(TextColumn)!.Trim(),
        MaxFileBytes = (long)(result.GetValue(MaxFileMegabytes) * 1024 * 1024),
        Dedupe = result.GetValue(Dedupe),
        OutletFromUrlColumn = result.GetValue(OutletFrom)?.Trim() is { Length: > 0 } column ? column : null,
    };

    /// <summary>Reads the corpus; one-line errors; an empty corpus is returned, not an error.</summary>
    public Corpus Read(ParseResult result)
    {
        try
        {
            return CorpusReader.Read(result.GetValue(Path) ?? RepositoryPaths.Seeds, ReaderOptions(result));
        }
        catch (CorpusException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>Reads the corpus and fails with the reasons when nothing could be loaded.</summary>
    public Corpus Load(ParseResult result)
    {
        var corpus = Read(result);
        if (corpus.Count == 0)
        {
            var reasons = corpus.Skipped.IsEmpty ? "no articles found (.txt, .md, files without an extension, .jsonl, .csv)" : string.Join("; ", corpus.Skipped.Select(s => $"{s.Source}: {s.Reason}"));
            throw new CliException($"{result.GetValue(Path) ?? RepositoryPaths.Seeds}: nothing could be loaded ({reasons}).");
        }

        return corpus;
    }
}
