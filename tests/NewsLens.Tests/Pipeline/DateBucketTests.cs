using NewsLens.Corpora;

namespace NewsLens.Tests.Pipeline;

/// <summary>The month and week buckets of <see cref="DocumentGrouping"/>.</summary>
public sealed class DateBucketTests
{
    [Theory]
    [InlineData("2023-04-05", false, "2023-04")]
    [InlineData("2023-04-05T10:00:00Z", false, "2023-04")]
    [InlineData("2023-04-05", true, "2023-W14")]
    [InlineData("2021-01-01", true, "2020-W53")]
    [InlineData("2024-12-30", true, "2025-W01")]
    [InlineData("unknown", false, "unknown")]
    [InlineData("2023-13-01", true, "unknown")]
    [InlineData("", true, "unknown")]
    public void Given_a_date_When_bucketed_Then_the_month_or_ISO_week_is_named(string date, bool week, string expected) =>
        Assert.Equal(expected, DocumentGrouping.DateBucket(date, week));

    [Fact]
    public void Given_an_article_When_grouped_by_month_or_week_Then_its_date_variable_is_bucketed()
    {
        var article = TestCorpora.Article("Text.") with { Variables = DocumentVariables.Empty.SetItem(DocumentVariables.Date, "2023-03-28") };

        Assert.Equal("2023-03", DocumentGrouping.GroupOf(article, DocumentGrouping.ByMonth));
        Assert.Equal("2023-W13", DocumentGrouping.GroupOf(article, DocumentGrouping.ByWeek));
        Assert.True(DocumentGrouping.IsBuiltIn("month") && DocumentGrouping.IsBuiltIn("week"));
    }
}
