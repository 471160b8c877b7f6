using RoiReportGen.Data;
using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

/// <summary>Whole-report invariants on a seeded random data set with paise amounts, as the loader reads them.</summary>
public sealed class InvariantTests
{
    private static readonly string[] PlatformNames = ["Instagram", "YouTube", "Twitter"];
    private static readonly string[] BrandNames = ["MuscleBlaze", "HKVitals", "Gritzo"];

    private static ReportModel Random()
    {
        var rnd = new Random(7);
        var b = new DataBuilder();
        for (var i = 0; i < 60; i++)
        {
            b.Influencer("i" + i, PlatformNames[i % 3], rnd.Next(0, 2_000_000));
        }

        for (var k = 0; k < 3_000; k++)
        {
            var day = rnd.Next(90);
            if (k % 4 == 0)
            {
                b.Organic(day, "P" + rnd.Next(6), rnd.Next(1, 100_000) / 100m, BrandNames[rnd.Next(3)]);
                continue;
            }

            var i = rnd.Next(60);
            b.Sale(day, "C" + rnd.Next(12), "i" + i, "P" + rnd.Next(6), rnd.Next(0, 4), rnd.Next(0, 100_000) / 100m, BrandNames[rnd.Next(3)]);
        }

        for (var i = 0; i < 80; i++)
        {
            var campaign = rnd.Next(3) == 0 ? "C" + rnd.Next(14) : "";
            b.Pay("i" + rnd.Next(60), rnd.Next(0, 1_000_000) / 100m, campaign, rnd.Next(2) == 0 ? PayoutBasis.Post : PayoutBasis.Order);
        }

        return b.Report();
    }

    [Fact]
    public void PayoutIsNeitherCreatedNorLost()
    {
        foreach (var v in Random().Views)
        {
            // Each influencer's shares add up exactly; adding shares of 28 digits from several
            // influencers into one campaign may round in the last digit, hence 10 places here.
            Assert.Equal(v.Kpis.Payout, Math.Round(v.Campaigns.Sum(c => c.Payout) + v.Kpis.UnallocatedPayout, 10));
            Assert.Equal(v.Kpis.Payout, v.Influencers.Sum(i => i.Payout));
            Assert.Equal(v.Kpis.Payout, v.PayoutBasis.Sum(p => p.Payout));
            Assert.Equal(v.Kpis.Payout, v.Personas.Sum(p => p.Payout));
            Assert.True(Math.Round(v.Brands.Sum(x => x.Payout), 10) <= Math.Round(v.Campaigns.Sum(c => c.Payout), 10));
        }
    }

    [Fact]
    public void PlatformsAddUpToAll()
    {
        var m = Random();

        Assert.Equal(m.All.Kpis.Revenue, m.Platforms.Sum(p => p.Kpis.Revenue));
        Assert.Equal(m.All.Kpis.Orders, m.Platforms.Sum(p => p.Kpis.Orders));
        Assert.Equal(m.All.Kpis.Payout, m.Platforms.Sum(p => p.Kpis.Payout));
        Assert.Equal(m.All.Kpis.UnallocatedPayout, m.Platforms.Sum(p => p.Kpis.UnallocatedPayout));
        Assert.Equal(m.All.Trend.Sum(t => t.AttributedRevenue), m.Platforms.Sum(p => p.Trend.Sum(t => t.AttributedRevenue)));
        Assert.All(m.Platforms, p => Assert.Equal(m.All.Trend.Count, p.Trend.Count));
    }

    [Fact]
    public void SameInputSameReport()
    {
        var a = Random();
        var b = Random();

        Assert.Equal(a.All.Influencers, b.All.Influencers);
        Assert.Equal(a.All.Campaigns.Select(c => (c.Campaign, c.Payout, c.Naive.Iroas)), b.All.Campaigns.Select(c => (c.Campaign, c.Payout, c.Naive.Iroas)));
        Assert.Equal(a.All.Brands, b.All.Brands);
    }
}
