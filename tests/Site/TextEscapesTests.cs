using RoiReportGen.Rendering.Site;

namespace RoiReportGen.Tests.Site;

public sealed class TextEscapesTests
{
    [Theory]
    [InlineData("[x](javascript:alert(1))", "\\[x\\]\\(javascript\\:alert\\(1\\)\\)")]
    [InlineData("**bold** _it_ `code`", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\`")]
    [InlineData("line\n# heading", "line \\# heading")]
    [InlineData("प्रिया शर्मा 🙂", "प्रिया शर्मा 🙂")]
    public void Markdown_values_stay_literal_text(string value, string expected) =>
        Assert.Equal(expected, TextEscapes.Markdown(value));

    [Fact]
    public void A_right_to_left_override_is_isolated_inside_its_value()
    {
        Assert.Equal("\u2068abc\u202Edef\u2069", TextEscapes.Markdown("abc\u202Edef"));
    }

    [Fact]
    public void Markdown_values_render_as_text_through_markdig()
    {
        var html = MarkdownRenderer.ToHtml("- " + TextEscapes.Markdown("<script>alert(1)</script> [x](javascript:alert(1))")).Html;
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_in_template_markdown_get_noopener_noreferrer()
    {
        var html = MarkdownRenderer.ToHtml("See [the spec](https://example.com/spec).").Html;
        Assert.Contains("rel=\"noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_escapes_markup_and_quotes() =>
        Assert.Equal("&lt;b a=&quot;1&quot; b=&#39;2&#39;&gt;&amp;", TextEscapes.Html("<b a=\"1\" b='2'>&"));
}
