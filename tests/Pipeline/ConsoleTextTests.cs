using RoiReportGen.Pipeline;

namespace RoiReportGen.Tests.Pipeline;

/// <summary>Issue 11 item 12: console text from data can neither drive the terminal nor the CI log.</summary>
public sealed class ConsoleTextTests
{
    [Theory]
    [InlineData("plain text, हिंदी 🙂", "plain text, हिंदी 🙂")]
    [InlineData("\u001b[2J\u001b[31mred\u0007", "\\x1b[2J\\x1b[31mred\\x07")]
    [InlineData("a\nb\rc\td", "a\\nb\\rc\\td")]
    [InlineData("nul\0 del\u007f c1\u009b", "nul\\x00 del\\x7f c1\\x9b")]
    [InlineData("\u202egnp.exe", "\\u202egnp.exe")]
    [InlineData("\u2066x\u2069 \u200f \u2028", "\\u2066x\\u2069 \\u200f \\u2028")]
    [InlineData("::error file=x::pwned", "\\x3a:error file=x::pwned")]
    [InlineData("  \u00a0::warning::x", "  \u00a0\\x3a:warning::x")]
    [InlineData("value ::error::not at the start", "value ::error::not at the start")]
    [InlineData("x ##[error]legacy anywhere", "x ##\\x5berror]legacy anywhere")]
    [InlineData("C:\\data\\x1b", "C:\\data\\x1b")]
    public void EscapeLine_shows_controls_and_defuses_workflow_commands(string line, string expected) =>
        Assert.Equal(expected, ConsoleText.EscapeLine(line));

    [Fact]
    public void A_newline_inside_a_value_never_starts_a_line()
    {
        var (writer, text) = Writer();
        writer.WriteLine("payouts.csv:2: (value '2\n::error file=x::pwned')");
        writer.Write("held ");
        writer.Write('\n');
        writer.Write("::still the same line");
        writer.WriteLine();

        Assert.Equal(
            "payouts.csv:2: (value '2\\n::error file=x::pwned')\nheld \\n::still the same line\n",
            text.ToString());
    }

    [Fact]
    public void Every_WriteLine_overload_ends_one_escaped_line()
    {
        var (writer, text) = Writer();
        writer.WriteLine("::a");
        writer.WriteLine("::b".AsSpan());
        writer.WriteLine("::c".ToCharArray());
        writer.WriteLine(new System.Text.StringBuilder("::d"));
        writer.WriteLine((object)"::e");
        writer.WriteLine("{0}", "::f");
        writer.WriteLine(42);
        writer.WriteLine(':');

        Assert.Equal("\\x3a:a\n\\x3a:b\n\\x3a:c\n\\x3a:d\n\\x3a:e\n\\x3a:f\n42\n:\n", text.ToString());
    }

    [Fact]
    public void A_part_line_is_written_on_flush()
    {
        var (writer, text) = Writer();
        writer.Write("::x\u0007");
        writer.Flush();
        writer.Write("::y");
        writer.Dispose();

        // The continuation is not the start of a line, so it is not checked again.
        Assert.Equal("\\x3a:x\\x07::y", text.ToString());
    }

    private static (ConsoleTextWriter Writer, StringWriter Text) Writer()
    {
        var text = new StringWriter { NewLine = "\n" };
        return (new ConsoleTextWriter(text), text);
    }
}
