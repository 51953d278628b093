using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace NewsLens.Notebooks;

/// <summary>JUnit XML for CI: a test suite per notebook, a test case per code cell (failed, timed out, skipped or passed).</summary>
public static class JUnitReport
{
    public static string Render(IReadOnlyList<NotebookRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var suites = runs.Select(Suite).ToList();
        var root = new XElement(
            "testsuites",
            new XAttribute("name", "newslens render"),
            new XAttribute("tests", suites.Sum(s => (int)s.Attribute("tests")!)),
            new XAttribute("failures", suites.Sum(s => (int)s.Attribute("failures")!)),
            new XAttribute("errors", suites.Sum(s => (int)s.Attribute("errors")!)),
            new XAttribute("skipped", suites.Sum(s => (int)s.Attribute("skipped")!)),
            new XAttribute("time", Seconds(runs.Aggregate(TimeSpan.Zero, (t, r) => t + r.Elapsed))),
            suites);
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = true }))
        {
            root.WriteTo(writer);
        }

        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + builder + "\n";
    }

    private static XElement Suite(NotebookRun run)
    {
        var cases = run.Cells.Where(c => c.Cell.Kind == CellKind.Code).Select(c => Case(run, c)).ToList();
        return new XElement(
            "testsuite",
            new XAttribute("name", run.Notebook.Name),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", run.Cells.Count(c => c.Status == CellStatus.Failed)),
            new XAttribute("errors", run.Cells.Count(c => c.Status == CellStatus.TimedOut)),
            new XAttribute("skipped", run.Cells.Count(c => c.Cell.Kind == CellKind.Code && c.Status == CellStatus.Skipped)),
            new XAttribute("time", Seconds(run.Elapsed)),
            cases);
    }

    private static XElement Case(NotebookRun run, ExecutedCell cell)
    {
        var element = new XElement(
            "testcase",
            new XAttribute("classname", "notebooks." + run.Name),
            new XAttribute("name", cell.Label + (cell.Cell.Id == NotebookParameters.InjectedCellId ? "" : $" ({cell.Cell.Id})")),
            new XAttribute("time", Seconds(cell.Elapsed)));
        var error = cell.Error;
        switch (cell.Status)
        {
            case CellStatus.Failed:
                element.Add(new XElement("failure", new XAttribute("type", Clean(error?.Name)), new XAttribute("message", Clean(FirstLine(error?.Message))), Clean(error?.Detail)));
                break;
            case CellStatus.TimedOut:
                element.Add(new XElement("error", new XAttribute("type", "Timeout"), new XAttribute("message", Clean(error?.Message)), Clean(error?.Detail)));
                break;
            case CellStatus.Skipped:
                element.Add(new XElement("skipped", new XAttribute("message", "not run: an earlier cell failed")));
                break;
        }

        return element;
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    private static string FirstLine(string? text) => (text ?? "").Split('\n', 2)[0].Trim();

    /// <summary>XML 1.0 cannot carry most control characters; compiler and exception text sometimes does.</summary>
    private static string Clean(string? text) =>
        new([.. (text ?? "").Where(c => c is '\t' or '\n' or '\r' || (c >= ' ' && XmlConvert.IsXmlChar(c)) || char.IsSurrogate(c))]);
}
