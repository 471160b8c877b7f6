using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site;

/// <summary>Issue 13 item 4: the page a reader opens stays light however many views the report has.</summary>
public sealed class PageWeightTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void On_the_shipped_data_index_html_is_at_most_400_KB_and_the_other_views_are_in_views()
    {
        var site = temp.Combine("site");
        Assert.Equal(0, CliRun.Of("build", "--data", RepoPaths.Data, "--out", site).ExitCode);
        var index = new FileInfo(Path.Combine(site, "index.html")).Length;
        Assert.True(index <= 400 * 1024, $"index.html is {index} bytes, over 400 KB");
        // The shipped data has three platforms: their All-time views at least are files of their own.
        foreach (var platform in new[] { "instagram", "twitter", "youtube" })
        {
            Assert.True(File.Exists(Path.Combine(site, "views", platform, "all.js")), platform);
        }
    }
}
