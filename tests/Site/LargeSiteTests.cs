using System.Text.Json;
using AngleSharp.Html.Parser;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site;

public sealed class LargeSiteTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Two_thousand_influencers_are_all_in_the_table_json_and_the_page_is_complete()
    {
        var data = temp.Combine("data");
        Assert.Equal(0, CliRun.Of("simulate", "--out", data, "--influencers", "2000", "--tracking-rows", "20000").ExitCode);
        Assert.Equal(0, CliRun.Of("build", "--data", data, "--out", temp.Combine("site")).ExitCode);

        var html = File.ReadAllText(temp.Combine("site", "index.html"));
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(html);
        using var table = JsonDocument.Parse(document.GetElementById("view-all--tbl-influencers")!.TextContent);
        Assert.Equal(2000, table.RootElement.GetProperty("rows").GetArrayLength());
        // Tables are rendered by report.js from the JSON: the page itself holds no influencer rows.
        Assert.Empty(document.QuerySelectorAll(".data-table tr"));
        Assert.Equal(14 * document.QuerySelectorAll(".view").Length, document.QuerySelectorAll("section.report-section").Length);

        // Campaign charts stay readable: at most 25 bars, while their data tables list every campaign.
        using var campaigns = JsonDocument.Parse(document.GetElementById("view-all--tbl-campaigns")!.TextContent);
        var campaignCount = campaigns.RootElement.GetProperty("rows").GetArrayLength();
        Assert.True(campaignCount > 25, $"{campaignCount} campaigns");
        foreach (var name in new[] { "campaign-roas" })
        {
            using var figure = JsonDocument.Parse(document.GetElementById($"view-all--fig-{name}")!.TextContent);
            Assert.All(figure.RootElement.GetProperty("data").EnumerateArray(), trace => Assert.Equal(25, trace.GetProperty("x").GetArrayLength()));
            var tableRows = document.GetElementById($"view-all--chart-{name}")!.ParentElement!.QuerySelectorAll("details.chart-data tbody tr").Length;
            Assert.Equal(campaignCount, tableRows);
        }
    }
}
