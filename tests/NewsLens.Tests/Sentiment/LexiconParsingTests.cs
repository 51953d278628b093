using NewsLens.Sentiment;

namespace NewsLens.Tests.Sentiment;

public class LexiconParsingTests
{
    [Theory]
    [InlineData("good\t1.9\ngreat\n", 2, "no tab")]
    [InlineData("good\tvery\n", 1, "\"very\" is not a number")]
    [InlineData("good\t1.9\n\nbad\t-7\n", 3, "outside VADER's scale")]
    [InlineData("\t1.0\n", 1, "token (first column) is empty")]
    public void Given_BadVaderLine_When_Parsed_Then_ErrorNamesFileLineAndProblem(string content, int line, string problem)
    {
        var error = Assert.Throws<LexiconFormatException>(() => SentimentLexicon.ParseVader(new StringReader(content), "my_lexicon.txt"));

        Assert.Equal("my_lexicon.txt", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"my_lexicon.txt:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("target\ttalks\nfeeling\tgood\t1\n", 2, "unknown kind \"feeling\"")]
    [InlineData("target\ttalks\npolarity\tgood\n", 2, "third column) is missing")]
    [InlineData("target\ttalks\npolarity\tgood\tgreat\n", 2, "\"great\" is not a number")]
    [InlineData("target\ttalks\npolarity\tgood\t9\n", 2, "outside -4..4")]
    [InlineData("target\ttalks\nhedge\tmay\t0\n", 2, "greater than 0")]
    [InlineData("target\ttalks\nhedge\tmay*\t0.5\n", 2, "wildcards")]
    [InlineData("target\ttalks\t1\n", 1, "take no value")]
    [InlineData("# only a comment\npolarity\tgood\t1\n", 2, "no target entries")]
    [InlineData("target\ttalks\npolarity\t \t1\n", 2, "entry (second column) is empty")]
    [InlineData("target\ttalks\npolarity good 1\n", 2, "found 1")]
    public void Given_BadStanceLine_When_Parsed_Then_ErrorNamesFileLineAndProblem(string content, int line, string problem)
    {
        var error = Assert.Throws<LexiconFormatException>(() => StanceLexicon.Parse(new StringReader(content), "stance.tsv"));

        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"stance.tsv:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_BundledLexicons_When_Loaded_Then_ParseAndMatchTheFilesInSeeds()
    {
        var root = TestCorpus.Seeds().Articles[0].Article.Source;
        var resources = Path.Combine(Path.GetDirectoryName(root) ?? ".", "resources");
        if (!Directory.Exists(resources))
        {
            resources = Path.Combine(FindSeeds(), "resources");
        }

        var stance = StanceLexicon.Load(Path.Combine(resources, "stance_lexicon.tsv"));
        var vader = SentimentLexicon.LoadVader(Path.Combine(resources, "vader_lexicon.txt"));

        Assert.Equal(StanceLexicon.Default.Polarity, stance.Polarity);
        Assert.Equal(StanceLexicon.Default.Hedges, stance.Hedges);
        Assert.Equal(SentimentLexicon.Vader.Count, vader.Count);
        Assert.True(vader.Count > 7000);
        Assert.Contains(stance.Targets, t => t.Words.SequenceEqual(["road", "map"]));
    }

    [Fact]
    public void Given_TargetWildcard_When_Matching_Then_PrefixMatches()
    {
        var lexicon = StanceLexicon.Parse(new StringReader("target\tnormalis*\ntarget\troad map\n"), "t.tsv");

        Assert.Equal("normalised", lexicon.FindTarget(["ties", "were", "normalised"]));
        Assert.Equal("road map", lexicon.FindTarget(["a", "road", "map"]));
        Assert.Null(lexicon.FindTarget(["normal", "road"]));
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds", "resources")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        throw new DirectoryNotFoundException("seeds/");
    }
}
