using System.Collections.Immutable;
using System.Xml.Linq;
using NewsLens.Notebooks;

namespace NewsLens.Tests.Notebooks;

public sealed class JUnitReportTests
{
    internal static NotebookRun SampleRun()
    {
        NotebookCell Code(string id) => new(id, CellKind.Code, "1", [], []);
        var notebook = new Notebook("02-x.ipynb", 4, 5, [], [Code("a"), Code("b"), Code("c")]);
        ImmutableArray<ExecutedCell> cells =
        [
            new(new NotebookCell("m", CellKind.Markdown, "# Title", [], []), 1, null, CellStatus.NotExecutable, [], TimeSpan.Zero),
            new(Code("a"), 2, 1, CellStatus.Succeeded, [new StreamOutput("stdout", "ok\n")], TimeSpan.FromMilliseconds(120)),
            new(Code("b"), 3, 2, CellStatus.Failed, [new ErrorOutput("CompilationError", "(1,1): error CS0103: The name 'x' does not exist <here> \u0001", "detail")], TimeSpan.FromMilliseconds(30)),
            new(Code("c"), 4, null, CellStatus.Skipped, [], TimeSpan.Zero),
        ];
        return new NotebookRun("/tmp/02-x.ipynb", notebook, cells, TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public void Given_a_failed_run_When_reported_Then_the_xml_has_a_suite_with_one_case_per_code_cell()
    {
        var xml = JUnitReport.Render([SampleRun()]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites", xml, StringComparison.Ordinal);
        var root = XDocument.Parse(xml).Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal("3", root.Attribute("tests")!.Value);
        Assert.Equal("1", root.Attribute("failures")!.Value);
        Assert.Equal("1", root.Attribute("skipped")!.Value);
        var suite = Assert.Single(root.Elements("testsuite"));
        Assert.Equal("02-x.ipynb", suite.Attribute("name")!.Value);
        Assert.Equal("1.500", suite.Attribute("time")!.Value);
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(["cell 2 (a)", "cell 3 (b)", "cell 4 (c)"], cases.Select(c => c.Attribute("name")!.Value));
        Assert.All(cases, c => Assert.Equal("notebooks.02-x", c.Attribute("classname")!.Value));
        Assert.Empty(cases[0].Elements());
        var failure = Assert.Single(cases[1].Elements("failure"));
        Assert.Equal("CompilationError", failure.Attribute("type")!.Value);
        Assert.Equal("(1,1): error CS0103: The name 'x' does not exist <here> ", failure.Attribute("message")!.Value);
        Assert.Single(cases[2].Elements("skipped"));
    }
}
