using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Periods;

namespace RoiReportGen.Tests.Metrics.Periods;

/// <summary>Hand-worked period views (SPEC 2, "Periods"): a month boundary that is also the financial year's.</summary>
public sealed class PeriodFixtureTests
{
    private static readonly DateOnly Mar30 = new(2025, 3, 30), Mar31 = new(2025, 3, 31), Apr1 = new(2025, 4, 1), Apr2 = new(2025, 4, 2), Apr15 = new(2025, 4, 15);

    // I1 (Instagram) sells C1 over 31 Mar – 1 Apr, posts on 30 Mar (before C1's window) and 1 Apr, has an undated
    // post-basis fee of 900 for C1 and a fee of 400 for C1 paid on 15 Apr. I2 (YouTube) sells C2 over the same two
    // days and has an undated, campaign-less order-basis payout of 300.
    private static ReportModel Model() => new DataBuilder()
        .Influencer("I1", "Instagram")
        .Influencer("I2", "YouTube")
        .SaleOn(Mar31, "C1", "I1", "Whey", 2, 1000m)
        .SaleOn(Apr1, "C1", "I1", "Whey", 1, 600m)
        .SaleOn(Mar31, "C2", "I2", "Oats", 1, 100m)
        .SaleOn(Apr1, "C2", "I2", "Oats", 2, 200m)
        .OrganicOn(Apr2, "Whey", 50m)
        .PostsOn(Mar30, "I1")
        .PostsOn(Apr1, "I1")
        .Pay("I1", 900m, "C1", PayoutBasis.Post)
        .PayOn(Apr15, "I1", 400m, "C1")
        .Pay("I2", 300m, "", PayoutBasis.Order)
        .Report();

    private static PeriodReport Period(ReportModel model, string slug) => model.Periods.Single(p => p.Period.Slug == slug);

