using System.Collections.Immutable;

namespace NewsLens.Notebooks;

/// <summary>One MIME representation of a displayed value (text/html, text/plain, image/png...).</summary>
public sealed record MimeValue(string MimeType, string Value);

/// <summary>What a cell produced, in Jupyter's output kinds.</summary>
public abstract record CellOutput;

/// <summary>Console output; Name is "stdout" or "stderr".</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary>A value shown with display(...); IsResult marks the cell's return value (Jupyter's execute_result).</summary>
public sealed record DisplayOutput(ImmutableArray<MimeValue> Data, bool IsResult) : CellOutput
{
    public string? Get(string mimeType) => Data.FirstOrDefault(d => d.MimeType == mimeType)?.Value;
}

/// <summary>A failure: the exception or error kind, its message and the detailed text (compiler output, stack).</summary>
public sealed record ErrorOutput(string Name, string Message, string Detail) : CellOutput;

public enum CellStatus
{
    /// <summary>Markdown and raw cells are rendered, not executed.</summary>
    NotExecutable,
    Succeeded,
    Failed,
    TimedOut,

    /// <summary>Not run because an earlier cell failed.</summary>
    Skipped,
}

/// <summary>
/// A cell after a run. Number is the 1-based position in the committed notebook (0 for the injected parameters
/// cell), which is what a user sees in the editor and what error messages name.
/// </summary>
public sealed record ExecutedCell(NotebookCell Cell, int Number, int? ExecutionCount, CellStatus Status, ImmutableArray<CellOutput> Outputs, TimeSpan Elapsed)
{
    public ErrorOutput? Error => Outputs.OfType<ErrorOutput>().FirstOrDefault();

    public string Label => Number == 0 ? "injected parameters cell" : $"cell {Number}";

    /// <summary>
    /// The process's JIT compilation time while the cell ran (<see cref="System.Runtime.JitInfo"/>; process-wide, so
    /// it includes other notebooks running at the same time). For `render --timings`; never written to the outputs.
    /// </summary>
    public TimeSpan Jit { get; init; }

    /// <summary>The bytes the process allocated while the cell ran (process-wide, like <see cref="Jit"/>). For `render --timings`.</summary>
    public long Allocated { get; init; }
}
