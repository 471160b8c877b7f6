using RoiReportGen.Rendering.Summary;

namespace RoiReportGen.Tests.Summary;

/// <summary>Data names in the summary are text: none can add a table cell, a link, emphasis or HTML.</summary>
public sealed class SummaryEscapingTests
{
    [Theory]
    [InlineData("|x|", "\\|x\\|")]
    [InlineData("*", "\\*")]
    [InlineData("_a_ `b` [c](d) <e> ~f~ $g$ &amp; #h !", "\\_a\\_ \\`b\\` \\[c\\](d) \\<e\\> \\~f\\~ \\$g\\$ \\&amp; \\#h \\!")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("two\r\nlines\ttab", "two  lines tab")]
    [InlineData("Asha Rao, हिंदी 🙂", "Asha Rao, हिंदी 🙂")]
    public void Escape_backslashes_every_markup_character(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    [Fact]
    public void Hostile_campaign_names_keep_the_table_whole()
    {
        using var run = new SummaryRun("handchecked");
        foreach (var file in new[] { "tracking_data.csv", "payouts.csv" })
        {
            var path = Path.Combine(run.Data, file);
            File.WriteAllText(path, File.ReadAllText(path).Replace("SummerFit", "\"|x| **bold** [a](b)\"", StringComparison.Ordinal)
                .Replace("MusclePush", "*", StringComparison.Ordinal));
        }

        var markdown = run.Markdown();
        Assert.Contains("| \\|x\\| \\*\\*bold\\*\\* \\[a\\](b) | MuscleBlaze | ₹5,500 | ₹2,900 | 1.90 | 1.81 |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| \\* | MuscleBlaze | ₹3,200 | ₹4,000 | 0.80 | 0.80 |\n", markdown, StringComparison.Ordinal);
        AssertEveryTableRowHasItsColumns(markdown);
    }

    [Fact]
    public void Hostile_fixture_names_keep_every_table_whole()
    {
        using var run = new SummaryRun("hostile");
        var markdown = run.Markdown();
        Assert.DoesNotContain("<b>", markdown, StringComparison.Ordinal);
        AssertEveryTableRowHasItsColumns(markdown);
    }

    // A row has as many unescaped '|' as its table's header row.
    private static void AssertEveryTableRowHasItsColumns(string markdown)
    {
        var separators = 0;
        foreach (var line in markdown.Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                separators = 0;
                continue;
            }

            var count = CountUnescapedPipes(line);
            if (separators == 0)
            {
                separators = count;
            }

            Assert.True(count == separators, $"row has {count} separators, header {separators}: {line}");
        }
    }

    private static int CountUnescapedPipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
    }
}
