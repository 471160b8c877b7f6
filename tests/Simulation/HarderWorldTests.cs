using RoiReportGen.Metrics.Incrementality;
using RoiReportGen.Simulation;
using static RoiReportGen.Tests.Simulation.SimulatedFiles;

namespace RoiReportGen.Tests.Simulation;

/// <summary>
/// The harder world's knobs (carry-over, spill, sale weeks, persistence, a price step, zero-effect campaigns,
/// discounts, campaign size): each does what it says, and the truth stays the world with the campaigns minus the
/// world without, to the paisa, with every mechanism on.
/// </summary>
public sealed class HarderWorldTests
{
    private static readonly SimulationOptions Small = new(Influencers: 40, TrackingRows: 20_000, Seed: 5);

    private static readonly SimulationOptions Hard = Small with
    {
        Carryover = 2,
        Spill = 0.5,
        Festivals = 2,
        Persistence = 0.9,
        PriceStep = 0.25,
        ZeroEffect = 0.25,
        Discount = 2,
        CampaignSize = 0.5,
    };

    [Fact]
    public void WithEveryMechanismOnTheTruthIsStillExactToThePaisa()
    {
        using var files = new SimulatedFiles(Hard);
        var truth = files.Known;

        SimulationTruthTests.AssertExact(files);
        foreach (var c in truth.Campaigns)
        {
            // The carry-over and the spill are parts of the halo (a row can be both); the members' parts add up.
            Assert.InRange(c.CarryoverRevenue, 0m, c.HaloRevenue);
            Assert.InRange(c.SpillRevenue, 0m, c.HaloRevenue);
            Assert.Equal(c.Members.Sum(m => m.TrueIncrementalRevenue), c.TrueIncrementalRevenue);
        }

        Assert.Contains(truth.Campaigns, c => c.CarryoverRevenue > 0);
        Assert.Contains(truth.Campaigns, c => c.SpillRevenue > 0);
        Assert.Contains(truth.Campaigns, c => c.ZeroEffect);
        Assert.Equal(20_000, files.Tracking.Rows.Count);
    }

    [Fact]
    public void CarryoverAndSpillAreZeroWithoutTheirKnobsAndGrowWithThem()
    {
        using var none = new SimulatedFiles(Small);
        using var carry = new SimulatedFiles(Small with { Carryover = 2 });
        using var spill = new SimulatedFiles(Small with { Spill = 1 });

        Assert.All(none.Known.Campaigns, c => Assert.Equal((0m, 0m), (c.CarryoverRevenue, c.SpillRevenue)));
        Assert.True(carry.Known.Campaigns.Sum(c => c.CarryoverRevenue) > 0.1m * carry.Known.Campaigns.Sum(c => c.HaloRevenue));
        // Spill 1: every halo row lands on a product of the brand that the campaign does not sell.
        Assert.All(spill.Known.Campaigns, c => Assert.Equal(c.HaloRevenue, c.SpillRevenue));
        Assert.Contains(spill.Known.Campaigns, c => c.SpillRevenue > 0);
    }

    [Fact]
    public void WithoutHaloEveryExtraSaleIsCarryoverAfterTheWindow()
    {
        using var files = new SimulatedFiles(Small with { Halo = 0, Carryover = 2 });

        Assert.All(files.Known.Campaigns, c => Assert.Equal(c.HaloRevenue, c.CarryoverRevenue));
        Assert.All(files.Known.Campaigns.Where(c => c.AttributedRevenue > 0), c => Assert.True(c.CarryoverRevenue > 0, c.Campaign));
        Assert.All(files.Known.Campaigns, c => Assert.InRange(c.LiftsUntil.DayNumber - c.MeasuredFrom.DayNumber, 13 + 20, 41 + 40));
    }

    [Fact]
    public void ZeroEffectCampaignsAddAlmostNothing()
    {
        using var files = new SimulatedFiles(Small with { ZeroEffect = 1, TrackingRows = 40_000 });
        var campaigns = files.Known.Campaigns.Where(c => c.AttributedRevenue > 100_000m).ToList();

        Assert.NotEmpty(campaigns);
        Assert.All(files.Known.Campaigns, c => Assert.True(c.ZeroEffect));
        Assert.All(files.Known.Campaigns, c => Assert.Equal(0m, c.HaloRevenue));
        // Nearly every code user would have bought anyway: the truth is a small part of the attributed revenue.
        Assert.InRange(campaigns.Sum(c => c.TrueIncrementalRevenue) / campaigns.Sum(c => c.AttributedRevenue), -0.15m, 0.15m);
    }

