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

    private static readonly Notebook WithParameters = new("n.ipynb", 4, 5, [], [new("p", CellKind.Code, "var corpusPath = \"../seeds\";\nvar window = 5;\nvar prior = 500.0;\nvar fold = true;\nvar list = new[] { 1 };", [NotebookCell.ParametersTag], [])]);

    [Theory]
    [InlineData("corpusPath", "anything at all")]
    [InlineData("window", "12")]
    [InlineData("window", "-3")]
    [InlineData("prior", "250")]
    [InlineData("prior", "0.5")]
    [InlineData("fold", "false")]
    public void Given_an_override_of_a_declared_parameter_with_a_value_of_its_kind_When_checked_Then_there_is_no_problem(string name, string value) =>
        Assert.Null(NotebookParameters.Problem([WithParameters], [new(name, value)]));

    [Theory]
    [InlineData("nosuch", "1", "no notebook being rendered has a parameter \"nosuch\" (they have: corpusPath, fold, list, prior, window)")]
    [InlineData("window", "abc", "window in n.ipynb must be a whole number (default 5)")]
    [InlineData("window", "2.5", "window in n.ipynb must be a whole number (default 5)")]
    [InlineData("prior", "NaN", "prior in n.ipynb must be a number (like 2.5) (default 500.0)")]
    [InlineData("fold", "yes", "fold in n.ipynb must be true or false (default true)")]
    [InlineData("list", "1", "list in n.ipynb is not settable from the command line")]
    public void Given_an_unknown_parameter_or_a_value_of_the_wrong_kind_When_checked_Then_the_problem_names_the_parameter(string name, string value, string expected)
    {
        var problem = NotebookParameters.Problem([WithParameters], [new(name, value)]);
        Assert.NotNull(problem);
        Assert.StartsWith($"--param {name}={value}: ", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_whole_number_for_a_floating_point_default_When_injected_Then_it_stays_floating_point()
    {
        var cells = NotebookParameters.Inject(WithParameters.Cells, [new("prior", "250")]);
        Assert.Contains("var prior = 250.0;", cells[1].Source, StringComparison.Ordinal);
    }
}
