using RoiReportGen.Rendering.Site;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site;

/// <summary>No raw control character reaches a page's &lt;title&gt;, from --title or from a name.</summary>
public sealed class TitleTextTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("Q3 report", "Q3 report")]
    [InlineData("Q3\u0007 report\u001B[31m", "Q3\uFFFD report\uFFFD[31m")]
    [InlineData("a\u0085b\u007F", "a\uFFFDb\uFFFD")]
    public void Control_characters_become_replacement_characters(string text, string expected) =>
        Assert.Equal(expected, TitleText.Of(text));

    [Fact]
    public void Titles_of_the_report_and_its_pages_hold_no_control_character()
    {
        var data = temp.CopyFixture("handchecked");
        var influencers = Path.Combine(data, "influencers.csv");
        var lines = File.ReadAllLines(influencers);
        var fields = lines[1].Split(',');
        fields[1] += "\u0001";
        lines[1] = string.Join(',', fields);
        File.WriteAllLines(influencers, lines);
        var site = temp.Combine("site");

        var run = CliRun.Of("build", "--data", data, "--out", site, "--title", "Q3\u0007 report");

        Assert.True(run.ExitCode == 0, run.Error);
        var titles = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories)
            .Select(f => File.ReadAllText(f)).Select(h => h[(h.IndexOf("<title>", StringComparison.Ordinal) + 7)..h.IndexOf("</title>", StringComparison.Ordinal)]).ToList();
        Assert.Contains("Q3\uFFFD report", titles);
        Assert.Contains(titles, t => t.StartsWith(fields[1].TrimEnd('\u0001') + "\uFFFD · Influencer · Q3\uFFFD report", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.Any(char.IsControl));
    }
}
