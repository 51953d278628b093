using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

public class PublicationDateTests
{
    [Theory]
    [InlineData("2023-05-10", DatePrecision.Day, "2023-05-10")]
    [InlineData("2023-03", DatePrecision.Month, "2023-03-16")]
    [InlineData("2023-02", DatePrecision.Month, "2023-02-14")]
    [InlineData("2023", DatePrecision.Year, "2023-07-02")]
    public void Given_DateOfAnyPrecision_When_Parsed_Then_MidpointPlacesIt(string text, DatePrecision precision, string midpoint)
    {
        Assert.True(PublicationDate.TryParse(text, out var date));
        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(midpoint, System.Globalization.CultureInfo.InvariantCulture), date.Midpoint);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2023-13")]
    public void Given_NoDate_When_Parsed_Then_False(string? text)
    {
        Assert.False(PublicationDate.TryParse(text, out _));
    }
}
