using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace NewsLens.Notebooks;

/// <summary>What a run is given: parameter overrides (in order) and how long one cell may take.</summary>
public sealed record RunOptions(IReadOnlyList<KeyValuePair<string, string>> Parameters, TimeSpan CellTimeout)
{
    public static TimeSpan DefaultCellTimeout { get; } = TimeSpan.FromMinutes(5);
}

/// <summary>Reported when a cell starts, for progress displays.</summary>
public sealed record CellStarted(string Notebook, string CellLabel, int Position, int CodeCells);

/// <summary>One notebook after a run: its cells with outputs, stopped at the first failure.</summary>
public sealed record NotebookRun(string Path, Notebook Notebook, ImmutableArray<ExecutedCell> Cells, TimeSpan Elapsed)
{
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>Starting the engine: creating the kernels and compiling a first submission (part of <see cref="Elapsed"/>).</summary>
    public TimeSpan Startup { get; init; }

    /// <summary>The process's JIT compilation time during <see cref="Startup"/> (process-wide, like <see cref="ExecutedCell.Jit"/>).</summary>
    public TimeSpan StartupJit { get; init; }

    /// <summary>The bytes the process allocated during <see cref="Startup"/> (process-wide).</summary>
    public long StartupAllocated { get; init; }

    /// <summary>Writing the notebook's report files (its .ipynb, page, figures and tables), once written; not part of <see cref="Elapsed"/>.</summary>
    public TimeSpan WriteTime { get; init; }

    public ExecutedCell? Failure => Cells.FirstOrDefault(c => c.Status is CellStatus.Failed or CellStatus.TimedOut);

    public bool Succeeded => Failure is null;

    /// <summary>"01-corpus.ipynb failed at cell 7: CS0103: ..." for terminals and CI logs.</summary>
    public string FailureSummary => Failure is { } failed
        ? $"{Notebook.Name} failed at {failed.Label}: {failed.Error?.Name}: {FirstLine(failed.Error?.Message)}"
        : $"{Notebook.Name} succeeded";

    private static string FirstLine(string? text) => (text ?? "").Split('\n', 2)[0].Trim();
}

/// <summary>
/// Runs notebooks in this process on the .NET Interactive engine (a composite kernel with C#, #!import and #r "nuget:"),
/// a fresh engine per notebook. Cells run top to bottom with the notebook's folder as working directory (as in VS Code
/// and Jupyter, so "#!import setup.csx" and relative paths work) and under the invariant culture; the first failing or
/// timed-out cell stops the notebook and the later cells are reported as skipped (a timed-out cell's code cannot be
/// aborted in-process and may keep running). The working directory, default culture and NEWSLENS_RENDER are
/// process-wide: runs of notebooks in the same folder may overlap (they need the same settings), a run in another
/// folder waits until they end. Each run has its own chart colours (<see cref="NewsLens.Charts.SeriesColors.Scope"/>).
/// </summary>
public static class NotebookRunner
{
    /// <summary>Set to "1" while rendering, so a notebook can tell a render from an editor session.</summary>
    public const string RenderEnvironmentVariable = "NEWSLENS_RENDER";

    public static async Task<NotebookRun> RunAsync(string path, RunOptions options, Action<CellStarted>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fullPath = System.IO.Path.GetFullPath(path);
        var notebook = Notebook.Load(fullPath);
        var cells = NotebookParameters.Inject(notebook.Cells, options.Parameters);
        using var settings = await ProcessSettings.EnterAsync(System.IO.Path.GetDirectoryName(fullPath)!, cancellationToken).ConfigureAwait(false);

        // This flow's culture and colours, before the engine starts, so its threads and captured contexts see them too.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        using var colours = NewsLens.Charts.SeriesColors.Scope();
        var clock = Stopwatch.StartNew();
        var jitAtStart = JitInfo.GetCompilationTime();
        var allocatedAtStart = GC.GetTotalAllocatedBytes();
        var kernel = CreateKernel();
        var abandonKernel = false;
        try
        {
            // Start the C# compiler before the first cell, so --timeout measures the cell and not the engine's start-up.
            await kernel.SendAsync(new SubmitCode("0"), cancellationToken).ConfigureAwait(false);
            var startup = clock.Elapsed;
            var startupJit = JitInfo.GetCompilationTime() - jitAtStart;
            var startupAllocated = GC.GetTotalAllocatedBytes() - allocatedAtStart;
            var executed = ImmutableArray.CreateBuilder<ExecutedCell>(cells.Length);
            var codeCells = cells.Count(c => c.Kind == CellKind.Code);
            var position = 0;
            var executionCount = 0;
            var stopped = false;
            var number = 0;
            foreach (var cell in cells)
            {
                var cellNumber = cell.Id == NotebookParameters.InjectedCellId && cell.HasTag(NotebookCell.InjectedParametersTag) ? 0 : ++number;
                if (cell.Kind != CellKind.Code)
                {
                    executed.Add(new ExecutedCell(cell, cellNumber, null, CellStatus.NotExecutable, [], TimeSpan.Zero));
                    continue;
                }

                if (stopped || string.IsNullOrWhiteSpace(cell.Source))
                {
                    executed.Add(new ExecutedCell(cell, cellNumber, null, stopped ? CellStatus.Skipped : CellStatus.Succeeded, [], TimeSpan.Zero));
                    continue;
                }

                position++;
                var provisional = new ExecutedCell(cell, cellNumber, null, CellStatus.Skipped, [], TimeSpan.Zero);
                progress?.Invoke(new CellStarted(notebook.Name, provisional.Label, position, codeCells));
                var result = await RunCellAsync(kernel, cell, cellNumber, ++executionCount, options.CellTimeout, cancellationToken).ConfigureAwait(false);
                executed.Add(result);
                if (result.Status != CellStatus.Succeeded)
                {
                    stopped = true;
                    abandonKernel = result.Status == CellStatus.TimedOut;
                }
            }

            return new NotebookRun(fullPath, notebook, executed.ToImmutable(), clock.Elapsed) { Startup = startup, StartupJit = startupJit, StartupAllocated = startupAllocated };
        }
        finally
        {
            if (abandonKernel)
            {
                // A timed-out submission cannot be interrupted in-process; dispose without waiting for it.
                _ = Task.Run(() => DisposeQuietly(kernel), CancellationToken.None);
            }
            else
            {
                DisposeQuietly(kernel);
            }
        }
    }

