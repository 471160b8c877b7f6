using RoiReportGen.Metrics;
using RoiReportGen.Rendering.Charts;
using static RoiReportGen.Tests.Charts.ChartModels;

namespace RoiReportGen.Tests.Charts;

/// <summary>What the charts show: top-N limits, order, reference lines, colours, windows and cell values.</summary>
public sealed class ChartContentTests
{
    private static readonly ReportModel LargeModel = Large(2000);
    private static readonly IReadOnlyDictionary<PlatformReport, ViewCharts> LargeCharts = ChartAssert.Build(LargeModel);

    [Fact]
    public void Top_n_limits_hold_at_2000_influencers()
    {
        var all = LargeCharts[LargeModel.All];
        Assert.Equal(TopRoasChart.TopN, ChartAssert.Data(all.TopRoas).Sum(t => t!["x"]!.AsArray().Count));
        Assert.All(ChartAssert.Data(all.RevenuePayout), t => Assert.Equal(RevenuePayoutChart.TopN, t!["x"]!.AsArray().Count));
        Assert.All(ChartAssert.Data(all.Engagement), t => Assert.Equal(EngagementChart.TopN, t!["x"]!.AsArray().Count));
        Assert.Equal(15, all.TopRoas.Data.Rows.Count);
        Assert.True(all.TopRoas.FigureJson.Length < 20_000, $"top-roas is {all.TopRoas.FigureJson.Length} chars");
    }

    [Fact]
    public void Top_roas_is_best_first_among_influencers_with_payout()
    {
        var all = LargeCharts[LargeModel.All];

        // Bars of all platform traces, put back in rank order (rank 0 is drawn on top).
        var bars = ChartAssert.Data(all.TopRoas)
            .SelectMany(t => ChartAssert.Numbers(t!["y"]).Zip(ChartAssert.Numbers(t["x"])))
            .OrderBy(b => b.First)
            .ToList();
        Assert.Equal(Enumerable.Range(0, bars.Count).Select(i => (double)i), bars.Select(b => b.First));
        Assert.Equal(bars.Select(b => b.Second).OrderDescending(), bars.Select(b => b.Second));
        var best = LargeModel.All.Influencers.Where(i => i.Payout > 0).Max(i => i.Roas)!.Value;
        Assert.Equal((double)Math.Round(best, 4), bars[0].Second);
        Assert.Equal("reversed", ChartAssert.Layout(all.TopRoas)["yaxis"]!["autorange"]!.GetValue<string>());
    }

    [Fact]
    public void Roas_charts_have_the_break_even_line()
    {
        var model = ChartJsonTests.ModelOf("hostile");
        var all = ChartAssert.Build(model)[model.All];
        Assert.True(ChartAssert.HasBreakEvenLine(all.TopRoas));
        Assert.True(ChartAssert.HasBreakEvenLine(all.CampaignRoas));
        Assert.True(ChartAssert.HasBreakEvenLine(all.BrandRoas));
    }

    [Fact]
    public void Campaigns_below_one_are_marked_and_sorted_last()
    {
        var model = Model([Influencer("a", "Instagram", 1m, 1m)], [Campaign("Low", 500m, 1000m), Campaign("High", 3000m, 1000m)]);
        var bars = ChartAssert.Data(ChartAssert.Build(model)[model.All].CampaignRoas)[0]!;
        Assert.Equal([3.0, 0.5], ChartAssert.Numbers(bars["x"]));
        Assert.Equal([SeriesColors.AboveOne, SeriesColors.BelowOne], bars["marker"]!["color"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public void A_platform_has_the_same_colour_in_all_and_in_its_own_view()
    {
        foreach (var platform in LargeModel.Platforms)
        {
            var inAll = TraceColour(LargeCharts[LargeModel.All].TopRoas, platform.Name);
            var own = TraceColour(LargeCharts[platform].TopRoas, platform.Name);
            Assert.NotNull(own);
            Assert.Equal(own, inAll ?? own);
        }

        Assert.Equal("#d62976", TraceColour(LargeCharts[LargeModel.Platforms.Single(p => p.Name == "Instagram")].TopRoas, "Instagram"));
        var colours = new PlatformColors(["Alpha", "Beta", "Instagram"]);
        Assert.NotEqual(colours["Alpha"], colours["Beta"]);
    }

    [Fact]
    public void Trend_shades_one_rectangle_per_campaign_window()
    {
        var campaigns = Enumerable.Range(0, 20).Select(n => Campaign($"C{n:D2}", 100m * n, 100m, startDay: n, days: 3)).ToList();
        var model = Model([Influencer("a", "Instagram", 1m, 1m)], campaigns);
        var trend = ChartAssert.Build(model)[model.All].Trend;
        var layout = ChartAssert.Layout(trend);
        var shapes = layout["shapes"]!.AsArray();
        Assert.Equal(20, shapes.Count);
        Assert.All(shapes, s => Assert.Equal("paper", s!["yref"]!.GetValue<string>()));
        Assert.Equal("2025-01-01", shapes[0]!["x0"]!.GetValue<string>());
        Assert.Equal("2025-01-04", shapes[0]!["x1"]!.GetValue<string>());
        Assert.Equal(TrendChart.MaxLabels, layout["annotations"]!.AsArray().Count);
        Assert.Equal(4, ChartAssert.Data(trend).Count);
        Assert.Equal(5, trend.Data.Rows.Count); // 30 days in weeks of 7
    }

    [Fact]
    public void Persona_cells_are_revenue_over_payout_summed_per_platform_and_tier()
    {
        PersonaSummary[] personas =
        [
            Persona("Instagram", FollowerTier.Micro, 300m, 100m, "Fitness"),
            Persona("Instagram", FollowerTier.Micro, 100m, 300m, "Wellness"),  // cell: 400 / 400 = 1.00
            Persona("Instagram", FollowerTier.Mega, 500m, 200m),                // 2.50
            Persona("YouTube", FollowerTier.Nano, 700m, 0m),                    // no payout: null
            Persona("YouTube", FollowerTier.Macro, 90m, 40m, "Fitness"),
            Persona("YouTube", FollowerTier.Macro, 10m, 0m, "Wellness"),        // 100 / 40 = 2.50
        ];
        var model = Model([Influencer("a", "Instagram", 1m, 1m), Influencer("b", "YouTube", 1m, 1m)], personas: personas);
        var charts = ChartAssert.Build(model);
        var heat = ChartAssert.Data(charts[model.All].PersonaRoas)[0]!;
        Assert.Equal(["nano", "micro", "macro", "mega"], heat["x"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal(["Instagram", "YouTube"], heat["y"]!.AsArray().Select(x => x!.GetValue<string>()));
        var z = heat["z"]!.AsArray().Select(row => row!.AsArray().Select(v => v?.GetValue<double>()).ToList()).ToList();
        Assert.Equal([null, 1.0, null, 2.5], z[0]);
        Assert.Equal([null, null, 2.5, null], z[1]);
        Assert.Equal("2.50", heat["text"]![0]![3]!.GetValue<string>());

        var youtube = ChartAssert.Data(charts[model.Platforms.Single(p => p.Name == "YouTube")].PersonaRoas)[0]!;
        Assert.Single(youtube["y"]!.AsArray());
    }

    private static string? TraceColour(ChartFigure figure, string platform) =>
        ChartAssert.Data(figure).FirstOrDefault(t => t!["name"]!.GetValue<string>() == platform)?["marker"]!["color"]!.GetValue<string>();
}
