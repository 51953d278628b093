using System.Globalization;
using System.Text.Json.Nodes;
using NewsLens.Notebooks;

namespace NewsLens.Tests.Notebooks;

[Collection(NotebookRunCollection.Name)]
public sealed class NotebookRunnerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newslens-runner-" + Guid.NewGuid().ToString("N"));

    public NotebookRunnerTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Temporary files only.
        }
    }

    [Fact]
    public async Task Given_a_comma_decimal_culture_When_a_notebook_runs_Then_its_outputs_equal_the_invariant_run_and_the_culture_is_restored()
    {
        var notebook = WriteNotebook(
            "culture.ipynb",
            "Console.WriteLine(0.41);",
            "System.Threading.Tasks.Task.Run(() => Console.WriteLine($\"{1234.5:N1} {2.5}\")).Wait();",
            "(0.41).ToString()");
        var german = CultureInfo.GetCultureInfo("de-DE");
        Assert.Equal("0,41", 0.41.ToString(german)); // the test means something only where the machine knows de-DE

        var invariant = await RunUnder(CultureInfo.InvariantCulture, notebook);
        var commaDecimal = await RunUnder(german, notebook);

        Assert.Contains("0.41", invariant, StringComparison.Ordinal);
        Assert.Contains("1,234.5 2.5", invariant, StringComparison.Ordinal);
        Assert.Equal(invariant, commaDecimal);
    }

    [Fact]
    public async Task Given_two_notebooks_in_one_folder_When_run_at_the_same_time_Then_each_keeps_its_own_output_and_colours_and_the_settings_are_restored()
    {
        var toolkit = typeof(NewsLens.Charts.SeriesColors).Assembly.Location;
        string Colouring(string name, string reserved) => WriteNotebook(
            name,
            $"#r \"{toolkit}\"",
            $"NewsLens.Charts.SeriesColors.Reserve(new[] {{ {reserved} }});",
            "System.Threading.Thread.Sleep(300);",
            $"Console.WriteLine(\"{name} \" + NewsLens.Charts.SeriesColors.Hex(\"shared\") + \" \" + System.IO.Directory.GetCurrentDirectory().EndsWith(\"{Path.GetFileName(_root)}\") + \" \" + Environment.GetEnvironmentVariable(\"NEWSLENS_RENDER\"));");
        var first = Colouring("first.ipynb", "\"a\", \"b\"");
        var second = Colouring("second.ipynb", "\"c\"");
        var directory = Directory.GetCurrentDirectory();

        var runs = await Task.WhenAll(
            Task.Run(() => NotebookRunner.RunAsync(first, new RunOptions([], RunOptions.DefaultCellTimeout))),
            Task.Run(() => NotebookRunner.RunAsync(second, new RunOptions([], RunOptions.DefaultCellTimeout))));

        string Printed(NotebookRun run) => string.Concat(run.Cells.SelectMany(c => c.Outputs).OfType<StreamOutput>().Select(o => o.Text));
        Assert.True(runs.All(r => r.Succeeded), string.Join("; ", runs.Select(r => r.FailureSummary)));
        Assert.Equal($"first.ipynb {NewsLens.Charts.SeriesColors.Palette[2]} True 1\n", Printed(runs[0]));
        Assert.Equal($"second.ipynb {NewsLens.Charts.SeriesColors.Palette[1]} True 1\n", Printed(runs[1]));
        Assert.Equal(directory, Directory.GetCurrentDirectory());
        Assert.Null(Environment.GetEnvironmentVariable(NotebookRunner.RenderEnvironmentVariable));
    }

    private static async Task<string> RunUnder(CultureInfo culture, string notebook)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            var run = await NotebookRunner.RunAsync(notebook, new RunOptions([], RunOptions.DefaultCellTimeout));
            Assert.True(run.Succeeded, run.FailureSummary);
            Assert.Same(culture, CultureInfo.CurrentCulture);
            Assert.Same(culture, CultureInfo.DefaultThreadCurrentCulture);
            return NotebookWriter.ToJson(run);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = saved;
        }
    }

    private string WriteNotebook(string name, params string[] code)
    {
        var cells = new JsonArray();
        for (var i = 0; i < code.Length; i++)
        {
            cells.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = null,
                ["id"] = $"cell-{i + 1}",
                ["metadata"] = new JsonObject(),
                ["outputs"] = new JsonArray(),
                ["source"] = code[i],
            });
        }

        var path = Path.Combine(_root, name);
        File.WriteAllText(path, new JsonObject { ["cells"] = cells, ["metadata"] = new JsonObject(), ["nbformat"] = 4, ["nbformat_minor"] = 5 }.ToJsonString());
        return path;
    }
}
