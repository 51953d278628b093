using System.CommandLine;
using NewsLens.Corpora;
using NewsLens.Pipeline;
using NewsLens.Tables;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>`newslens corpus [PATH]`: what loaded, what cleaning removed, what was skipped and why.</summary>
public static class CorpusCommand
{
    /// <summary>How many skipped inputs and warnings are kept for a table or for stderr; the rest are counted and noted.</summary>
    public const int ListedProblems = 1000;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CorpusArguments.Create();
        var format = Output.FormatOption();
        var show = new Option<string>("--show")
        {
            HelpName = "articles|skipped|warnings",
            Description = "What to print: articles, skipped (each input not loaded, with its reason) or warnings (inputs loaded with a caveat). With csv or json, articles keeps skips and warnings on stderr (the first 1,000 of each); skipped and warnings put every one on stdout for scripts.",
            DefaultValueFactory = _ => "articles",
        };
        show.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "articles", "skipped", "warnings");
        var quiet = ProgressOptions.Quiet();
        var command = new Command("corpus", "List the articles of a corpus (id, outlet, date, words, sentences, characters removed by cleaning) and the files skipped, with reasons.")
        {
            format,
            show,
            quiet,
        };
        input.AddTo(command);
        command.SetAction(result =>
        {
            // Streamed (see StreamedCorpus): rows are written as batches finish (kept only for a terminal table); only the
            // summary counts and the first ListedProblems skips and warnings outlive a batch.
            var corpus = StreamedCorpus.Open(input, result, ProgressOptions.Reporter(result.GetValue(quiet), error, "corpus"));
            var selected = result.GetValue(format);
            return result.GetValue(show)!.ToLowerInvariant() switch
            {
                "skipped" => ListProblems(corpus, selected, output, error, SkippedTable, "Skipped"),
                "warnings" => ListProblems(corpus, selected, output, error, WarningsTable, "Warnings"),
                _ => ListArticles(corpus, selected, output, error),
            };
        });
        return command;
    }

    /// <summary>--show skipped|warnings: every row of the chosen list, streamed (csv/json) or up to <see cref="ListedProblems"/> (table).</summary>
    private static int ListProblems(StreamedCorpus corpus, OutputFormat selected, TextWriter output, TextWriter error, Func<Corpus, ResultTable> table, string title)
    {
        var rows = new RowStream(selected, output, selected == OutputFormat.Table ? ListedProblems : null);
        var summary = corpus.Stream(null, batch => rows.Add(table(batch.Corpus.Corpus)), allowEmpty: true);
        rows.Add(table(Corpus.Empty with { Ignored = [.. corpus.Unread] }));
        rows.Finish(table(Corpus.Empty), title);
        if (rows.Omitted > 0)
        {
            output.WriteLine(OmittedNote(rows.Omitted, title.ToLowerInvariant(), $"--show {title.ToLowerInvariant()} --format csv"));
        }

        error.WriteLine(summary.Line());
        return summary.Articles == 0 ? 1 : 0;
    }

    private static int ListArticles(StreamedCorpus corpus, OutputFormat selected, TextWriter output, TextWriter error)
    {
        var rows = new RowStream(selected, output);
        var skipped = new CappedList<SkippedInput>(ListedProblems);
        var ignored = new CappedList<SkippedInput>(ListedProblems);
        var warnings = new CappedList<LoadWarning>(ListedProblems);
        var counter = new CorpusSummaryCounter();
        var summary = corpus.Stream(null, batch =>
        {
            rows.Add(ArticlesTable(batch.Corpus));
            skipped.AddRange(batch.Corpus.Corpus.Skipped);
            ignored.AddRange(batch.Corpus.Corpus.Ignored);
            warnings.AddRange(batch.Corpus.Corpus.Warnings);
            counter.Add(batch.Corpus.Articles.Select(a => a.Article), batch.Corpus.Corpus);
        });
        ignored.AddRange(corpus.Unread);
        rows.Finish(ArticlesTable(new TokenizedCorpus(Corpus.Empty, [])), "Articles");
        if (selected == OutputFormat.Table)
        {
            if (skipped.Total > 0)
            {
                Output.Write(SkippedTable(new Corpus([], skipped.Items, []) { Ignored = ignored.Items }), selected, output, "Skipped");
                if (skipped.Omitted + ignored.Omitted > 0)
                {
                    output.WriteLine(OmittedNote(skipped.Omitted + ignored.Omitted, "skipped", "--show skipped --format csv"));
                }
            }

            WriteWarnings(warnings, error);
            output.WriteLine(counter.Line());
            error.WriteLine(summary.Line());
            return 0;
        }

        foreach (var item in skipped.Items)
        {
            error.WriteLine($"skipped: {item.Source}: {item.Reason}");
        }

        if (skipped.Omitted > 0)
        {
            error.WriteLine(OmittedNote(skipped.Omitted, "skipped", "--show skipped --format csv"));
        }

        WriteWarnings(warnings, error);
        error.WriteLine(summary.Line());
        return 0;
    }

    private static void WriteWarnings(CappedList<LoadWarning> warnings, TextWriter error)
    {
        foreach (var warning in warnings.Items)
        {
            error.WriteLine($"warning: {warning.Source}: {warning.Message}");
        }

        if (warnings.Omitted > 0)
        {
            error.WriteLine(OmittedNote(warnings.Omitted, "warnings", "--show warnings --format csv"));
        }
    }

    /// <summary>"... and 1,234 more skipped not listed (the first 1,000 are; --show skipped --format csv lists all)".</summary>
    public static string OmittedNote(long omitted, string what, string all) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"... and {omitted:N0} more {what} not listed (the first {ListedProblems:N0} are; {all} lists all).");

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
            throw NothingLoaded(result.GetValue(Path) ?? RepositoryPaths.Seeds, corpus.Skipped);
        }

        return corpus;
    }

    /// <summary>"PATH: nothing could be loaded (a.txt: empty; b.txt: binary ...)", naming <paramref name="skipped"/> and how many more were not named.</summary>
    public static CliException NothingLoaded(string path, IReadOnlyCollection<SkippedInput> skipped, long unnamed = 0)
    {
        var reasons = skipped.Count == 0
            ? "no articles found (.txt, .md, files without an extension, .jsonl, .csv)"
            : string.Join("; ", skipped.Select(s => $"{s.Source}: {s.Reason}")) + (unnamed > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"; {unnamed:N0} more") : "");
        return new CliException($"{path}: nothing could be loaded ({reasons}).");
    }
}
