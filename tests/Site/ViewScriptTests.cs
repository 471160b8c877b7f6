using System.Text.Json;
using RoiReportGen.Rendering.Site;

namespace RoiReportGen.Tests.Site;

/// <summary>The JavaScript string literals of view files: safe whatever the view's text holds, and JSON strings too.</summary>
public sealed class ViewScriptTests
{
    [Fact]
    public void A_view_file_is_one_registration_call_with_closing_tags_written_as_less_than_backslash_slash()
    {
        Assert.Equal(
            "roiReportView(\"instagram\",\"2025-10\",\"<p class=\\\"x\\\">Asha<\\/p>\");\n",
            ViewScript.Content("instagram", "2025-10", "<p class=\"x\">Asha</p>"));
        Assert.Equal("views/instagram/2025-10.js", ViewScript.RelativePath("instagram", "2025-10"));
    }

    [Theory]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("<!-- <script>")]
    [InlineData("quote \" backslash \\ and \\\" together")]
    [InlineData("line\nbreak\r\ttab\u0000nul\u001b")]
    [InlineData("separators \u2028 and \u2029 end a line in older JavaScript")]
    [InlineData("₹1,23,456 · 😀 · \u00e9")]
    public void Hostile_text_round_trips_and_can_neither_end_the_string_nor_a_script_element(string text)
    {
        var literal = ViewScript.Literal(text);
        Assert.Equal(text, JsonSerializer.Deserialize<string>(literal));
        var inside = literal[1..^1];
        Assert.DoesNotContain("</", inside, StringComparison.Ordinal);
        Assert.DoesNotContain("<!", inside, StringComparison.Ordinal);
        Assert.DoesNotContain('\u2028', inside);
        Assert.DoesNotContain('\u2029', inside);
        Assert.DoesNotContain(inside, c => c < ' ');
        // Every quote inside is escaped: an odd run of backslashes precedes it.
        for (var i = inside.IndexOf('"', StringComparison.Ordinal); i >= 0; i = inside.IndexOf('"', i + 1))
        {
            var slashes = 0;
            for (var j = i - 1; j >= 0 && inside[j] == '\\'; j--)
            {
                slashes++;
            }

            Assert.True(slashes % 2 == 1, $"unescaped quote at {i} in {literal}");
        }
    }

    [Fact]
    public void Text_is_written_as_it_is_apart_from_the_escapes_so_the_file_stays_the_size_of_its_html()
    {
        // 3 characters of "₹ é" stay 3, and "😀" (a surrogate pair) stays a pair: no \u escapes.
        Assert.Equal("\"₹ é 😀\"", ViewScript.Literal("₹ é 😀"));
    }

    [Fact]
    public void A_text_with_a_line_separator_is_escaped_as_one_without_apart_from_the_separator()
    {
        // A text holding U+2028, U+2029 or a surrogate takes the search that looks for them too; the ASCII escapes
        // must come out the same either way.
        const string html = "<p class=\"x\">a\\b</p>\n<!-- c -->\t\u0001 ₹";

        Assert.Equal(ViewScript.Literal(html)[..^1] + "\\u2028\"", ViewScript.Literal(html + "\u2028"));
        Assert.Equal(ViewScript.Literal(html)[..^1] + "😀\"", ViewScript.Literal(html + "😀"));
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_rather_than_lost()
    {
        Assert.Equal("\"a\\ud800b\\udc00\"", ViewScript.Literal("a\ud800b\udc00"));
    }
}
