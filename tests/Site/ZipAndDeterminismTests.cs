using System.IO.Compression;
using AngleSharp.Html.Parser;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site;

public sealed class ZipAndDeterminismTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Zip_unzips_into_a_site_whose_every_local_link_resolves()
    {
        var data = temp.CopyFixture("handchecked");
        var site = temp.Combine("site");
        Assert.Equal(0, CliRun.Of("build", "--data", data, "--out", site, "--zip").ExitCode);

        var unzipped = temp.Combine("unzipped");
        ZipFile.ExtractToDirectory(Path.Combine(site, "report.zip"), unzipped);
        // Every view, the ones in views/ too: the zip holds their files and what they link to.
        var document = SiteDocument.Load(unzipped);
        Assert.True(File.Exists(Path.Combine(unzipped, "views", "instagram", "all.js")));
        var references = document.QuerySelectorAll("[href],[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(r => !r.StartsWith('#'))
            .ToList();
        Assert.Contains("assets/plotly.min.js", references);
        Assert.Contains("downloads/influencer_summary.csv", references);
        Assert.All(references, r => Assert.True(EntityPageLinks.Resolves(unzipped, r), r));
        var anchors = document.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]);
        Assert.All(anchors, id => Assert.NotNull(document.GetElementById(id)));
    }

    [Fact]
    public void The_whole_site_and_its_zip_are_byte_identical_across_builds()
    {
        var data = temp.CopyFixture("handchecked");
        Assert.Equal(0, CliRun.Of("--data", data, "--out", temp.Combine("a"), "--zip").ExitCode);
        Assert.Equal(0, CliRun.Of("--data", data, "--out", temp.Combine("b"), "--zip").ExitCode);
        var a = FolderSnapshot.Of(temp.Combine("a"));
        Assert.Contains("report.zip", a.Keys);
        Assert.Contains("index.html", a.Keys);
        Assert.Equal(a, FolderSnapshot.Of(temp.Combine("b")));
    }

    [Fact]
    public void Title_option_sets_the_title()
    {
        var data = temp.CopyFixture("handchecked");
        Assert.Equal(0, CliRun.Of("--data", data, "--out", temp.Combine("t"), "--title", "Q3 <review>").ExitCode);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(temp.Combine("t", "index.html")));
        Assert.Equal("Q3 <review>", document.Title);
        Assert.Equal("Q3 <review>", document.QuerySelector("h1")!.TextContent);
    }

}
