using NewsLens.Comparison;

namespace NewsLens.Tests.Comparison;

public sealed class FramingLexiconTests
{
    [Theory]
    [InlineData("{\n  \"groups\": [\n    {\"name\": \"country\", \"terms\": \"Turkey\"}\n  ]\n}", "framing.json:3: group 1: \"terms\" must be a list of terms")]
    [InlineData("{\n  \"groups\": {\"name\": \"country\"}\n}", "framing.json:2: \"groups\" must be a list of groups")]
    [InlineData("{\n  \"groups\": [\n    {\"name\": \"c\", \"terms\": [\n      {\"label\": \"a\", \"patterns\": [\"x\"]},\n      {\"label\": \"b\", \"patterns\": \"y\"}\n    ]}\n  ]\n}", "framing.json:5: group 1, term 2: \"patterns\" must be a list of texts")]
    [InlineData("{\n  \"groups\": [\n    {\"name\": \"c\", \"terms\": [\n      {\"label\": \"a\", \"patterns\": [\"x\", 3]}\n    ]}\n  ]\n}", "framing.json:4: group 1, term 1: every pattern must be text")]
    [InlineData("[1, 2]", "framing.json:1: the file must be a JSON object")]
    [InlineData("{\n  \"groups\": [\n    {\"name\": \"c\" \"terms\": []}\n  ]\n}", "framing.json:3: invalid JSON at column 18: ")]
    public void Given_a_malformed_framing_file_When_loaded_Then_the_error_is_file_line_and_plain_words(string json, string expectedStart)
    {
        using var folder = new TempFolder();
        var path = folder.Write("framing.json", json);

        var error = Assert.Throws<FormatException>(() => FramingLexicon.Load(path));

        Assert.StartsWith(path.Replace("framing.json", "", StringComparison.Ordinal) + expectedStart, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePosition", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("`1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_group_with_one_term_When_loaded_Then_the_error_names_the_line_where_the_group_starts()
    {
        using var folder = new TempFolder();
        var path = folder.Write("framing.json", "{\n  \"groups\": [\n    {\"name\": \"a\", \"terms\": [{\"label\": \"x\", \"patterns\": [\"x\"]}, {\"label\": \"y\", \"patterns\": [\"y\"]}]},\n    {\"name\": \"b\",\n     \"terms\": [{\"label\": \"x\", \"patterns\": [\"x\"]}]}\n  ]\n}");

        var error = Assert.Throws<FormatException>(() => FramingLexicon.Load(path));

        Assert.Equal($"{path}:4: group 2 needs a \"name\" and at least two \"terms\".", error.Message);
    }

    [Fact]
    public void Given_json_text_without_a_file_When_parsed_Then_the_error_names_the_line()
    {
        var error = Assert.Throws<FormatException>(() => FramingLexicon.Parse("{\n\"groups\": 5\n}"));

        Assert.StartsWith("line 2: \"groups\" must be a list", error.Message, StringComparison.Ordinal);
    }
}
