using System.Text.Json;
using FsCheck.Xunit;
using NewsLens.Reports;

namespace NewsLens.Tests.Reports;

public sealed class HtmlTests
{
    [Fact]
    public void Given_markup_and_quotes_When_escaped_Then_no_character_can_open_a_tag_or_end_an_attribute()
    {
        Assert.Equal("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;", Html.Escape("<script>alert(\"x\" & 'y')</script>"));
        Assert.Equal("", Html.Escape(null));
    }

    [Property]
    public bool Given_any_text_When_escaped_Then_it_contains_no_raw_angle_bracket_or_quote(string? text)
    {
        var escaped = Html.Escape(text);
        return !escaped.Contains('<') && !escaped.Contains('>') && !escaped.Contains('"') && !escaped.Contains('\'');
    }

    [Property]
    public bool Given_any_string_in_json_When_made_script_safe_Then_it_has_no_angle_bracket_and_still_means_the_same(string? text)
    {
        var json = JsonSerializer.Serialize(new { label = text ?? "" }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var safe = Html.ScriptSafeJson(json);
        var back = JsonDocument.Parse(safe).RootElement.GetProperty("label").GetString();
        return !safe.Contains('<') && !safe.Contains('>') && back == (text ?? "");
    }
}
