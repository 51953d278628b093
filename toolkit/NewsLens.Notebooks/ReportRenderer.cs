using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using NewsLens.Reports;

namespace NewsLens.Notebooks;

/// <summary>
/// Runs notebooks and writes the report: per notebook the executed .ipynb and an .html page, plus index.html, the
/// static chart images (figures/), the whole of every table a page shows only the start of (tables/) and one copy of plotly.js. A failing notebook still gets both files (with its partial outputs) and the others still run.
/// Same inputs give the same bytes: plot ids are renumbered per page and nothing time-dependent is written.
/// </summary>
public static class ReportRenderer
{
    public const string CorpusParameter = "corpusPath";

    /// <summary>The notebooks named by files and folders (a folder means its *.ipynb, in name order).</summary>
    public static ImmutableArray<string> FindNotebooks(IEnumerable<string> paths)
    {
        var found = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                found.AddRange(Directory.EnumerateFiles(path, "*.ipynb", SearchOption.TopDirectoryOnly)
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path) && path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
            {
                found.Add(path);
            }
            else
            {
                throw new NotebookException($"{path}: no such notebook (.ipynb) or folder.");
            }
        }

        return [.. found.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Why the report may not go where it was asked to, or null: an output folder or JUnit file that is, or lies inside,
    /// a folder holding the source notebooks or the corpus would mix generated files into the inputs (and an executed
    /// notebook would overwrite its committed source).
    /// </summary>
    public static string? OutputProblem(IReadOnlyList<string> notebooks, string? corpusPath, string outputDirectory, string? junitFile = null)
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        var protectedFolders = notebooks.Select(n => (Folder: Path.GetDirectoryName(Path.GetFullPath(n))!, What: "the notebooks being rendered")).ToList();
        if (corpusPath is not null)
        {
            var corpus = Path.GetFullPath(corpusPath);
            protectedFolders.Add((Directory.Exists(corpus) ? corpus : Path.GetDirectoryName(corpus)!, "the corpus"));
        }

        var outputs = new List<(string Path, string Option, string What)> { (Path.GetFullPath(outputDirectory), "--out " + outputDirectory, "the report") };
        if (junitFile is not null)
        {
            var junit = Path.GetFullPath(junitFile);
            if (notebooks.Any(n => SamePath(Path.GetFullPath(n), junit)))
            {
                return $"--junit {junitFile} would overwrite a source notebook; choose another file.";
            }

            outputs.Add((Path.GetDirectoryName(junit)!, "--junit " + junitFile, "the JUnit file"));
        }

        foreach (var (output, option, written) in outputs)
        {
            foreach (var (folder, what) in protectedFolders)
            {
                if (IsSameOrInside(output, folder))
                {
                    return $"{option}: {written} may not be written into {folder}, which holds {what}; choose a place outside it (default: artifacts/report).";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Why a notebook cannot run where it is, or null: a relative <c>#!import</c> (the convention's <c>#!import
    /// setup.csx</c>) resolves against the notebook's folder, and setup.csx references the toolkit by a path relative to
    /// the repository's notebooks/ folder, so a notebook elsewhere would fail at its second cell.
    /// </summary>
    public static string? LocationProblem(string notebookPath)
    {
        var fullPath = Path.GetFullPath(notebookPath);
        var folder = Path.GetDirectoryName(fullPath)!;
        var notebook = Notebook.Load(fullPath);
        foreach (var cell in notebook.Cells.Where(c => c.Kind == CellKind.Code))
        {
            foreach (var line in cell.Source.Split('\n'))
            {
                var trimmed = line.Trim();
                if (!trimmed.StartsWith("#!import ", StringComparison.Ordinal))
                {
                    continue;
                }

                var import = trimmed["#!import ".Length..].Trim().Trim('"');
                if (!Path.IsPathRooted(import) && !File.Exists(Path.Combine(folder, import)))
                {
                    return $"{notebook.Name}: it imports {import}, which is not in its folder ({folder}); notebooks must live in the repository's notebooks/ folder, next to setup.csx.";
                }
            }
        }

        return null;
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The parameters for one notebook: corpusPath (made relative to the notebook's folder, with forward slashes, so
    /// the injected cell is the same on every checkout) followed by the other overrides.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ParametersFor(string notebookPath, string? corpusPath, IReadOnlyList<KeyValuePair<string, string>> overrides)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        if (corpusPath is not null && !overrides.Any(p => p.Key == CorpusParameter))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
            var relative = Path.GetRelativePath(folder, Path.GetFullPath(corpusPath)).Replace('\\', '/');
            parameters.Add(new(CorpusParameter, relative));
        }

        parameters.AddRange(overrides);
        return parameters;
    }

    /// <summary>Why a folder cannot be read as <c>newslens analyze</c> output, or null.</summary>
    public static string? AnalysisProblem(string analysisFolder) =>
        !Directory.Exists(analysisFolder) ? $"--analysis {analysisFolder}: no such folder."
        : !File.Exists(Path.Combine(analysisFolder, "manifest.json")) ? $"--analysis {analysisFolder}: no manifest.json; pass the --out folder of newslens analyze."
        : null;

    /// <summary>
    /// The notebooks' parameters for an analyze folder: analysisPath (relative to the notebooks' folder, where they run)
    /// and analysisLink (relative to the report folder, for the pages' links), both with forward slashes, so the
    /// injected cell is the same on every checkout.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> AnalysisParameters(string analysisFolder, string notebooksFolder, string outputFolder)
    {
        var full = Path.GetFullPath(analysisFolder);
        return
        [
            new("analysisPath", Path.GetRelativePath(Path.GetFullPath(notebooksFolder), full).Replace('\\', '/')),
            new("analysisLink", Path.GetRelativePath(Path.GetFullPath(outputFolder), full).Replace('\\', '/')),
        ];
    }

    /// <summary>
    /// Runs the notebooks, up to <paramref name="concurrency"/> at once (default one after another; they start in the
    /// given order and share the engine's compiled code), and writes each one's files and
    /// <paramref name="notebookFinished"/> in the given order as soon as it and the ones before it have finished, then
    /// index.html. The files are the same bytes whatever the concurrency.
    /// </summary>
    public static async Task<ImmutableArray<NotebookRun>> RenderAsync(
        IReadOnlyList<string> notebooks,
        string outputDirectory,
        string? corpusPath,
        IReadOnlyList<KeyValuePair<string, string>> overrides,
        TimeSpan cellTimeout,
        ReportOptions? reportOptions = null,
        Action<CellStarted>? cellStarted = null,
        Action<NotebookRun>? notebookFinished = null,
        CancellationToken cancellationToken = default,
        int concurrency = 1)
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        if ((OutputProblem(notebooks, corpusPath, outputDirectory) ?? notebooks.Select(LocationProblem).FirstOrDefault(p => p is not null)) is { } problem)
        {
            throw new NotebookException(problem);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        var slots = concurrency;
        reportOptions ??= ReportOptions.Reader;
        Directory.CreateDirectory(outputDirectory);
        var pages = notebooks.Select(n => Notebook.Load(n)).Select(n => new ReportLink(Path.GetFileNameWithoutExtension(n.Name) + ".html", ReportPage.Title(Path.GetFileNameWithoutExtension(n.Name), n.Cells))).ToList();
        using var free = new SemaphoreSlim(slots, slots);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = new List<Task<NotebookRun>>(notebooks.Count);
        var previousStarted = Task.CompletedTask;
        foreach (var notebook in notebooks)
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var options = new RunOptions(ParametersFor(notebook, corpusPath, overrides), cellTimeout);
            running.Add(RunInTurnAsync(notebook, options, cellStarted, previousStarted, started, free, stop.Token));
            previousStarted = started.Task;
        }

        var runs = ImmutableArray.CreateBuilder<NotebookRun>(notebooks.Count);
        try
        {
            foreach (var task in running)
            {
                var run = await task.ConfigureAwait(false);
                var writing = Stopwatch.StartNew();
                Write(run, outputDirectory, reportOptions, pages);
                run = run with { WriteTime = writing.Elapsed };
                runs.Add(run);
                notebookFinished?.Invoke(run);
            }
        }
        catch
        {
            // Do not leave notebooks running behind a failure (a cancelled render, a file that cannot be written).
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default))).ConfigureAwait(false);
            throw;
        }

        WriteText(Path.Combine(outputDirectory, "index.html"), ReportIndex.Render(runs, pages));
        return runs.ToImmutable();
    }

