using RoiReportGen.Data;
using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics.Periods;

/// <summary>`--compare-data` compares All-time KPIs only: its model skips the months and quarters.</summary>
public sealed class AllTimeOnlyTests
{
    // Sales in March and April 2025 (two months, two financial-year quarters), one dated and one undated payout.
    private static DataSet Data() => new DataBuilder()
        .Influencer("I1", "Instagram")
        .Influencer("I2", "YouTube")
        .SaleOn(new DateOnly(2025, 3, 31), "C1", "I1", "Whey", 2, 1000m)
        .SaleOn(new DateOnly(2025, 4, 1), "C1", "I1", "Whey", 1, 600m)
        .SaleOn(new DateOnly(2025, 4, 1), "C2", "I2", "Oats", 2, 300m)
        .PayOn(new DateOnly(2025, 4, 15), "I1", 400m, "C1")
        .Pay("I2", 300m, "", PayoutBasis.Order)
        .Build();

    [Fact]
    public void ComputeAllTime_holds_All_time_alone_with_the_same_views_as_the_full_model()
    {
        var options = new MetricsOptions(56);
        var full = ReportCalculator.Compute(Data(), options);
        var allTime = ReportCalculator.ComputeAllTime(Data(), options);

        // The full model: All time, Q4 FY2024-25, Q1 FY2025-26, Mar 2025, Apr 2025.
        Assert.Equal(5, full.Periods.Count);
        var only = Assert.Single(allTime.Periods);
        Assert.True(only.Period.IsAllTime);
        Assert.Same(allTime.All, only.All);
        Assert.Equal(allTime.Platforms, only.Platforms);

        // Revenue 1000 + 600 + 300 = 1900; payout 400 + 300 = 700; Instagram 1600 of it, YouTube 300.
        Assert.Equal(1900m, allTime.All.Kpis.Revenue);
        Assert.Equal(700m, allTime.All.Kpis.Payout);
        Assert.Equal([1600m, 300m], allTime.Platforms.Select(p => p.Kpis.Revenue));
        Assert.Equal(full.All.Kpis, allTime.All.Kpis);
        Assert.Equal(full.Platforms.Select(p => p.Kpis), allTime.Platforms.Select(p => p.Kpis));
    }
}
