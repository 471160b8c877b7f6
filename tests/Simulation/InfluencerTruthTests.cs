using System.Globalization;
using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Simulation;
using static RoiReportGen.Tests.Simulation.SimulatedFiles;

namespace RoiReportGen.Tests.Simulation;

/// <summary>
/// simulation_truth_influencers.csv: each influencer's true incremental revenue and payout, from the same exact
/// accounting as simulation_truth.csv, so the influencers' parts add up to the campaigns' truths to the paisa.
/// </summary>
public sealed class InfluencerTruthTests
{
    [Theory]
    [InlineData(12, 4000, 3)]
    // A larger roster: influencers in two or three campaigns, and campaign-less bonus rows.
    [InlineData(150, 6000, 11)]
    public void InfluencersAddUpToTheCampaignsExactly(int influencers, long rows, int seed)
    {
        using var files = new SimulatedFiles(new SimulationOptions(Influencers: influencers, TrackingRows: rows, Seed: seed));
        var truth = files.Known;

        // Per campaign, its members' parts add up to its truth exactly (decimal equality, not a tolerance).
        foreach (var c in truth.Campaigns)
        {
            Assert.Equal(c.AttributedRevenue, c.Members.Sum(m => m.AttributedRevenue));
            Assert.Equal(c.CannibalisedRevenue, c.Members.Sum(m => m.CannibalisedRevenue));
            Assert.Equal(c.HaloRevenue, c.Members.Sum(m => m.HaloRevenue));
            Assert.Equal(c.TrueIncrementalRevenue, c.Members.Sum(m => m.TrueIncrementalRevenue));
        }

        // The two files read back: Σ over influencers equals Σ over campaigns to the paisa (both are exact in paisa).
        var f = files.InfluencerTruth;
        var byFile = f.Values("true_incremental_revenue").Sum(Signed);
        Assert.Equal(files.Truth.Values("true_incremental_revenue").Sum(Signed), byFile);
        Assert.Equal(truth.RevenueWithCampaigns - truth.RevenueWithoutCampaigns, byFile);
        Assert.Contains(truth.Campaigns, c => c.HaloRevenue > 0);
        Assert.Contains(truth.Campaigns, c => c.CannibalisedRevenue > 0);

        // Payout: Σ of every payout row. The campaigns' payouts leave out the campaign-less rows the report cannot
        // allocate (an influencer with no attributed sale), so Σ influencers = Σ campaigns + unallocated.
        var payouts = files.Payouts;
        var paid = f.Values("payout").Sum(Money);
        Assert.Equal(payouts.Values("total_payout").Sum(Money), paid);
        var data = DataSetLoader.Load(files.Directory);
        var unallocated = PayoutAllocator.Allocate(data, AllocationPrecision.Decimals(data)).Unallocated;
        Assert.Equal(truth.Campaigns.Sum(c => c.Payout) + unallocated, paid);
    }

