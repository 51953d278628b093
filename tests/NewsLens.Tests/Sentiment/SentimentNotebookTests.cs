using System.Text.Json;

namespace NewsLens.Tests.Sentiment;

public class SentimentNotebookTests
{
    [Fact]
    public void Given_Notebook03_When_Read_Then_FollowsTheNotebookConvention()
    {
        var path = FindNotebook();
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;

        Assert.Equal(4, root.GetProperty("nbformat").GetInt32());
        Assert.Equal(5, root.GetProperty("nbformat_minor").GetInt32());
        Assert.Equal(".net-csharp", root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
        var cells = root.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(cells.Count, cells.Select(c => c.GetProperty("id").GetString()).Distinct().Count());
        Assert.Contains("parameters", cells[0].GetProperty("metadata").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("var corpusPath = \"../seeds\";", Source(cells[0]), StringComparison.Ordinal);
        Assert.Equal("#!import setup.csx", Source(cells[1]).Trim());
        foreach (var code in cells.Where(c => c.GetProperty("cell_type").GetString() == "code"))
        {
            Assert.Empty(code.GetProperty("outputs").EnumerateArray());
            Assert.Equal(JsonValueKind.Null, code.GetProperty("execution_count").ValueKind);
            Assert.Equal("csharp", code.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelName").GetString());
        }

        Assert.Contains("var storyPath = \"../seeds/story.json\";", Source(cells[0]), StringComparison.Ordinal);
        Assert.Contains("var targets = \"\";", Source(cells[0]), StringComparison.Ordinal);
        Assert.Contains("var groupBy = \"outlet\";", Source(cells[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_Notebook03_When_Read_Then_no_cell_names_the_seed_story_its_actors_or_its_outlets()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FindNotebook()));
        var text = string.Join("\n", json.RootElement.GetProperty("cells").EnumerateArray().Skip(1).Select(Source));
        var seedWords = new[] { "Turkey", "Türkiye", "Syria", "normalisation", "normalization", "Ankara", "Damascus", "Moscow", "Iran", "Russia", "Assad" }
            .Concat(File.ReadLines(Path.Combine(TestCorpora.Seeds, "manifest.csv")).Skip(1).Select(l => l.Split(',')[2]));

        Assert.All(seedWords, word => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Given_the_sentiment_docs_When_read_Then_speakers_are_described_as_the_code_resolves_them()
    {
        var notebook = File.ReadAllText(FindNotebook());
        var readme = File.ReadAllText(Path.Combine(TestCorpora.RepositoryRoot, "docs", "sentiment.md"));

        // What the docs must say: the default resolver resolves a pronoun to the previous speaker.
        var article = TestCorpora.Tokenized("Cavusoglu said the talks went well. He added that more would follow.");
        Assert.Equal("Cavusoglu", new NewsLens.Sentiment.SentimentOptions().Speaker(article, article.Sentences[1]));
        Assert.DoesNotContain("left unresolved", notebook, StringComparison.Ordinal);
        Assert.Contains("resolved to the article's previous speaker", notebook, StringComparison.Ordinal);
        foreach (var stale in new[] { "PatternSpeakerResolver", "pronoun, unresolved", "extractor.Resolve" })
        {
            Assert.DoesNotContain(stale, readme, StringComparison.Ordinal);
        }

        Assert.Contains("new AttributionExtractor().SpeakerOf", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_Notebook03_When_Read_Then_NoCellDisplaysAnAnonymousTypeOrALazyQuery()
    {
        // An anonymous object or a LINQ query handed to display() renders as a compiler-generated type name
        // ("ArrayWhereSelectIterator<...,<>f__AnonymousType0#12<...>>"), not as a table.
        using var json = JsonDocument.Parse(File.ReadAllText(FindNotebook()));
        var code = json.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(Source)
            .ToList();

        Assert.All(code, source => Assert.DoesNotContain("new {", source, StringComparison.Ordinal));
        var displays = code.SelectMany(source => source.Split("display(").Skip(1)).ToList();
        Assert.All(displays, call => Assert.False(call.StartsWith("examples.", StringComparison.Ordinal) || call.StartsWith("analysis.Aggregate(", StringComparison.Ordinal), call));
        Assert.Contains(displays, call => call.StartsWith("ResultTable.From(", StringComparison.Ordinal));
    }

    private static string Source(JsonElement cell) => string.Concat(cell.GetProperty("source").EnumerateArray().Select(s => s.GetString()));

    private static string FindNotebook()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "notebooks", "03-sentiment.ipynb");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("notebooks/03-sentiment.ipynb");
    }
}