    /// <summary>
    /// The process-wide settings runs share: the working directory (the notebooks' folder), NEWSLENS_RENDER=1 and the
    /// invariant default cultures (the report must not depend on the machine's locale: 0.41, not 0,41, in text and in
    /// chart ticks; the defaults cover the engine's own threads). Set when the first of overlapping runs starts and
    /// restored when the last one ends; a run in another folder waits for that.
    /// </summary>
    private static class ProcessSettings
    {
        private static readonly object Gate = new();
        private static string? _folder;
        private static int _runs;
        private static Saved? _saved;
        private static TaskCompletionSource _idle = NewIdle();

        public static async Task<IDisposable> EnterAsync(string folder, CancellationToken cancellationToken)
        {
            while (true)
            {
                Task idle;
                lock (Gate)
                {
                    if (_runs == 0)
                    {
                        _saved = new Saved(Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariable(RenderEnvironmentVariable), CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
                        Directory.SetCurrentDirectory(folder);
                        Environment.SetEnvironmentVariable(RenderEnvironmentVariable, "1");
                        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
                        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
                        _folder = folder;
                    }

                    if (string.Equals(_folder, folder, StringComparison.Ordinal))
                    {
                        _runs++;
                        return new Lease();
                    }

                    idle = _idle.Task;
                }

                await idle.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        private static void Leave()
        {
            lock (Gate)
            {
                if (--_runs > 0)
                {
                    return;
                }

                var saved = _saved!;
                Directory.SetCurrentDirectory(saved.Directory);
                Environment.SetEnvironmentVariable(RenderEnvironmentVariable, saved.Render);
                CultureInfo.DefaultThreadCurrentCulture = saved.Culture;
                CultureInfo.DefaultThreadCurrentUICulture = saved.UICulture;
                (_folder, _saved) = (null, null);
                _idle.SetResult();
                _idle = NewIdle();
            }
        }

        private static TaskCompletionSource NewIdle() => new(TaskCreationOptions.RunContinuationsAsynchronously);

        private sealed record Saved(string Directory, string? Render, CultureInfo? Culture, CultureInfo? UICulture);

        private sealed class Lease : IDisposable
        {
            private int _disposed;

            public void Dispose()
            {
                if (Interlocked.Exchange(ref _disposed, 1) == 0)
                {
                    Leave();
                }
            }
        }
    }

    private static CompositeKernel CreateKernel()
    {
        var csharp = new CSharpKernel()
            .UseNugetDirective((_, _) => Task.CompletedTask, false)
            .UseKernelHelpers()
            .UseValueSharing()
            .UseWho();
        var composite = new CompositeKernel { csharp };
        composite.DefaultKernelName = csharp.Name;
        composite.UseImportMagicCommand();
        return composite;
    }

    private static async Task<ExecutedCell> RunCellAsync(CompositeKernel kernel, NotebookCell cell, int number, int executionCount, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var collector = new OutputCollector();
        var clock = Stopwatch.StartNew();
        var jitAtStart = JitInfo.GetCompilationTime();
        var allocatedAtStart = GC.GetTotalAllocatedBytes();
        using var subscription = kernel.KernelEvents.Subscribe(collector);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var command = new SubmitCode(cell.Source);
        var send = Task.Run(() => kernel.SendAsync(command, cancel.Token), CancellationToken.None);
        var finished = await Task.WhenAny(send, Task.Delay(timeout, cancellationToken)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (finished != send)
        {
            await cancel.CancelAsync().ConfigureAwait(false);
            var seconds = timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
            var outputs = collector.Snapshot().Add(new ErrorOutput(
                "Timeout",
                $"timed out after {seconds} s; the cell's code may keep running until newslens exits",
                $"The notebook was stopped at this cell after {seconds} s (--timeout). .NET cannot abort code running in-process, so a busy cell may keep using a processor core until the newslens process ends; the later cells were not run."));
            return new ExecutedCell(cell, number, executionCount, CellStatus.TimedOut, outputs, clock.Elapsed) { Jit = JitInfo.GetCompilationTime() - jitAtStart, Allocated = GC.GetTotalAllocatedBytes() - allocatedAtStart };
        }

        var result = await send.ConfigureAwait(false);
        var failed = result.Events.OfType<CommandFailed>().FirstOrDefault(e => ReferenceEquals(e.Command, command)) ?? result.Events.OfType<CommandFailed>().FirstOrDefault();
        var collected = collector.Snapshot();
        if (failed is not null)
        {
            collected = collected.Add(ToError(failed));
        }

        return new ExecutedCell(cell, number, executionCount, failed is null ? CellStatus.Succeeded : CellStatus.Failed, collected, clock.Elapsed) { Jit = JitInfo.GetCompilationTime() - jitAtStart, Allocated = GC.GetTotalAllocatedBytes() - allocatedAtStart };
    }

    private static ErrorOutput ToError(CommandFailed failed)
    {
        var exception = failed.Exception;
        return exception switch
        {
            null => new ErrorOutput("Error", failed.Message, failed.Message),
            _ when exception.GetType().Name == "CodeSubmissionCompilationErrorException" => new ErrorOutput("CompilationError", exception.Message, failed.Message),
            _ => new ErrorOutput(exception.GetType().Name, exception.Message, failed.Message),
        };
    }

    private static void DisposeQuietly(IDisposable disposable)
    {
        try
        {
            disposable.Dispose();
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or AggregateException or OperationCanceledException)
        {
            // The engine is being thrown away; nothing depends on a clean shutdown.
        }
    }

    /// <summary>Turns the engine's events into Jupyter outputs, in the order they happened.</summary>
    private sealed class OutputCollector : IObserver<KernelEvent>
    {
        private readonly object _gate = new();
        private readonly List<CellOutput> _outputs = [];
        private readonly Dictionary<string, int> _displayIndex = new(StringComparer.Ordinal);

        public ImmutableArray<CellOutput> Snapshot()
        {
            lock (_gate)
            {
                return [.. _outputs];
            }
        }

        public void OnNext(KernelEvent value)
        {
            lock (_gate)
            {
                switch (value)
                {
                    case StandardOutputValueProduced stdout:
                        AppendStream("stdout", Text(stdout));
                        break;
                    case StandardErrorValueProduced stderr:
                        AppendStream("stderr", Text(stderr));
                        break;
                    case DisplayedValueUpdated updated when updated.ValueId is { } id && _displayIndex.TryGetValue(id, out var at):
                        _outputs[at] = new DisplayOutput(Mime(updated), ((DisplayOutput)_outputs[at]).IsResult);
                        break;
                    case ReturnValueProduced result:
                        Add(new DisplayOutput(Mime(result), IsResult: true), result.ValueId);
                        break;
                    case DisplayedValueProduced displayed:
                        Add(new DisplayOutput(Mime(displayed), IsResult: false), displayed.ValueId);
                        break;
                    case ErrorProduced error:
                        AppendStream("stderr", error.Message + "\n");
                        break;
                }
            }
        }

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }

        private void Add(DisplayOutput output, string? valueId)
        {
            if (output.Data.IsEmpty)
            {
                return;
            }

            if (valueId is not null)
            {
                _displayIndex[valueId] = _outputs.Count;
            }

            _outputs.Add(output);
        }

        private void AppendStream(string name, string text)
        {
            if (_outputs.Count > 0 && _outputs[^1] is StreamOutput last && last.Name == name)
            {
                _outputs[^1] = last with { Text = last.Text + text };
            }
            else
            {
                _outputs.Add(new StreamOutput(name, text));
            }
        }

        private static string Text(DisplayEvent e) =>
            e.FormattedValues.FirstOrDefault(f => f.MimeType == "text/plain")?.Value ?? e.Value?.ToString() ?? "";

        private static ImmutableArray<MimeValue> Mime(DisplayEvent e) =>
            [.. e.FormattedValues.Where(f => !f.SuppressDisplay).Select(f => new MimeValue(f.MimeType, f.Value))];
    }
}