    /// <summary>Waits until the notebook before this one has a slot, takes the next free slot, and runs the notebook in it.</summary>
    private static async Task<NotebookRun> RunInTurnAsync(string notebook, RunOptions options, Action<CellStarted>? cellStarted, Task previousStarted, TaskCompletionSource started, SemaphoreSlim free, CancellationToken cancellationToken)
    {
        try
        {
            await previousStarted.ConfigureAwait(false);
            await free.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Let the next notebook take its turn even if this one never starts (it then sees the cancellation too).
            started.TrySetResult();
        }

        try
        {
            // Off the caller's thread, so the next notebook can start while this one compiles its first cell.
            return NumberPlotIds(await Task.Run(() => NotebookRunner.RunAsync(notebook, options, cellStarted, cancellationToken), cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            free.Release();
        }
    }

    /// <summary>
    /// Writes one notebook's .ipynb and page, its static chart images under figures/ and, once per folder, the plotly.js
    /// file the pages load (unless the pages embed it).
    /// </summary>
    public static void Write(NotebookRun run, string outputDirectory, ReportOptions? options = null, IReadOnlyList<ReportLink>? pages = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        options ??= ReportOptions.Reader;
        WriteText(Path.Combine(outputDirectory, run.Name + ".ipynb"), NotebookWriter.ToJson(run));
        var page = ReportPage.Render(run, options, pages);
        WriteText(Path.Combine(outputDirectory, run.Name + ".html"), page);
        var figures = ReportPage.FigureFiles(run);
        if (figures.Count > 0)
        {
            Directory.CreateDirectory(Path.Combine(outputDirectory, ReportOptions.FiguresFolder));
            foreach (var (fileName, png) in figures)
            {
                File.WriteAllBytes(Path.Combine(outputDirectory, fileName), png);
            }
        }

        var tables = ReportPage.TableFiles(run);
        if (tables.Count > 0)
        {
            Directory.CreateDirectory(Path.Combine(outputDirectory, ReportOptions.TablesFolder));
            foreach (var (fileName, csv) in tables)
            {
                WriteText(Path.Combine(outputDirectory, fileName), csv);
            }
        }

        var plotlyFile = Path.Combine(outputDirectory, ReportOptions.PlotlyFileName);
        if (!options.SingleFile && page.Contains("src=\"" + ReportOptions.PlotlyFileName + "\"", StringComparison.Ordinal) && !File.Exists(plotlyFile))
        {
            WriteText(plotlyFile, ChartHtml.PlotlyJs);
        }
    }

    /// <summary>Replaces random chart ids by nl-plot-1, nl-plot-2... in order of appearance in the notebook.</summary>
    public static NotebookRun NumberPlotIds(NotebookRun run)
    {
        var ids = ChartHtml.NumberPlotIds(run.Cells.SelectMany(c => c.Outputs).OfType<DisplayOutput>().SelectMany(d => d.Data).Select(d => d.Value));
        if (ids.Count == 0)
        {
            return run;
        }

        return run with
        {
            Cells = [.. run.Cells.Select(cell => cell with
            {
                Outputs = [.. cell.Outputs.Select(output => output is DisplayOutput display
                    ? display with { Data = [.. display.Data.Select(d => d with { Value = ChartHtml.ReplacePlotIds(d.Value, ids) })] }
                    : output)],
            })],
        };
    }

    private static void WriteText(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
