using NewsLens.Notebooks;

namespace NewsLens.Tests.Notebooks;

public sealed class NotebookParametersTests
{
    private static readonly NotebookCell Parameters = new("p", CellKind.Code, "var corpusPath = \"../seeds\";\nvar window = 5;\nbool fold = true;", [NotebookCell.ParametersTag], []);
    private static readonly NotebookCell Setup = new("s", CellKind.Code, "#!import setup.csx", [], []);

    [Fact]
    public void Given_a_parameters_cell_When_read_Then_each_declared_variable_and_default_is_found()
    {
        var declared = NotebookParameters.Declared(Parameters.Source);
        Assert.Equal("\"../seeds\"", declared["corpusPath"]);
        Assert.Equal("5", declared["window"]);
        Assert.Equal("true", declared["fold"]);
    }

    [Fact]
    public void Given_overrides_When_injected_Then_a_tagged_cell_follows_the_parameters_cell_and_values_keep_their_kind()
    {
        var cells = NotebookParameters.Inject([Parameters, Setup], [new("corpusPath", "C:\\data \"x\""), new("window", "8"), new("fold", "yes")]);
        Assert.Equal(["p", NotebookParameters.InjectedCellId, "s"], cells.Select(c => c.Id));
        var injected = cells[1];
        Assert.True(injected.HasTag(NotebookCell.InjectedParametersTag));
        Assert.Contains("var corpusPath = \"C:\\\\data \\\"x\\\"\";", injected.Source, StringComparison.Ordinal);
        Assert.Contains("var window = 8;", injected.Source, StringComparison.Ordinal);
        Assert.Contains("var fold = \"yes\";", injected.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_notebook_without_a_parameters_cell_When_injected_Then_the_injected_cell_comes_first()
    {
        var cells = NotebookParameters.Inject([Setup], [new("corpusPath", "x")]);
        Assert.Equal([NotebookParameters.InjectedCellId, "s"], cells.Select(c => c.Id));
        Assert.Contains("var corpusPath = \"x\";", cells[0].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_no_overrides_When_injected_Then_the_cells_are_unchanged()
    {
        var cells = System.Collections.Immutable.ImmutableArray.Create(Parameters, Setup);
        Assert.Equal(cells, NotebookParameters.Inject(cells, []));
    }

    [Fact]
    public void Given_a_name_that_is_not_an_identifier_When_injected_Then_it_is_refused()
    {
        Assert.Throws<NotebookException>(() => NotebookParameters.Inject([Parameters], [new("x; System.IO.File.Delete(y)", "1")]));
    }
}
