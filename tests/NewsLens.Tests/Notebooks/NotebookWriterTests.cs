using System.Text.Json.Nodes;
using NewsLens.Notebooks;

namespace NewsLens.Tests.Notebooks;

public sealed class NotebookWriterTests
{
    [Fact]
    public void Given_an_executed_run_When_written_Then_it_is_nbformat_4_5_with_standard_outputs()
    {
        var run = JUnitReportTests.SampleRun();
        var json = NotebookWriter.ToJson(run);
        var root = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(["cells", "metadata", "nbformat", "nbformat_minor"], root.Select(p => p.Key));
        Assert.Equal(4, (int)root["nbformat"]!);
        Assert.Equal(5, (int)root["nbformat_minor"]!);
        var cells = root["cells"]!.AsArray();
        Assert.Equal(["markdown", "code", "code", "code"], cells.Select(c => (string?)c!["cell_type"]));
        Assert.All(cells, c => Assert.False(string.IsNullOrEmpty((string?)c!["id"])));
        Assert.Null(cells[0]!["outputs"]);
        var stream = cells[1]!["outputs"]![0]!;
        Assert.Equal("stream", (string?)stream["output_type"]);
        Assert.Equal("ok\n", (string?)stream["text"]![0]);
        var error = cells[2]!["outputs"]![0]!;
        Assert.Equal("error", (string?)error["output_type"]);
        Assert.Equal("CompilationError", (string?)error["ename"]);
        Assert.NotNull(error["traceback"]!.AsArray());
        Assert.Null(cells[3]!["execution_count"]);
        Assert.EndsWith("\n", json, StringComparison.Ordinal);
        Assert.Equal(json, NotebookWriter.ToJson(run));
    }

    [Fact]
    public void Given_a_display_with_html_and_png_When_written_Then_the_mime_bundle_keeps_both()
    {
        var cell = new NotebookCell("d", CellKind.Code, "display(x)", [], []);
        var run = new NotebookRun("/tmp/n.ipynb", new Notebook("n.ipynb", 4, 5, [], [cell]), [
            new(cell, 1, 1, CellStatus.Succeeded, [new DisplayOutput([new("text/html", "<b>a</b>\n<i>b</i>"), new("image/png", "iVBORw0KGgo=")], IsResult: true)], TimeSpan.Zero),
        ], TimeSpan.Zero);
        var output = JsonNode.Parse(NotebookWriter.ToJson(run))!["cells"]![0]!["outputs"]![0]!;
        Assert.Equal("execute_result", (string?)output["output_type"]);
        Assert.Equal(1, (int)output["execution_count"]!);
        Assert.Equal(["<b>a</b>\n", "<i>b</i>"], output["data"]!["text/html"]!.AsArray().Select(l => (string?)l));
        Assert.Equal("iVBORw0KGgo=", (string?)output["data"]!["image/png"]);
    }
}
