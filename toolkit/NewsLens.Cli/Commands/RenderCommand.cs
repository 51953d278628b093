using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsLens.Notebooks;

namespace NewsLens.Cli.Commands;

/// <summary>
/// `newslens render [NOTEBOOK|DIR ...]`: runs the notebooks in-process and writes the offline report. Exit code 1 when
/// any notebook fails; each failure is named (notebook, cell, error) on stderr.
/// </summary>
public static class RenderCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var notebooks = new Argument<string[]>("NOTEBOOK")
        {
            Description = "Notebooks (.ipynb) or folders of notebooks to run. Default: the repository's notebooks/.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var corpus = new Option<string?>("--corpus")
        {
            Description = "The corpus every notebook analyses (sets the corpusPath parameter). Default: the repository's seeds/.",
        };
        var parameters = new Option<string[]>("--param")
        {
            Description = "Override a notebook parameter: --param name=value (repeatable). The value keeps the type of the notebook's default.",
        };
        var outDirectory = new Option<string?>("--out")
        {
            Description = "Where to write the executed .ipynb, the .html pages and index.html. Default: artifacts/report/.",
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds one cell may run before it fails the notebook.",
            DefaultValueFactory = _ => RunOptions.DefaultCellTimeout.TotalSeconds,
        };
        var junit = new Option<string?>("--junit")
        {
            Description = "Also write JUnit XML (a test case per code cell) to this file.",
        };
        var showCode = new Option<bool>("--show-code")
        {
            Description = "Show the code cells (and the parameter and set-up cells) in the pages. Default: a reader's report without code; the executed .ipynb always keeps everything.",
        };
        var staticCharts = new Option<bool>("--static")
        {
            Description = "Show each chart's static image (PNG) instead of its interactive Plotly version. Every static image is also written to figures/.",
        };
        var singleFile = new Option<bool>("--single-file")
        {
            Description = "Embed plotly.js in every page (about 3.6 MB each), so one page can be sent on its own. Default: one plotly.js file per report folder.",
        };
        var story = new Option<string?>("--story")
        {
            HelpName = "FILE",
            Description = "Story file (sets the storyPath parameter). Default: story.json next to the corpus, else actors and process words proposed from the corpus.",
        };
        var targets = new Option<string[]>("--target")
        {
            HelpName = "WORDS",
            Description = "The target process named by these words instead of the story's (sets the targets parameter; repeatable).",
        };
        var analysis = new Option<string?>("--analysis")
        {
            HelpName = "DIR",
            Description = "A `newslens analyze --out` folder of the same corpus: the pages show its whole-corpus tables beside the sample a large corpus is read as, and link its files (sets the analysisPath and analysisLink parameters).",
        };
        var outletFrom = new Option<string?>("--outlet-from")
        {
            HelpName = "COLUMN",
            Description = "A CSV/JSONL column of URLs whose registered domain is each article's outlet (sets the outletFrom parameter), e.g. --outlet-from url.",
        };
        var timings = new Option<bool>("--timings")
        {
            Description = "Print where the time went on stderr at the end: each notebook's engine start-up, cells and file writing, and the process's CPU, JIT and GC totals.",
        };
        var parallel = new Option<int>("--parallel")
        {
            HelpName = "N",
            Description = "How many notebooks run at once, in this process (default 1: one after another). The report is the same bytes either way.",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("render", "Run the notebooks top to bottom and render them into a report that opens offline (artifacts/report/index.html).")
        {
            notebooks, corpus, parameters, outDirectory, timeout, junit, story, targets, outletFrom, analysis, showCode, staticCharts, singleFile, timings, parallel,
        };
        command.SetAction(result => Run(
            result.GetValue(notebooks) ?? [],
            result.GetValue(corpus),
            [.. result.GetValue(parameters) ?? [], .. StoryParameters(result.GetValue(story), result.GetValue(targets) ?? []), .. OutletParameter(result.GetValue(outletFrom))],
            result.GetValue(outDirectory),
            result.GetValue(timeout),
            result.GetValue(junit),
            result.GetValue(analysis),
            new ReportOptions(result.GetValue(showCode), result.GetValue(staticCharts), result.GetValue(singleFile)),
            result.GetValue(timings),
            result.GetValue(parallel),
            output,
            error));
        return command;
    }

    private static int Run(string[] paths, string? corpus, string[] parameters, string? outDirectory, double timeoutSeconds, string? junit, string? analysis, ReportOptions reportOptions, bool timings, int parallel, TextWriter output, TextWriter error)
    {
        if (!double.IsFinite(timeoutSeconds) || timeoutSeconds <= 0)
        {
            throw new CliException("--timeout must be a positive number of seconds.");
        }

        if (parallel < 1)
        {
            throw new CliException("--parallel must be at least 1.");
        }

        var corpusPath = corpus ?? RepositoryPaths.Seeds;
        if (!Directory.Exists(corpusPath) && !File.Exists(corpusPath))
        {
            throw new CliException($"{corpusPath}: no such corpus folder or file.");
        }

        var overrides = parameters.Select(ParseParameter).ToList();
        var outputFolder = outDirectory ?? Path.Combine(RepositoryPaths.Artifacts, "report");
        if (analysis is not null)
        {
            if (ReportRenderer.AnalysisProblem(analysis) is { } analysisProblem)
            {
                throw new CliException(analysisProblem);
            }

            overrides.AddRange(ReportRenderer.AnalysisParameters(analysis, RepositoryPaths.Notebooks, outputFolder));
        }
        IReadOnlyList<string> found;
        try
        {
            found = ReportRenderer.FindNotebooks(paths.Length > 0 ? paths : [RepositoryPaths.Notebooks]);
        }
        catch (NotebookException e)
        {
            throw new CliException(e.Message);
        }

        if (found.Count == 0)
        {
            throw new CliException("no notebooks to render.");
        }

        try
        {
            if (found.Select(ReportRenderer.LocationProblem).FirstOrDefault(p => p is not null) is { } locationProblem)
            {
                throw new CliException(locationProblem);
            }

            if (NotebookParameters.Problem([.. found.Select(Notebook.Load)], overrides) is { } parameterProblem)
            {
                throw new CliException(parameterProblem);
            }
        }
        catch (NotebookException e)
        {
            throw new CliException(e.Message);
        }

        if (ReportRenderer.OutputProblem(found, corpusPath, outputFolder, junit) is { } problem)
        {
            throw new CliException(problem);
        }

        if (ToolkitBuild.EnsureCurrent(output) is { } warning)
        {
            error.WriteLine($"warning: {warning}");
        }

        var clock = Stopwatch.StartNew();
        ReportInputs inputs;
        try
        {
            inputs = ReportInputs.Prepare(corpusPath, overrides, analysis, ReportInputs.WorkFolder(RepositoryPaths.Artifacts, outputFolder), RepositoryPaths.Notebooks);
        }
        catch (Corpora.CorpusException e)
        {
            throw new CliException(e.Message);
        }

        overrides.AddRange(inputs.Parameters);
        if (inputs.Note.Length > 0)
        {
            output.WriteLine($"{inputs.Note} ({clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)");
        }

        using var progress = new ProgressLine(error, found.Count);
        var runs = ReportRenderer.RenderAsync(
            found,
            outputFolder,
            corpusPath,
            overrides,
            TimeSpan.FromSeconds(timeoutSeconds),
            reportOptions,
            progress.CellStarted,
            run =>
            {
                progress.Clear();
                output.WriteLine(run.Succeeded
                    ? $"{run.Notebook.Name}: ok, {run.Cells.Count(c => c.ExecutionCount is not null)} code cells, {run.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s"
                    : $"{run.Notebook.Name}: FAILED at {run.Failure!.Label}");
            },
            concurrency: parallel).GetAwaiter().GetResult();
        progress.Clear();

        if (junit is not null)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(junit));
            Directory.CreateDirectory(folder!);
            File.WriteAllText(junit, JUnitReport.Render(runs));
        }

        output.WriteLine($"Report: {Path.Combine(outputFolder, "index.html")}");
        if (timings)
        {
            error.Write(RenderTimings.Format(runs, RenderTimings.ProcessFigures.Now()));
        }

        foreach (var failed in runs.Where(r => !r.Succeeded))
        {
            error.WriteLine($"newslens render: {failed.FailureSummary}");
        }

        return runs.All(r => r.Succeeded) ? 0 : 1;
    }

    /// <summary>--story and --target as --param values: storyPath (a full path), targets (the words joined by ';').</summary>
    private static IEnumerable<string> StoryParameters(string? story, string[] targets)
    {
        if (story is not null)
        {
            yield return "storyPath=" + (File.Exists(story) ? Path.GetFullPath(story) : throw new CliException($"--story {story}: no such file."));
        }

        var words = targets.Select(t => t.Trim()).Where(t => t.Length > 0).ToArray();
        if (words.Length > 0)
        {
            yield return "targets=" + string.Join(';', words);
        }
    }

    /// <summary>--outlet-from as the outletFrom parameter of the notebooks.</summary>
    private static IEnumerable<string> OutletParameter(string? column) =>
        column?.Trim() is { Length: > 0 } name ? ["outletFrom=" + name] : [];

    private static KeyValuePair<string, string> ParseParameter(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new CliException($"--param {text}: expected name=value.");
        }

        return new(text[..equals].Trim(), text[(equals + 1)..]);
    }

    /// <summary>One self-updating status line on an interactive terminal; nothing when stderr is redirected.</summary>
    private sealed class ProgressLine : IDisposable
    {
        private readonly TextWriter _writer;
        private readonly int _notebooks;
        private readonly bool _live;
        private readonly Stopwatch _cellClock = new();
        private readonly Timer? _timer;
        private readonly object _gate = new();
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private CellStarted? _current;

        public ProgressLine(TextWriter writer, int notebooks)
        {
            _writer = writer;
            _notebooks = notebooks;
            _live = ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;
            _timer = _live ? new Timer(_ => Draw(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)) : null;
        }

        public void CellStarted(CellStarted cell)
        {
            lock (_gate)
            {
                _seen.Add(cell.Notebook);
                _current = cell;
                _cellClock.Restart();
            }

            Draw();
        }

        public void Clear()
        {
            if (_live)
            {
                lock (_gate)
                {
                    _writer.Write("\r\u001b[2K");
                    _current = null;
                }
            }
        }

        public void Dispose() => _timer?.Dispose();

        private void Draw()
        {
            if (!_live)
            {
                return;
            }

            lock (_gate)
            {
                if (_current is { } cell)
                {
                    var seconds = _cellClock.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
                    _writer.Write($"\r\u001b[2K[{_seen.Count}/{_notebooks}] {cell.Notebook}: {cell.CellLabel} ({cell.Position}/{cell.CodeCells} code cells), {seconds} s");
                }
            }
        }
    }
}
