using System.Globalization;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Incrementality;
using RoiReportGen.Metrics.Periods;
using RoiReportGen.Tests.Charts;

namespace RoiReportGen.Tests.Site.Periods;

/// <summary>
/// Hand-built period records for the page's period display: months with chosen KPIs, comparisons with chosen
/// changes. Fixtures made from the model's own records, the way the period metrics hand them over.
/// </summary>
internal static class PeriodDisplayModels
{
    /// <summary>A calendar month labelled like the metrics label it ("Sep 2025"), or with a given (hostile) label.</summary>
    public static ReportPeriod Month(int year, int month, string? label = null)
    {
        var start = new DateOnly(year, month, 1);
        return new ReportPeriod(
            PeriodKind.Month, start.ToString("yyyy-MM", CultureInfo.InvariantCulture), label ?? start.ToString("MMM yyyy", CultureInfo.InvariantCulture), start, start.AddMonths(1).AddDays(-1));
    }

    /// <summary>Headline figures; organic revenue 0, no unallocated payout, net return = revenue − payout.</summary>
    public static KpiSummary Kpis(decimal revenue, decimal payout = 0m, decimal? roas = null, decimal? iroas = null, long orders = 0, long influencers = 0, long posts = 0) =>
        new(revenue, 0m, payout, roas, iroas is null ? HeadlineIroas.None : new HeadlineIroas(iroas, null, null, 1), revenue - payout, orders, influencers, posts, 0m);

    /// <summary>A comparison against <paramref name="previous"/> with the given KPI changes and Δ ROAS maps.</summary>
    public static PeriodComparison Comparison(
        ReportPeriod previous,
        KpiChanges kpis,
        IReadOnlyDictionary<string, decimal?>? influencers = null,
        IReadOnlyDictionary<string, decimal?>? campaigns = null) =>
        new(previous, kpis, influencers ?? new Dictionary<string, decimal?>(), campaigns ?? new Dictionary<string, decimal?>());

    /// <summary>
    /// The changes used by the card tests, worked by hand:
    /// revenue 1,00,000 → 1,12,500: up 12,500, 12,500 / 1,00,000 = +12.50%;
    /// payout 50,000 → 40,000: down 10,000, −10,000 / 50,000 = −20.00%;
    /// ROAS 2.00 → 2.8125: up 0.8125 (shown 0.81), 0.8125 / 2 = +40.625% (shown 40.63%);
    /// iROAS 1.20 → undefined: no comparison; orders 300 → 300: no change;
    /// influencers 0 → 12: up 12, no % of 0; posts 40 → 30: down 10, −10 / 40 = −25.00%.
    /// </summary>
    public static KpiChanges SampleChanges { get; } = new(
        new KpiChange(112_500m, 100_000m),
        new KpiChange(40_000m, 50_000m),
        new KpiChange(2.8125m, 2.00m),
        new KpiChange(null, 1.20m),
        new KpiChange(300m, 300m),
        new KpiChange(12m, 0m),
        new KpiChange(30m, 40m));

    /// <summary>
    /// <paramref name="model"/> with All time and the given months: each month's All view has the given KPIs, its
    /// platform views revenue ₹1, payout ₹1, ROAS 1 (so a test can tell which view a sparkline read).
    /// </summary>
    public static ReportModel WithMonths(ReportModel model, params (ReportPeriod Period, KpiSummary All)[] months) =>
        model with
        {
            Periods =
            [
                new PeriodReport(ReportPeriod.AllTime, model.All, model.Platforms),
                .. months.Select(m => new PeriodReport(
                    m.Period,
                    model.All with { Kpis = m.All },
                    [.. model.Platforms.Select(p => p with { Kpis = Kpis(1m, 1m, 1m) })])),
            ],
        };

    /// <summary>The chart tests' small model: Instagram and YouTube, one campaign "Summer".</summary>
    public static ReportModel Small() => ChartJsonTests.ModelOf("small");
}