    [Fact]
    public void DeeperCouponDiscountsLowerTheAttributedRevenuePerOrder()
    {
        using var usual = new SimulatedFiles(Small);
        using var deep = new SimulatedFiles(Small with { Discount = 3 });

        // 10–20% off at 1, 30–60% off at 3: the same orders bring about (1 − 0.39) / (1 − 0.13) ≈ 0.7 of the revenue.
        Assert.InRange(PerOrder(deep) / PerOrder(usual), 0.6, 0.8);
    }

    [Fact]
    public void CampaignSizeScalesTheAttributedRows()
    {
        using var small = new SimulatedFiles(Small with { CampaignSize = 0.25 });
        using var usual = new SimulatedFiles(Small);

        Assert.InRange(Attributed(small) / (double)Attributed(usual), 0.15, 0.35);
        Assert.Equal(20_000, small.Tracking.Rows.Count);
    }

    [Fact]
    public void SaleWeeksLiftOrganicDemand()
    {
        var quiet = new SimulationOptions(TrackingRows: 40_000, OrganicShare: 1, Trend: 0, Noise: 0);
        var season = DailyOrganic(quiet with { Festivals = 2 });
        var festive = SaleWeeks.Of(2025).Single(w => w.Name == "Festive sales");
        var inSale = season.Where(kv => kv.Key >= festive.Start.AddDays(2) && kv.Key <= festive.End.AddDays(-2)).Average(kv => kv.Value);
        var before = season.Where(kv => kv.Key >= festive.Start.AddDays(-35) && kv.Key < festive.Start.AddDays(-7)).Average(kv => kv.Value);

        // Festive sales lift demand by 0.8 × 2 × each product's sensitivity (median 1): well above the weeks before.
        Assert.True(inSale > 1.6 * before, $"{inSale} in the sale against {before} before");
    }

    [Fact]
    public void PersistenceMakesDaysFollowEachOther()
    {
        var noisy = new SimulationOptions(TrackingRows: 60_000, OrganicShare: 1, Trend: 0, Noise: 2);
        var independent = Lag1(DailyOrganic(noisy));
        var persistent = Lag1(DailyOrganic(noisy with { Persistence = 0.9 }));

        Assert.True(persistent > independent + 0.3, $"lag-1 autocorrelation {persistent} against {independent}");
    }

    [Fact]
    public void APriceStepMovesOneBrandsDemandForTheRestOfTheData()
    {
        var quiet = new SimulationOptions(TrackingRows: 60_000, OrganicShare: 1, Trend: 0, Noise: 0, Seed: 9);
        var steps = BrandHalves(quiet with { PriceStep = 1 }).Zip(BrandHalves(quiet), (s, b) => s / b).ToList();

        // One brand's second half moves by 50–100% against the same world without the step; the others by little.
        Assert.Single(steps, r => Math.Abs(r - 1) > 0.2);
    }

    private static double PerOrder(SimulatedFiles files)
    {
        var t = files.Tracking;
        var rows = t.Rows.Where(r => r[t.Column("campaign")].Length > 0).ToList();
        return (double)rows.Sum(r => Money(r[t.Column("revenue")])) / rows.Sum(r => Count(r[t.Column("orders")]));
    }

    private static int Attributed(SimulatedFiles files) => files.Tracking.Values("campaign").Count(c => c.Length > 0);

    private static List<KeyValuePair<DateOnly, double>> DailyOrganic(SimulationOptions options)
    {
        using var files = new SimulatedFiles(options);
        var t = files.Tracking;
        return [.. t.Rows.CountBy(r => Date(r[t.Column("date")])).OrderBy(kv => kv.Key).Select(kv => KeyValuePair.Create(kv.Key, (double)kv.Value))];
    }

    // Lag-1 autocorrelation of the week-on-week ratio's logarithm (the weekly pattern divided out).
    private static double Lag1(List<KeyValuePair<DateOnly, double>> days)
    {
        var x = days.Skip(7).Select((kv, i) => Math.Log(kv.Value / days[i].Value)).ToList();
        var mean = x.Average();
        var num = x.Skip(1).Select((v, i) => (v - mean) * (x[i] - mean)).Sum();
        var den = x.Sum(v => (v - mean) * (v - mean));
        return num / den;
    }

    // Per brand: rows in the last third over rows in the first third.
    private static double[] BrandHalves(SimulationOptions options)
    {
        using var files = new SimulatedFiles(options);
        var t = files.Tracking;
        var first = options.FirstDay.AddDays(120);
        var last = options.LastDay.AddDays(-120);
        return [.. ProductCatalog.Brands.Select(b =>
        {
            var rows = t.Rows.Where(r => r[t.Column("brand")] == b).Select(r => Date(r[t.Column("date")])).ToList();
            return rows.Count(d => d > last) / (double)rows.Count(d => d < first);
        })];
    }
}
