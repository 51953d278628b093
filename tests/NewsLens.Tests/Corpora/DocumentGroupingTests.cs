using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

public class DocumentGroupingTests
{
    private static readonly Article WithRegion = new("a1", "x", "x", DocumentVariables.Empty.SetItem("outlet", "Daily").SetItem("region", "east"), CleaningAudit.None, "a1");
    private static readonly Article Bare = TestCorpora.Article("y", "a2");

    [Theory]
    [InlineData("article", "a1")]
    [InlineData("document", "a1")]
    [InlineData("id", "a1")]
    [InlineData("corpus", "all")]
    [InlineData("outlet", "Daily")]
    [InlineData("region", "east")]
    public void Given_a_grouping_When_an_article_is_placed_Then_it_gets_its_id_all_or_the_variable_value(string variable, string expected)
    {
        Assert.Equal(expected, DocumentGrouping.GroupOf(WithRegion, variable));
    }

    [Fact]
    public void Given_an_article_without_the_variable_When_placed_Then_it_is_unknown()
    {
        Assert.Equal("unknown", DocumentGrouping.GroupOf(Bare, "region"));
        Assert.Equal("unknown", DocumentGrouping.GroupOf(Bare, "outlet"));
    }

    [Fact]
    public void Given_a_variable_no_article_has_When_checked_Then_one_line_names_it_and_lists_the_variables()
    {
        var e = Assert.Throws<UnknownVariableException>(() => DocumentGrouping.Check([WithRegion, Bare], "regoin"));

        Assert.Equal("regoin", e.Variable);
        Assert.Equal(["outlet", "region"], e.Known.ToArray());
        Assert.Equal("no article has the variable \"regoin\"; group by article, corpus or one of the variables: outlet, region.", e.Message);
    }

    [Fact]
    public void Given_a_corpus_without_variables_When_checked_Then_outlet_and_built_ins_pass_and_others_fail()
    {
        foreach (var variable in new[] { "outlet", "article", "document", "id", "corpus" })
        {
            DocumentGrouping.Check([Bare], variable);
        }

        var e = Assert.Throws<UnknownVariableException>(() => DocumentGrouping.Check([Bare], "date"));
        Assert.Contains("no document variables", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Given_a_variable_one_article_has_When_checked_Then_it_passes()
    {
        Assert.True(DocumentGrouping.CanGroupBy([Bare, WithRegion], "region"));
        Assert.False(DocumentGrouping.CanGroupBy([Bare], "region"));
    }
}
