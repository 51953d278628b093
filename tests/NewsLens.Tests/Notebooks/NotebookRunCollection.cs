namespace NewsLens.Tests.Notebooks;

/// <summary>
/// Running a notebook sets the process's working directory to the notebook's folder (as editors do) for the length of
/// the run. Tests that run notebooks share this collection, which xunit runs on its own after the parallel tests, so
/// no other test sees the directory change. The seed report (<see cref="RenderFixture"/>) is rendered once for the
/// whole collection.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookRunCollection : ICollectionFixture<RenderFixture>
{
    public const string Name = "Notebook runs";
}
