using System.Text.Json.Nodes;
using NewsLens.Cli;
using NewsLens.Notebooks;

namespace NewsLens.Tests.Notebooks;

/// <summary>The notebooks in notebooks/ follow the convention: no outputs committed, cell ids, parameters then setup.</summary>
public sealed class CommittedNotebooksTests
{
    public static TheoryData<string> NotebookFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Notebooks, "*.ipynb").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void Given_the_repository_When_listing_notebooks_Then_there_is_at_least_the_corpus_notebook()
    {
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Notebooks, "01-corpus.ipynb")));
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Notebooks, "setup.csx")));
    }

    [Theory]
    [MemberData(nameof(NotebookFiles))]
    public void Given_a_committed_notebook_When_checked_Then_it_has_no_outputs_and_every_cell_has_a_unique_id(string name)
    {
        var problems = Notebook.CommittedProblems(File.ReadAllText(Path.Combine(RepositoryPaths.Notebooks, name)), name);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(NotebookFiles))]
    public void Given_a_committed_notebook_When_checked_Then_it_opens_with_parameters_then_the_shared_setup(string name)
    {
        var path = Path.Combine(RepositoryPaths.Notebooks, name);
        var notebook = Notebook.Load(path);
        Assert.True(notebook.Cells.Length >= 3, $"{name}: too few cells");
        var parameters = notebook.Cells[0];
        Assert.Equal(CellKind.Code, parameters.Kind);
        Assert.True(parameters.HasTag(NotebookCell.ParametersTag), $"{name}: cell 1 must be tagged \"parameters\"");
        Assert.True(NotebookParameters.Declared(parameters.Source).ContainsKey("corpusPath"), $"{name}: cell 1 must declare corpusPath");
        Assert.Equal("#!import setup.csx", notebook.Cells[1].Source.Trim());
        var metadata = JsonNode.Parse(File.ReadAllText(path))!["metadata"]!;
        Assert.Equal(".net-csharp", (string?)metadata["kernelspec"]?["name"]);
        Assert.Equal("C#", (string?)metadata["language_info"]?["name"]);
        Assert.All(notebook.Cells.Where(c => c.Kind == CellKind.Code), c => Assert.Equal("csharp", (string?)c.Metadata["polyglot_notebook"]?["kernelName"]));
    }

    [Fact]
    public void Given_a_notebook_with_outputs_or_without_ids_When_checked_Then_each_problem_is_named()
    {
        const string json = """
            {"cells": [
              {"cell_type": "code", "execution_count": 3, "id": "a", "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": ["x"]}], "source": ["1"]},
              {"cell_type": "markdown", "metadata": {}, "source": ["# t"]}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """;
        Assert.Equal(["bad.ipynb: cell 2 has no id (nbformat 4.5 needs one per cell)."], Notebook.CommittedProblems(json, "bad.ipynb"));
        var withIds = json.Replace("{\"cell_type\": \"markdown\",", "{\"cell_type\": \"markdown\", \"id\": \"b\",", StringComparison.Ordinal);
        var problems = Notebook.CommittedProblems(withIds, "bad.ipynb");
        Assert.Equal(2, problems.Count);
        Assert.Contains("cell 1 is committed with 1 output(s)", problems[0], StringComparison.Ordinal);
        Assert.Contains("cell 1 is committed with an execution count", problems[1], StringComparison.Ordinal);
    }
}
