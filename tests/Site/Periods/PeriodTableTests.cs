using System.Text.Json.Nodes;
using RoiReportGen.Metrics.Periods;
using RoiReportGen.Rendering.Site;
using RoiReportGen.Tests.Support;
using static RoiReportGen.Tests.Charts.ChartModels;
using static RoiReportGen.Tests.Site.Periods.PeriodDisplayModels;

namespace RoiReportGen.Tests.Site.Periods;

/// <summary>
/// The "Δ ROAS vs previous period" column of the influencer and campaign tables (month and quarter views only) and
/// the mark of a campaign whose window runs past the period, with its legend under the table.
/// </summary>
public sealed class PeriodTableTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static JsonNode Json(TableBlock table) => JsonNode.Parse(table.Json.Html)!;

    private static List<string> Keys(JsonNode json) => [.. json["columns"]!.AsArray().Select(c => c!["key"]!.GetValue<string>())];

    // A cell of a row by column key; null for an undefined value.
    private static JsonNode? Cell(JsonNode json, int row, string key) => json["rows"]![row]![Keys(json).IndexOf(key)];

    [Fact]
    public void The_campaign_table_gains_a_signed_ratio_column_after_roas_with_undefined_as_null()
    {
        var campaigns = new[] { Campaign("Autumn", 3000m, 1000m), Campaign("Monsoon", 500m, 0m), Campaign("New", 800m, 400m) };
        // Autumn: ROAS 3.00 against 2.65 before: +0.35; Monsoon: ROAS undefined (payout 0): null; New: not in the previous month.
        var comparison = Comparison(Month(2025, 9), SampleChanges, campaigns: new Dictionary<string, decimal?> { ["Autumn"] = 0.35m, ["Monsoon"] = null });
        var json = Json(TableJson.Build("t", "Campaign table", SiteTableColumns.CampaignsOf(comparison), campaigns, "roas", true, null));

        var keys = Keys(json);
        Assert.Equal(keys.IndexOf("roas") + 1, keys.IndexOf("roas-change"));
        var column = json["columns"]![keys.IndexOf("roas-change")]!;
        Assert.Equal("Δ ROAS vs previous period", column["label"]!.GetValue<string>());
        Assert.Equal("ratio-change", column["type"]!.GetValue<string>());
        Assert.Equal(0.35m, Cell(json, 0, "roas-change")!.GetValue<decimal>());
        Assert.Null(Cell(json, 1, "roas-change"));
        Assert.Null(Cell(json, 2, "roas-change"));
    }

    [Fact]
    public void The_influencer_table_gains_the_column_by_influencer_id_and_all_time_has_none()
    {
        var influencers = new[] { Influencer("a", "Instagram", 3000m, 1000m), Influencer("b", "YouTube", 500m, 1000m) };
        var comparison = Comparison(Month(2025, 9), SampleChanges, influencers: new Dictionary<string, decimal?> { ["a"] = -0.5m, ["b"] = null });
        var json = Json(TableJson.Build("t", "Influencer table", SiteTableColumns.InfluencersOf(comparison), influencers, "roas", true, null));
        Assert.Equal(-0.5m, Cell(json, 0, "roas-change")!.GetValue<decimal>());
        Assert.Null(Cell(json, 1, "roas-change"));

        Assert.Same(SiteTableColumns.Influencers, SiteTableColumns.InfluencersOf(null));
        Assert.Same(SiteTableColumns.Campaigns, SiteTableColumns.CampaignsOf(null));
        Assert.DoesNotContain(SiteTableColumns.Campaigns, c => c.Key == "roas-change");
    }

    [Fact]
    public void A_campaign_whose_window_runs_past_the_period_is_marked_in_words()
    {
        var campaigns = new[] { Campaign("Autumn", 3000m, 1000m) with { WindowRunsPastPeriod = true }, Campaign("Inside", 500m, 100m) };
        var json = Json(TableJson.Build("t", "Campaign table", SiteTableColumns.Campaigns, campaigns, "roas", true, null));
        Assert.Equal("† window runs past this period", Cell(json, 0, "note")!.GetValue<string>());
        Assert.Equal(string.Empty, Cell(json, 1, "note")!.GetValue<string>());
    }

    [Fact]
    public void A_page_whose_view_has_a_comparison_and_a_window_past_the_period_shows_the_column_and_the_legend()
    {
        // The page builder reads only the view: an All view given a comparison and a marked campaign renders as a month's would.
        var small = Small();
        const string Hostile = "<img src=x onerror=alert(1)>";
        var campaigns = new[] { Campaign(Hostile, 3000m, 1000m) with { WindowRunsPastPeriod = true } };
        var all = small.All with
        {
            Campaigns = campaigns,
            Comparison = Comparison(Month(2025, 9, Hostile), SampleChanges, campaigns: new Dictionary<string, decimal?> { [Hostile] = 0.35m }),
        };
        var model = small with { All = all, Periods = [new(ReportPeriod.AllTime, all, small.Platforms)] };
        var index = CounterfactualSite.Write(temp.Combine("site"), model, null);
        var document = SiteDocument.Load(Path.GetDirectoryName(index)!); // index.html and the views/ files

        var legend = document.QuerySelector("#view-all--campaigns .table-legend")!;
        Assert.StartsWith("† Window runs past this period:", legend.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("#view-instagram--campaigns .table-legend"));
        var json = JsonNode.Parse(document.GetElementById("view-all--tbl-campaigns")!.TextContent)!;
        Assert.Equal(Hostile, Cell(json, 0, "campaign")!.GetValue<string>());
        Assert.Equal(0.35m, Cell(json, 0, "roas-change")!.GetValue<decimal>());
        Assert.Equal("▲ up ₹12,500 (+12.50%) vs " + Hostile, document.QuerySelector("#view-all--kpis .kpi-change")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("img"));
        // The platform views borrow All's influencer rows, so they take All's columns.
        Assert.Equal(
            Keys(JsonNode.Parse(document.GetElementById("view-all--tbl-influencers")!.TextContent)!),
            Keys(JsonNode.Parse(document.GetElementById("view-instagram--tbl-influencers")!.TextContent)!));
    }
}