    [Fact]
    public void EachRowIsTheInfluencersOwnRowsAndPayoutInRosterOrder()
    {
        using var files = new SimulatedFiles(new SimulationOptions(Influencers: 40, TrackingRows: 5000, Seed: 5));
        var f = files.InfluencerTruth;
        var t = files.Tracking;
        var p = files.Payouts;
        var attributed = t.Rows.Where(r => r[t.Column("campaign")].Length > 0)
            .GroupBy(r => r[t.Column("influencer_id")])
            .ToDictionary(g => g.Key, g => g.Sum(r => Money(r[t.Column("revenue")])));
        var paid = p.Rows.GroupBy(r => r[p.Column("influencer_id")]).ToDictionary(g => g.Key, g => g.Sum(r => Money(r[p.Column("total_payout")])));
        var known = files.Known.Influencers.ToDictionary(i => i.InfluencerId);

        Assert.Equal(["influencer_id", "true_incremental_revenue", "payout", "true_iroas"], f.Header);
        Assert.Equal(files.Influencers.Values("influencer_id"), f.Values("influencer_id"));
        foreach (var row in f.Rows)
        {
            var id = row[f.Column("influencer_id")];
            var parts = files.Known.Campaigns.SelectMany(c => c.Members).Where(m => m.InfluencerId == id).ToList();
            // Its attributed revenue is exactly its rows in tracking_data.csv (read back independently).
            Assert.Equal(attributed.GetValueOrDefault(id), parts.Sum(m => m.AttributedRevenue));
            Assert.Equal(parts.Sum(m => m.TrueIncrementalRevenue), Signed(row[f.Column("true_incremental_revenue")]));
            var payout = Money(row[f.Column("payout")]);
            Assert.Equal(paid.GetValueOrDefault(id), payout);
            var iroas = row[f.Column("true_iroas")];
            if (payout == 0)
            {
                Assert.Equal("", iroas);
                Assert.Null(known[id].TrueIroas);
            }
            else
            {
                Assert.Equal(known[id].TrueIroas, decimal.Parse(iroas, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
            }
        }

        // Both sides of the payback line occur, so the scorer's confusion table has something to count.
        Assert.Contains(files.Known.Influencers, i => i.TrueIroas < 1);
        Assert.Contains(files.Known.Influencers, i => i.TrueIroas >= 1);
    }

    [Fact]
    public void TheHaloIsSplitByNewAttributedSalesToThePaisa()
    {
        var campaign = Campaign(3);
        campaign.HaloRevenue = 10.01m;
        campaign.Revenue[0] = 500m;
        campaign.Revenue[1] = 300m;
        campaign.Cannibalised[1] = 120.50m;
        campaign.Orders[2] = 4; // orders, but all of them anyway ones that took over organic sales: no new sale
        campaign.NewSales[0] = 2;
        campaign.NewSales[1] = 1;

        var members = InfluencerTruthCalculator.Members(campaign);

        // 10.01 × 2/3 = 6.6733… → 6.67 (cut 0.0033…); 10.01 × 1/3 = 3.3366… → 3.33 (cut 0.0066…); the paisa left
        // goes to the larger cut: 6.67 + 3.34 + 0 = 10.01.
        Assert.Equal([6.67m, 3.34m, 0m], members.Select(m => m.HaloRevenue));
        // 500 − 0 + 6.67 = 506.67; 300 − 120.50 + 3.34 = 182.84; the third: 0.
        Assert.Equal([506.67m, 182.84m, 0m], members.Select(m => m.TrueIncrementalRevenue));
        Assert.Equal(["I1", "I2", "I3"], members.Select(m => m.InfluencerId));
    }

    [Fact]
    public void AHaloWithoutNewSalesFallsBackToOrdersThenEqualParts()
    {
        var byOrders = Campaign(2);
        byOrders.HaloRevenue = 9m;
        byOrders.Orders[0] = 1;
        byOrders.Orders[1] = 2;
        // 9 × 1/3 = 3, 9 × 2/3 = 6.
        Assert.Equal([3m, 6m], InfluencerTruthCalculator.Members(byOrders).Select(m => m.HaloRevenue));

        var none = Campaign(3);
        none.HaloRevenue = 1m;
        // 1/3 = 0.3333… → 0.33 each, the paisa left to the first (equal cuts: the earlier slot).
        Assert.Equal([0.34m, 0.33m, 0.33m], InfluencerTruthCalculator.Members(none).Select(m => m.HaloRevenue));
    }

    [Fact]
    public void AnInfluencerWithoutPayoutHasNoTrueIroas()
    {
        Assert.Null(new InfluencerTruth("I1", 100m, 0m).TrueIroas);
        Assert.Equal(0.5m, new InfluencerTruth("I1", 100m, 200m).TrueIroas);
        Assert.Equal(-0.25m, new InfluencerTruth("I1", -50m, 200m).TrueIroas);
    }

    private static decimal Signed(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>A sealed campaign with <paramref name="members"/> members I1, I2, … and every counter at zero.</summary>
    private static SimulatedCampaign Campaign(int members)
    {
        var product = new Product("MuscleBlaze", "Whey", "Whey", 1000m, 1.0);
        var campaign = new SimulatedCampaign("C", "MuscleBlaze", [product], new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 14), 1.0, 1.0);
        for (var i = 1; i <= members; i++)
        {
            campaign.Members.Add(new SimulatedInfluencer(
                i, $"I{i}", $"Name {i}", "Instagram", "Fitness", "F", 10_000, $"@i{i}", 0.05, 1.0, PayoutBasis.Post, 2.0));
        }

        campaign.Seal();
        return campaign;
    }
}
