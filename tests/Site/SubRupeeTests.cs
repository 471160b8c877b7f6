using RoiReportGen.Rendering;
using RoiReportGen.Tests.Support;
using static RoiReportGen.Tests.Support.CsvDownload;

namespace RoiReportGen.Tests.Site;

/// <summary>
/// Issue 12 item 6: money is rounded to whole rupees on the page only; the CSV downloads keep every
/// digit, and the ratios pool (Σ revenue / Σ payout) rather than average per-influencer ratios.
/// Built from tests/Fixtures/subrupee (see its README), whose amounts are not whole rupees.
/// </summary>
public sealed class SubRupeeTests : IClassFixture<SubRupeeTests.Site>
{
    private readonly Site site;

    public SubRupeeTests(Site site) => this.site = site;

    [Fact]
    public void The_csv_downloads_keep_amounts_to_the_last_digit()
    {
        var influencers = site.Download("influencer_summary.csv");
        Assert.Equal("1234.5678", influencers.Row("influencer_id", "I1")["revenue"]);
        Assert.Equal("100.25", influencers.Row("influencer_id", "I1")["payout"]);
        Assert.Equal("1134.3178", influencers.Row("influencer_id", "I1")["net_return"]);   // 1234.5678 − 100.25
        Assert.Equal("-39.7499", influencers.Row("influencer_id", "I3")["net_return"]);    // 10.0001 − 49.75
        Assert.Equal(1234.5678m / 100.25m, Number(influencers.Row("influencer_id", "I1"), "roas"));

        var campaigns = site.Download("campaign_summary.csv");
        Assert.Equal("1244.5679", campaigns.Row("campaign", "Spring")["revenue"]);         // 1234.5678 + 10.0001
        Assert.Equal("300.75", campaigns.Row("campaign", "Summer")["payout"]);             // I2's, allocated
    }

    [Fact]
    public void Ratios_pool_revenue_and_payout_rather_than_average_the_influencers_ratios()
    {
        // Spring: (1234.5678 + 10.0001) / (100.25 + 49.75) = 1244.5679 / 150 = 8.2971193…; the mean of
        // I1's 12.3149 and I3's 0.2010 would be 6.2580.
        var pooled = 1244.5679m / 150m;
        Assert.Equal(pooled, Number(site.Download("campaign_summary.csv").Row("campaign", "Spring"), "roas"));
        Assert.Equal(pooled, Number(site.Download("persona_summary.csv").Row("platform", "Instagram"), "roas"));
        Assert.Equal(1244.5679m / 150m, Number(site.Download("brand_summary.csv").Row("brand", "MuscleBlaze"), "roas"));
    }

    [Theory]
    // All: revenue 1234.5678 + 400.1234 + 10.0001 = 1644.6913; payout 100.25 + 300.75 + 49.75 = 450.75;
    // ROAS 1644.6913 / 450.75 = 3.6488 (the mean of the three influencers' ROAS would be 4.62).
    [InlineData("all", "Revenue", "₹1,645")]
    [InlineData("all", "Payout", "₹451")]          // 450.75: half a rupee and more rounds up, not down
    [InlineData("all", "ROAS", "3.65")]
    // Instagram: revenue 1244.5679, payout 150, ROAS 8.2971 (mean of ratios: 6.26).
    [InlineData("instagram", "Revenue", "₹1,245")]
    [InlineData("instagram", "Payout", "₹150")]
    [InlineData("instagram", "ROAS", "8.30")]
    // YouTube: 400.1234 / 300.75 = 1.3304.
    [InlineData("youtube", "Revenue", "₹400")]
    [InlineData("youtube", "Payout", "₹301")]
    [InlineData("youtube", "ROAS", "1.33")]
    public void The_page_rounds_money_to_whole_rupees_and_ratios_to_two_places(string view, string label, string shown)
    {
        var card = site.Built.Document
            .QuerySelectorAll($"#{ElementIds.Section(view, "kpis")} .kpi")
            .Single(c => c.QuerySelector(".kpi-label")!.TextContent == label);

        Assert.Equal(shown, card.QuerySelector(".kpi-value")!.TextContent);
    }

    /// <summary>The fixture built once for all the tests of the class.</summary>
    public sealed class Site : IDisposable
    {
        public BuiltSite Built { get; } = new("subrupee");

        public CsvDownload Download(string name) => CsvDownload.Read(Path.Combine(Built.Root, "downloads", name));

        public void Dispose() => Built.Dispose();
    }
}
