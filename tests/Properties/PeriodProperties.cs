using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Periods;
using RoiReportGen.Tests.Metrics;

namespace RoiReportGen.Tests.Properties;

/// <summary>Issue 13: additive figures of the months add up to their quarter, and the quarters to All time.</summary>
public sealed class PeriodProperties
{
    // 1 Feb 2025 + up to 200 days: through Q4 FY2024-25 into Q2 FY2025-26.
    private static readonly DateOnly Day0 = new(2025, 2, 1);
    private static readonly string[] Ids = ["I1", "I2", "I3", "I4"];
    private static readonly string[] Campaigns = ["", "C1", "C2"];

    [Property(MaxTest = 300, Arbitrary = [typeof(PeriodProperties)])]
    public void Months_add_up_to_quarters_and_quarters_to_all_time_on_every_platform(Row[] rows)
    {
        var builder = new DataBuilder()
            .Influencer("I1", "Instagram").Influencer("I2", "Instagram").Influencer("I3", "YouTube").Influencer("I4", "Twitter");
        foreach (var r in rows)
        {
            var date = Day0.AddDays(r.Day);
            var id = Ids[r.Influencer];
            var campaign = Campaigns[r.Campaign];
            switch (r.Kind)
            {
                case 0:
                    builder.SaleOn(date, campaign.Length == 0 ? "C1" : campaign, id, "Whey", r.Count, r.Amount);
                    break;
                case 1:
                    builder.OrganicOn(date, "Oats", r.Amount);
                    break;
                case 2:
                    builder.PostsOn(date, id, posts: r.Count + 1);
                    break;
                case 3:
                    builder.PayOn(date, id, r.Amount, campaign, r.Count % 2 == 0 ? PayoutBasis.Post : PayoutBasis.Order);
                    break;
                default:
                    builder.Pay(id, r.Amount, campaign, r.Count % 2 == 0 ? PayoutBasis.Post : PayoutBasis.Order);
                    break;
            }
        }

        var model = builder.Report();
        if (rows.All(r => r.Kind == 4))
        {
            // Nothing is dated, so there is no month to spread the payouts over: All time is the only period.
            Assert.Equal([ReportPeriod.AllTime], model.Periods.Select(p => p.Period));
            return;
        }

        var quarters = model.Periods.Where(p => p.Period.Kind == PeriodKind.Quarter).ToList();
        var months = model.Periods.Where(p => p.Period.Kind == PeriodKind.Month).ToList();
        for (var view = 0; view < model.Platforms.Count + 1; view++)
        {
            var v = view;
            foreach (var quarter in quarters)
            {
                var inQuarter = months.Where(m => m.Period.Start >= quarter.Period.Start && m.Period.End <= quarter.Period.End);
                Assert.Equal(Figures(quarter.Views.ElementAt(v)), Sum(inQuarter.Select(m => m.Views.ElementAt(v))));
            }

            Assert.Equal(Figures(model.Views.ElementAt(v)), Sum(quarters.Select(q => q.Views.ElementAt(v))));
        }
    }

    public static Arbitrary<Row[]> Rows() => Arb.From(
        from count in Gen.Choose(1, 40)
        from rows in Gen.ArrayOf(
            from kind in Gen.Choose(0, 4)
            from day in Gen.Choose(0, 200)
            from influencer in Gen.Choose(0, Ids.Length - 1)
            from campaign in Gen.Choose(0, Campaigns.Length - 1)
            from n in Gen.Choose(0, 5)
            from paise in Gen.Choose(0, 10_000_000)
            select new Row(kind, day, influencer, campaign, n, paise / 100m),
            count)
        select rows);

    private static (decimal Revenue, long Orders, decimal Payout, long Posts) Figures(PlatformReport view) =>
        (view.Kpis.Revenue, view.Kpis.Orders, view.Kpis.Payout, view.Kpis.Posts);

    private static (decimal, long, decimal, long) Sum(IEnumerable<PlatformReport> views)
    {
        var all = views.Select(Figures).ToList();
        return (all.Sum(f => f.Revenue), all.Sum(f => f.Orders), all.Sum(f => f.Payout), all.Sum(f => f.Posts));
    }

    /// <summary>
    /// One input row: Kind 0 an attributed sale, 1 an organic one, 2 posts, 3 a dated payout, 4 an undated one; Count
    /// is orders, posts − 1 or the basis (even: post).
    /// </summary>
    public sealed record Row(int Kind, int Day, int Influencer, int Campaign, int Count, decimal Amount);
}
