using Markdig;
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

    // Issue 11 item 13: no data name becomes a link or notifies anyone (a zero-width space entity
    // after '@', after the ':' of "scheme://" and between "www" and its dot).
    [Theory]
    [InlineData("@octocat", "@&#8203;octocat")]
    [InlineData("thanks @org/team", "thanks @&#8203;org/team")]
    [InlineData("mail a.b@example.com", "mail a.b@&#8203;example.com")]
    [InlineData("https://evil.example/x", "https:&#8203;//evil.example/x")]
    [InlineData("see http://a and ftp://b", "see http:&#8203;//a and ftp:&#8203;//b")]
    [InlineData("www.evil.example", "www&#8203;.evil.example")]
    [InlineData("go WWW.Evil.example", "go WWW&#8203;.Evil.example")]
    [InlineData("Summer: 50% off, www, w.w", "Summer: 50% off, www, w.w")]
    public void Escape_breaks_autolinks_and_mentions(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    [Fact]
    public void Campaign_names_with_links_and_mentions_stay_text()
    {
        using var run = new SummaryRun("handchecked");
        foreach (var file in new[] { "tracking_data.csv", "payouts.csv" })
        {
            var path = Path.Combine(run.Data, file);
            File.WriteAllText(path, File.ReadAllText(path).Replace("SummerFit", "@octocat https://evil.example www.evil.example a@b.co", StringComparison.Ordinal));
        }

        var markdown = run.Markdown();
        Assert.Contains(
            "| @&#8203;octocat https:&#8203;//evil.example www&#8203;.evil.example a@&#8203;b.co | MuscleBlaze | ₹5,500 |",
            markdown,
            StringComparison.Ordinal);
        Assert.DoesNotMatch("(@[A-Za-z0-9]|://|www\\.)", markdown);

        // A second opinion from a Markdown engine with autolinks on (Markdig's, like GFM's): no link at all.
        var html = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.Contains("@\u200Boctocat https:\u200B//evil.example www\u200B.evil.example a@\u200Bb.co", html, StringComparison.Ordinal);
    }

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
        Assert.Contains("| \\|x\\| \\*\\*bold\\*\\* \\[a\\](b) | MuscleBlaze | ₹5,500 | ₹2,900 | 1.90 | 1.95 (90%: 1.37–2.52) |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| \\* | MuscleBlaze | ₹3,200 | ₹4,000 | 0.80 | 0.80 (90%: 0.80–0.80) |\n", markdown, StringComparison.Ordinal);
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
