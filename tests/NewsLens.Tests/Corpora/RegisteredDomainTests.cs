using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

public sealed class RegisteredDomainTests
{
    [Theory]
    [InlineData("https://www.bbc.co.uk/news/world-123", "bbc.co.uk")]
    [InlineData("http://edition.cnn.com/2023/05/01/x.html", "cnn.com")]
    [InlineData("www.dailysabah.com/politics", "dailysabah.com")]
    [InlineData("https://m.haberturk.com.tr/a", "haberturk.com.tr")]
    [InlineData("https://news.example.org", "example.org")]
    [InlineData("https://localhost:8080/x", "localhost")]
    public void Given_a_url_When_its_registered_domain_is_taken_Then_subdomains_go_and_country_second_levels_stay(string url, string domain) =>
        Assert.Equal(domain, RegisteredDomain.Of(url));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Given_no_url_When_asked_Then_there_is_no_domain(string? url) => Assert.Null(RegisteredDomain.Of(url));
}
