using System.Globalization;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Periods;
using RoiReportGen.Rendering.Site.Kpis;

namespace RoiReportGen.Rendering.Site;

/// <summary>
/// The KPI cards at the top of a view (SPEC 3: revenue, payout, ROAS, iROAS, orders, influencers, posts). A month's
/// or quarter's card says how the figure changed against the previous period of the same kind; an All-time card
/// carries the figure's monthly sparkline (SPEC 2, "Periods").
/// </summary>
public static class KpiCards
{
    // Each card's figure, its name in a sentence, how it is shown (and to how many decimals), and its change.
    private sealed record Figure(string Label, string Name, Func<KpiSummary, decimal?> Value, Func<decimal?, string> Format, int Decimals, Func<KpiChanges, KpiChange> Change);

    private static readonly Func<decimal?, string> Money = v => DisplayFormat.Money(v);
    private static readonly Func<decimal?, string> Ratio = v => DisplayFormat.Ratio(v);
    private static readonly Func<decimal?, string> Count = v => DisplayFormat.Count(v is { } d ? (long)d : null);

    private static readonly Figure[] Figures =
    [
        new("Revenue", "revenue", k => k.Revenue, Money, 0, c => c.Revenue),
        new("Payout", "payout", k => k.Payout, Money, 0, c => c.Payout),
        new("ROAS", "ROAS", k => k.Roas, Ratio, 2, c => c.Roas),
        new("iROAS", "iROAS", k => k.Iroas.Iroas, Ratio, 2, c => c.Iroas),
        new("Orders", "orders", k => k.Orders, Count, 0, c => c.Orders),
        new("Influencers", "influencers", k => k.Influencers, Count, 0, c => c.Influencers),
        new("Posts", "posts", k => k.Posts, Count, 0, c => c.Posts),
    ];

    /// <summary>The cards of an All-time view; <paramref name="viewIndex"/> is its place in <see cref="ReportModel.Views"/> (0 = All, i + 1 = platform i).</summary>
    public static IReadOnlyList<KpiCard> For(ReportModel model, PlatformReport view, int viewIndex) =>
        For(model, ReportPeriod.AllTime, view, viewIndex);

    /// <summary>
    /// The cards of one view of one period. <paramref name="viewIndex"/> is the view's place in
    /// <see cref="PeriodReport.Views"/> (0 = All, i + 1 = platform i), the same platform in every period: an All-time
    /// card's sparkline takes that view's figure from each month of <see cref="ReportModel.Periods"/>.
    /// </summary>
    public static IReadOnlyList<KpiCard> For(ReportModel model, ReportPeriod period, PlatformReport view, int viewIndex)
    {
        var k = view.Kpis;
        string[] notes =
        [
            $"attributed to influencers; organic {DisplayFormat.Money(k.OrganicRevenue)}",
            k.UnallocatedPayout > 0 ? $"{DisplayFormat.Money(k.UnallocatedPayout)} unallocated spend" : "paid to influencers",
            $"net return {DisplayFormat.Money(k.NetReturn)}",
            IroasNote(k.Iroas, view.Campaigns.Count),
            "attributed",
            "in the roster",
            "published",
        ];
        var months = period.IsAllTime
            ? model.Periods.Where(p => p.Period.Kind == PeriodKind.Month).Select(p => (p.Period.Label, ViewAt(p, viewIndex).Kpis)).ToList()
            : [];
        return
        [
            .. Figures.Select((f, i) => new KpiCard(f.Label, f.Format(f.Value(k)), notes[i])
            {
                Change = Change(f, view.Comparison, period),
                Sparkline = period.IsAllTime ? KpiSparklines.Of(f.Name, [.. months.Select(m => (m.Label, f.Value(m.Kpis)))], f.Format) : null,
            }),
        ];
    }

    private static PlatformReport ViewAt(PeriodReport period, int viewIndex) =>
        viewIndex == 0 ? period.All : period.Platforms[viewIndex - 1];

    // All time compares with nothing; a first month or quarter says it has nothing to compare with.
    private static KpiChangeView? Change(Figure figure, PeriodComparison? comparison, ReportPeriod period) =>
        comparison is not null
            ? KpiChangeTexts.Of(figure.Name, figure.Change(comparison.Kpis), figure.Format, figure.Decimals, comparison.Previous.Label)
            : period.IsAllTime ? null : KpiChangeTexts.First(period.Kind);

    // The interval first: the headline is an estimate, and how sure it is belongs next to it.
    private static string IroasNote(Metrics.Incrementality.HeadlineIroas iroas, int campaigns)
    {
        var over = string.Create(CultureInfo.InvariantCulture, $"over {iroas.Campaigns} of {campaigns} campaigns with an estimate");
        return iroas.Low is null ? over : $"90% interval {DisplayFormat.RatioInterval(iroas.Low, iroas.High)}, {over}";
    }
}
