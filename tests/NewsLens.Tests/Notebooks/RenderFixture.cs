using System.Collections.Immutable;
using NewsLens.Cli;
using NewsLens.Notebooks;

namespace NewsLens.Tests.Notebooks;

/// <summary>
/// Renders every notebook in notebooks/ on the seeds once for the whole test class (the engine is started once per
/// notebook, not per test), plus 01-corpus a second time for the determinism check and once on a hostile corpus.
/// </summary>
public sealed class RenderFixture : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "newslens-render-tests-" + Guid.NewGuid().ToString("N"));

    public string SeedsReport => Path.Combine(Root, "seeds");

    public string RepeatReport => Path.Combine(Root, "repeat");

    /// <summary>The same notebooks as <see cref="SeedsReport"/> (rendered two at a time), one after another.</summary>
    public string SerialReport => Path.Combine(Root, "serial");

    public string HostileReport => Path.Combine(Root, "hostile");

    public string HostileCorpus => Path.Combine(Root, "hostile-corpus");

    public ImmutableArray<NotebookRun> SeedRuns { get; private set; }

    public NotebookRun HostileRun { get; private set; } = null!;

    public NotebookRun RepeatRun { get; private set; } = null!;

    public static string CorpusNotebook => Path.Combine(RepositoryPaths.Notebooks, "01-corpus.ipynb");

    public async Task InitializeAsync()
    {
        var notebooks = ReportRenderer.FindNotebooks([RepositoryPaths.Notebooks]);
        SeedRuns = await ReportRenderer.RenderAsync(notebooks, SeedsReport, RepositoryPaths.Seeds, [], RunOptions.DefaultCellTimeout, concurrency: 2);
        await ReportRenderer.RenderAsync(notebooks, SerialReport, RepositoryPaths.Seeds, [], RunOptions.DefaultCellTimeout);
        RepeatRun = (await ReportRenderer.RenderAsync([CorpusNotebook], RepeatReport, RepositoryPaths.Seeds, [], RunOptions.DefaultCellTimeout)).Single();
        WriteHostileCorpus();
        HostileRun = (await ReportRenderer.RenderAsync([CorpusNotebook], HostileReport, HostileCorpus, [new("kwicPattern", "script")], RunOptions.DefaultCellTimeout)).Single();
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Temporary files only; a leftover folder is harmless.
        }

        return Task.CompletedTask;
    }

    private void WriteHostileCorpus()
    {
        Directory.CreateDirectory(HostileCorpus);
        File.WriteAllText(Path.Combine(HostileCorpus, "manifest.csv"), """
            id,file,outlet,date,title
            evil,evil.txt,"Evil <script>alert('outlet')</script> News",2023-05-10,"Talks <script>alert('title')</script> resume"
            plain,plain.txt,Plain Daily,2023-05-11,An ordinary title
            """ + "\n");
        File.WriteAllText(Path.Combine(HostileCorpus, "evil.txt"), """
            Foreign ministers met in Moscow on Wednesday to discuss the normalisation of relations.
            The word script <script>alert('body')</script> appears in this sentence, and so does <img src=x onerror=alert('img')>.
            Officials said the talks on normalisation would continue next month.
            """ + "\n");
        File.WriteAllText(Path.Combine(HostileCorpus, "plain.txt"), "Delegations from four countries met again. A script of the meeting was not published.\n");
    }
}
