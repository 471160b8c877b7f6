using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Periods;

namespace RoiReportGen.Tests.Metrics.Periods;

/// <summary>Where an undated payout goes when its basis activity is nowhere (generator/Metrics/README.md, "Periods").</summary>
public sealed class PayoutSpreadTests
{
    private static readonly DateOnly Mar30 = new(2025, 3, 30), Apr1 = new(2025, 4, 1), May31 = new(2025, 5, 31);

    private static Dictionary<string, decimal> Spread(DataSet data)
    {
        var first = data.PostDays.Select(d => d.Date).Concat(data.Tracking.Select(t => t.Date)).Min();
        var last = data.PostDays.Select(d => d.Date).Concat(data.Tracking.Select(t => t.Date)).Max();
        return PayoutSpread.ByMonth(data, AllocationPrecision.Decimals(data), (first, last))
            .ToDictionary(m => m.Key.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), m => m.Value.Sum(p => p.TotalPayout));
    }

    [Fact]
    public void AnOrderFeeForACampaignWithoutOrdersFollowsThePostsInItsWindow()
    {
        // I1 is paid 90 per order for C1 but sold nothing there; it posted on 30 Mar (inside C1's window, 30 Mar – 1 Apr,
        // set by I2's sales) and on 31 May (outside): all 90 goes to March.
        var data = new DataBuilder()
            .Influencer("I1").Influencer("I2")
            .SaleOn(Mar30, "C1", "I2", "Whey", 1, 10m)
            .SaleOn(Apr1, "C1", "I2", "Whey", 1, 10m)
            .PostsOn(Mar30, "I1").PostsOn(May31, "I1")
            .Pay("I1", 90m, "C1", PayoutBasis.Order)
            .Build();

        Assert.Equal(new Dictionary<string, decimal> { ["2025-03"] = 90m }, Spread(data));
    }

    [Fact]
    public void WithNoActivityAtAllTheCampaignWindowsDaysShareIt()
    {
        // C1's window 30 Mar – 1 Apr has 2 days in March and 1 in April: 100 × 2/3 and 100 × 1/3 on the grid, adding
        // back to 100 exactly.
        var data = new DataBuilder()
            .Influencer("I1").Influencer("I2")
            .SaleOn(Mar30, "C1", "I2", "Whey", 1, 10m)
            .SaleOn(Apr1, "C1", "I2", "Whey", 1, 10m)
            .Pay("I1", 100m, "C1", PayoutBasis.Post)
            .Build();

        var parts = Spread(data);

        Assert.Equal(["2025-03", "2025-04"], parts.Keys.Order());
        Assert.Equal(100m, parts.Values.Sum());
        Assert.True(Math.Abs(parts["2025-03"] - (200m / 3m)) < 0.0001m, $"{parts["2025-03"]}");
    }

    [Fact]
    public void WithoutACampaignOrActivityTheDataSpanSharesItByDays()
    {
        // The data runs 30 Mar – 31 May: 2 days in March, 30 in April, 31 in May (63 days).
        var data = new DataBuilder()
            .Influencer("I1").Influencer("I2")
            .SaleOn(Mar30, "C1", "I2", "Whey", 1, 10m)
            .PostsOn(May31, "I2")
            .Pay("I1", 63m, "", PayoutBasis.Order)
            .Build();

        Assert.Equal(new Dictionary<string, decimal> { ["2025-03"] = 2m, ["2025-04"] = 30m, ["2025-05"] = 31m }, Spread(data));
    }

    [Fact]
    public void ThirdsAddBackToThePayoutExactly()
    {
        // One order in each of three months: 100 / 3 each on the grid, the left-over unit to the first.
        var data = new DataBuilder()
            .Influencer("I1")
            .SaleOn(Mar30, "C1", "I1", "Whey", 1, 10m)
            .SaleOn(Apr1, "C1", "I1", "Whey", 1, 10m)
            .SaleOn(May31, "C1", "I1", "Whey", 1, 10m)
            .Pay("I1", 100m, "C1", PayoutBasis.Order)
            .Build();

        var parts = Spread(data);

        Assert.Equal(100m, parts.Values.Sum());
        Assert.Equal(3, parts.Count);
        Assert.True(parts.Values.Max() - parts.Values.Min() <= 0.0001m);
    }
}