    [Fact]
    public void PeriodsAreAllTimeThenQuartersThenMonthsOldestFirst()
    {
        var periods = Model().Periods.Select(p => (p.Period.Kind, p.Period.Slug, p.Period.Label, p.Period.Start, p.Period.End));

        Assert.Equal(
            [
                (PeriodKind.AllTime, "all", "All time", null, null),
                // 31 Mar 2025 ends FY2024-25 (Q4 = Jan–Mar 2025); 1 Apr starts FY2025-26.
                (PeriodKind.Quarter, "fy2024-25-q4", "Q4 FY2024-25", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)),
                (PeriodKind.Quarter, "fy2025-26-q1", "Q1 FY2025-26", new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)),
                (PeriodKind.Month, "2025-03", "Mar 2025", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)),
                (PeriodKind.Month, "2025-04", "Apr 2025", new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30)),
            ],
            periods.Select(p => (p.Kind, p.Slug, p.Label, (DateOnly?)p.Start, (DateOnly?)p.End)));
    }

    [Fact]
    public void EachMonthHoldsItsOwnRowsAndTheUndatedPayoutsFollowTheirActivity()
    {
        var model = Model();
        var march = Period(model, "2025-03").All.Kpis;
        var april = Period(model, "2025-04").All.Kpis;

        // March: revenue 1000 + 100; orders 2 + 1; one post (30 Mar). Payout: I1's undated 900 follows its posts inside
        // C1's window (31 Mar – 1 Apr), and the only one is on 1 Apr, so none of it; I2's 300 follows its orders
        // (1 in March, 2 in April): 300 × 1/3 = 100.
        Assert.Equal((1100m, 3L, 1L, 100m), (march.Revenue, march.Orders, march.Posts, march.Payout));
        Assert.Equal(11m, march.Roas); // 1100 / 100
        // April: revenue 600 + 200; orders 1 + 2; one post; payout 900 (I1, undated) + 400 (I1, paid 15 Apr) + 200 (I2).
        Assert.Equal((800m, 3L, 1L, 1500m), (april.Revenue, april.Orders, april.Posts, april.Payout));
        // Organic revenue is the month's too: 50 on 2 Apr.
        Assert.Equal((0m, 50m), (march.OrganicRevenue, april.OrganicRevenue));
        // Both influencers were active in both months (a post, an order or a payout).
        Assert.Equal((2L, 2L), (march.Influencers, april.Influencers));

        // The quarters are the months here: Q4 FY2024-25 = March, Q1 FY2025-26 = April.
        Assert.Equal(march, Period(model, "fy2024-25-q4").All.Kpis);
        Assert.Equal(april, Period(model, "fy2025-26-q1").All.Kpis);
    }

    [Fact]
    public void PlatformViewsOfAPeriodAreSlicedByPlatform()
    {
        var april = Period(Model(), "2025-04");

        Assert.Equal(["Instagram", "YouTube"], april.Platforms.Select(p => p.Name));
        // Instagram = I1: 600 revenue, 900 + 400 payout. YouTube = I2: 200 revenue, 200 payout.
        Assert.Equal((600m, 1300m), (april.Platforms[0].Kpis.Revenue, april.Platforms[0].Kpis.Payout));
        Assert.Equal((200m, 200m), (april.Platforms[1].Kpis.Revenue, april.Platforms[1].Kpis.Payout));
    }

    [Fact]
    public void ACampaignSpanningTwoMonthsShowsItsWholeWindowEstimateMarkedInBoth()
    {
        var model = Model();
        var allTime = model.All.Campaigns.Single(c => c.Campaign == "C1");

        foreach (var slug in new[] { "2025-03", "2025-04", "fy2024-25-q4", "fy2025-26-q1" })
        {
            var c1 = Period(model, slug).All.Campaigns.Single(c => c.Campaign == "C1");
            Assert.True(c1.WindowRunsPastPeriod, slug);
            Assert.Equal((Mar31, Apr1), (c1.StartDate!.Value, c1.EndDate!.Value));
            Assert.Same(allTime.Incremental, c1.Incremental);
            Assert.Same(allTime.Naive, c1.Naive);
        }

        Assert.False(allTime.WindowRunsPastPeriod);
        // The period's own figures: C1 in March has 1000 revenue and no payout yet (ROAS undefined); in April 600
        // revenue for 900 + 400.
        var march = Period(model, "2025-03").All.Campaigns.Single(c => c.Campaign == "C1");
        var april = Period(model, "2025-04").All.Campaigns.Single(c => c.Campaign == "C1");
        Assert.Equal((1000m, 0m, (decimal?)null), (march.Revenue, march.Payout, march.Roas));
        Assert.Equal((600m, 1300m), (april.Revenue, april.Payout));
    }

    [Fact]
    public void AprilComparesWithMarchAndTheFirstQuarterOfTheYearWithTheLastOfThePrevious()
    {
        var model = Model();
        var month = Period(model, "2025-04").All.Comparison!;
        var quarter = Period(model, "fy2025-26-q1").All.Comparison!;

        Assert.Equal("2025-03", month.Previous.Slug);
        Assert.Equal("fy2024-25-q4", quarter.Previous.Slug);
        Assert.Equal(month.Kpis, quarter.Kpis);
        // Revenue 800 against 1100: −300, −300 / 1100 × 100 = −27.27…%.
        Assert.Equal((-300m, -300m / 1100m * 100m), (month.Kpis.Revenue.Absolute, month.Kpis.Revenue.Percent));
        // Payout 1500 against 100: +1400, +1400%.
        Assert.Equal((1400m, 1400m), (month.Kpis.Payout.Absolute, month.Kpis.Payout.Percent));
        // ROAS 800/1500 against 11.
        Assert.Equal(800m / 1500m - 11m, month.Kpis.Roas.Absolute);
        Assert.Equal((0m, 0m, 0m), (month.Kpis.Orders.Absolute!.Value, month.Kpis.Posts.Absolute!.Value, month.Kpis.Influencers.Absolute!.Value));

        // Δ ROAS per influencer: I1 had no payout in March (ROAS undefined), so its change is undefined; I2 went from
        // 100/100 = 1 to 200/200 = 1.
        Assert.Equal(new Dictionary<string, decimal?> { ["I1"] = null, ["I2"] = 0m }, month.InfluencerRoasChange);
        // Per campaign: C1 undefined in March; C2 received I2's payout (its only campaign): 1 then 1.
        Assert.Equal(new Dictionary<string, decimal?> { ["C1"] = null, ["C2"] = 0m }, month.CampaignRoasChange);

        // The first month and the first quarter have nothing before them; All time compares with nothing.
        Assert.Null(Period(model, "2025-03").All.Comparison);
        Assert.Null(Period(model, "fy2024-25-q4").All.Comparison);
        Assert.Null(model.All.Comparison);
    }

    [Fact]
    public void AMonthAfterAGapComparesWithTheEmptyMonthBeforeIt()
    {
        // Sales in April and June, none in May: June is compared with May (0 and undefined), not with April.
        var model = new DataBuilder()
            .Influencer("I1")
            .SaleOn(new DateOnly(2025, 4, 10), "C1", "I1", "Whey", 2, 500m)
            .SaleOn(new DateOnly(2025, 6, 10), "C1", "I1", "Whey", 1, 300m)
            .PayOn(new DateOnly(2025, 4, 10), "I1", 100m, "C1")
            .PayOn(new DateOnly(2025, 6, 12), "I1", 200m, "C1")
            .Report();

        Assert.Equal(["all", "fy2025-26-q1", "2025-04", "2025-06"], model.Periods.Select(p => p.Period.Slug));
        var june = Period(model, "2025-06").All.Comparison!;
        Assert.Equal(("2025-05", "May 2025"), (june.Previous.Slug, june.Previous.Label));
        // Revenue 300 against 0: +300, percent undefined (nothing to divide by); ROAS 300/200 against undefined.
        Assert.Equal(new KpiChange(300m, 0m), june.Kpis.Revenue);
        Assert.Null(june.Kpis.Revenue.Percent);
        Assert.Equal(new KpiChange(1.5m, null), june.Kpis.Roas);
        Assert.Null(june.Kpis.Roas.Absolute);
        Assert.Equal(new Dictionary<string, decimal?> { ["I1"] = null }, june.InfluencerRoasChange);
        // C1's window (10 Apr – 10 Jun) runs past June's start.
        Assert.True(Period(model, "2025-06").All.Campaigns.Single().WindowRunsPastPeriod);
        // The one quarter has no previous quarter with data before it.
        Assert.Null(Period(model, "fy2025-26-q1").All.Comparison);
    }
}
