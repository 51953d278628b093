using System.Text.Json.Nodes;
using System.Xml.Linq;
using NewsLens.Cli;

namespace NewsLens.Tests.Notebooks;

/// <summary>`newslens render` on notebooks that fail, time out and succeed: partial output kept, others still run.</summary>
[Collection(NotebookRunCollection.Name)]
public sealed class RenderCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newslens-render-cli-" + Guid.NewGuid().ToString("N"));

    public RenderCommandTests()
    {
        var notebooks = Path.Combine(_root, "notebooks");
        Directory.CreateDirectory(notebooks);
        WriteNotebook(Path.Combine(notebooks, "a-fails.ipynb"), "Console.WriteLine(\"before \" + corpusPath.EndsWith(\"seeds\"));", "throw new InvalidOperationException(\"boom <b>\");", "Console.WriteLine(\"after\");");
        WriteNotebook(Path.Combine(notebooks, "b-ok.ipynb"), "var answer = 6 * 7;", "answer");
        WriteNotebook(Path.Combine(notebooks, "c-slow.ipynb"), "System.Threading.Thread.Sleep(10_000);", "1");
        WriteNotebook(Path.Combine(notebooks, "d-compile.ipynb"), "int x = \"text\";");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A timed-out cell may still hold nothing but a sleeping thread; leftovers are harmless.
        }
    }

    [Fact]
    public void Given_failing_and_passing_notebooks_When_rendered_Then_exit_is_non_zero_each_failure_is_named_and_all_pages_are_written()
    {
        var outFolder = Path.Combine(_root, "report");
        var junit = Path.Combine(_root, "junit", "render.xml");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = NewsLensCli.Run(["render", Path.Combine(_root, "notebooks"), "--out", outFolder, "--timeout", "2", "--junit", junit, "--corpus", RepositoryPaths.Seeds], stdout, stderr);

        Assert.Equal(1, exit);
        var errors = stderr.ToString();
        Assert.True(errors.Contains("newslens render: a-fails.ipynb failed at cell 3: InvalidOperationException: boom <b>", StringComparison.Ordinal), errors);
        Assert.True(errors.Contains("newslens render: c-slow.ipynb failed at cell 2: Timeout: timed out after 2 s; the cell's code may keep running until newslens exits", StringComparison.Ordinal), errors);
        Assert.True(errors.Contains("newslens render: d-compile.ipynb failed at cell 2: CompilationError: (1,9): error CS0029", StringComparison.Ordinal), errors);
        Assert.DoesNotContain("b-ok", errors, StringComparison.Ordinal);
        Assert.Contains("b-ok.ipynb: ok", stdout.ToString(), StringComparison.Ordinal);

        var page = File.ReadAllText(Path.Combine(outFolder, "a-fails.html"));
        Assert.Contains("before True", page, StringComparison.Ordinal);
        Assert.Contains("boom &lt;b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("Not run: an earlier cell failed.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<pre class=\"nl-stdout\">after", page, StringComparison.Ordinal);

        var executed = JsonNode.Parse(File.ReadAllText(Path.Combine(outFolder, "a-fails.ipynb")))!["cells"]!.AsArray();
        Assert.Equal("stream", (string?)executed[2]!["outputs"]![0]!["output_type"]);
        Assert.Equal("error", (string?)executed[3]!["outputs"]![0]!["output_type"]);
        Assert.Empty(executed[4]!["outputs"]!.AsArray());

        Assert.Contains(">42<", File.ReadAllText(Path.Combine(outFolder, "b-ok.html")).Replace("<pre class=\"nl-text\">", ">", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("failed at cell 3", File.ReadAllText(Path.Combine(outFolder, "index.html")), StringComparison.Ordinal);

        var suites = XDocument.Load(junit).Root!.Elements("testsuite").ToDictionary(s => s.Attribute("name")!.Value);
        Assert.Equal(["a-fails.ipynb", "b-ok.ipynb", "c-slow.ipynb", "d-compile.ipynb"], suites.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("1", suites["a-fails.ipynb"].Attribute("failures")!.Value);
        Assert.Equal("1", suites["c-slow.ipynb"].Attribute("errors")!.Value);
        Assert.Equal("0", suites["b-ok.ipynb"].Attribute("failures")!.Value);
    }

    [Fact]
    public void Given_a_path_that_is_not_a_notebook_When_rendered_Then_a_one_line_error_is_printed()
    {
        var stderr = new StringWriter();
        var exit = NewsLensCli.Run(["render", Path.Combine(_root, "missing.ipynb"), "--out", Path.Combine(_root, "r")], new StringWriter(), stderr);
        Assert.Equal(1, exit);
        Assert.Contains("missing.ipynb: no such notebook (.ipynb) or folder.", stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--out", "notebooks")]
    [InlineData("--out", "notebooks/report")]
    [InlineData("--out", "corpus")]
    [InlineData("--out", "corpus/sub/report")]
    [InlineData("--junit", "notebooks/junit.xml")]
    [InlineData("--junit", "notebooks/b-ok.ipynb")]
    [InlineData("--junit", "corpus/junit.xml")]
    public void Given_an_output_inside_the_notebooks_or_the_corpus_When_rendered_Then_it_is_refused_and_nothing_is_written(string option, string target)
    {
        var corpus = Path.Combine(_root, "corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "a.txt"), "Talks resumed in Moscow.\n");
        var notebooks = Path.Combine(_root, "notebooks");
        var before = Directory.GetFiles(_root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        string[] args = option == "--out"
            ? ["render", notebooks, "--corpus", corpus, "--out", Path.Combine(_root, target)]
            : ["render", notebooks, "--corpus", corpus, "--out", Path.Combine(_root, "report"), "--junit", Path.Combine(_root, target)];

        var (exit, _, error) = Cli.CliRun.Run(args);

        Assert.Equal(1, exit);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains(option, error, StringComparison.Ordinal);
        var after = Directory.GetFiles(_root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
        Assert.False(Directory.Exists(Path.Combine(_root, "report")));
    }

    [Fact]
    public void Given_an_output_folder_beside_the_notebooks_When_checked_Then_it_is_allowed()
    {
        var notebook = Path.Combine(_root, "notebooks", "b-ok.ipynb");
        Assert.Null(NewsLens.Notebooks.ReportRenderer.OutputProblem([notebook], RepositoryPaths.Seeds, Path.Combine(_root, "notebooks-report"), Path.Combine(_root, "junit.xml")));
    }

    [Theory]
    [InlineData("nosuch=1", "newslens: --param nosuch=1: no notebook being rendered has a parameter \"nosuch\"")]
    [InlineData("kwicWindow=abc", "newslens: --param kwicWindow=abc: kwicWindow in 01-corpus.ipynb must be a whole number (default 6).")]
    public void Given_a_bad_param_When_rendered_Then_it_fails_before_running_with_one_line_naming_the_parameter(string parameter, string expected)
    {
        var outFolder = Path.Combine(_root, "report");
        var (exit, output, error) = Cli.CliRun.Run("render", Path.Combine(RepositoryPaths.Notebooks, "01-corpus.ipynb"), "--param", parameter, "--out", outFolder);

        Assert.Equal(1, exit);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Equal("", output);
        Assert.False(Directory.Exists(outFolder));
    }

    [Fact]
    public void Given_a_notebook_importing_setup_csx_outside_the_notebooks_folder_When_rendered_Then_it_fails_up_front_saying_where_notebooks_must_live()
    {
        var elsewhere = Path.Combine(_root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.Copy(Path.Combine(RepositoryPaths.Notebooks, "01-corpus.ipynb"), Path.Combine(elsewhere, "01-corpus.ipynb"));
        var outFolder = Path.Combine(_root, "report");

        var (exit, _, error) = Cli.CliRun.Run("render", elsewhere, "--out", outFolder);

        Assert.Equal(1, exit);
        Assert.StartsWith("newslens: 01-corpus.ipynb: it imports setup.csx, which is not in its folder", error, StringComparison.Ordinal);
        Assert.Contains("notebooks must live in the repository's notebooks/ folder, next to setup.csx.", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.False(Directory.Exists(outFolder));
    }

    private static void WriteNotebook(string path, params string[] code)
    {
        var cells = new JsonArray
        {
            Cell("parameters", "var corpusPath = \"../seeds\";", ["parameters"]),
        };
        for (var i = 0; i < code.Length; i++)
        {
            cells.Add(Cell($"cell-{i + 2}", code[i], []));
        }

        var notebook = new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp" } },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        File.WriteAllText(path, notebook.ToJsonString());
    }

    private static JsonObject Cell(string id, string source, string[] tags) => new()
    {
        ["cell_type"] = "code",
        ["execution_count"] = null,
        ["id"] = id,
        ["metadata"] = new JsonObject { ["tags"] = new JsonArray([.. tags.Select(t => (JsonNode?)JsonValue.Create(t))]) },
        ["outputs"] = new JsonArray(),
        ["source"] = source,
    };
}
