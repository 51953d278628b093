namespace NewsLens.Pipeline;

/// <summary>
/// One analysis stage of <see cref="StreamingAnalysis"/>. It sees every batch on its own thread and keeps one state for
/// the whole run: counts and bounded lists only, never the batches.
/// </summary>
public interface IAnalysisStage
{
    string Name { get; }

    /// <summary>True when the stage must see batches in corpus order (writers of per-article rows); others take them as they finish.</summary>
    bool Ordered => false;

    IStageState Create();
}

public interface IStageState
{
    void Add(AnalysisBatch batch);

    /// <summary>
    /// Ends the stage (scores, writes, closes files; timed as part of the stage) and says in one line what it found.
    /// Called once every stage has seen every batch; with several threads, the stages finish at the same time, each
    /// on its own thread, so a stage may read another's counts here but must not change them.
    /// </summary>
    string Finish();
}

/// <summary>A stage from three functions: make the state, add a batch to it, finish it.</summary>
public sealed record AnalysisStage<TState>(string Name, Func<TState> Create, Action<TState, AnalysisBatch> Add, Func<TState, string> Finish, bool Ordered = false)
    : IAnalysisStage
{
    IStageState IAnalysisStage.Create() => new State(this, Create());

    private sealed class State(AnalysisStage<TState> stage, TState value) : IStageState
    {
        public void Add(AnalysisBatch batch) => stage.Add(value, batch);

        public string Finish() => stage.Finish(value);
    }
}
