using RoiReportGen.Metrics.Recommendations;

namespace RoiReportGen.Rendering.Site;

/// <summary>The Recommendations section of one view (templates/sections/recommendations.sbn), every number formatted.</summary>
/// <param name="Target">`--target-roas`, e.g. "1.00".</param>
/// <param name="MedianCostPerOrder">The view's median cost per order, the renegotiate rule's yardstick ("—" without one).</param>
/// <param name="Actions">One row per action: count, payout, share of payout.</param>
/// <param name="Reallocation">What-if (a); null when the view has no `cut` or no `scale` influencer.</param>
/// <param name="OrderBasis">What-if (b); null without post-paid influencers or an order rate.</param>
public sealed record RecommendationsView(
    string Target,
    string MinPosts,
    string MinOrders,
    string MedianCostPerOrder,
    IReadOnlyList<SummaryRow> Actions,
    ReallocationText? Reallocation,
    OrderBasisText? OrderBasis,
    TableBlock Table);

/// <summary>What-if (a) as the page states it; every amount with its 90% range.</summary>
/// <param name="ExtraSpend">M / P as a percentage: how much more the scale influencers would be paid.</param>
/// <param name="Response">√(1 + M/P) − 1 as a percentage: how much more incremental revenue that buys them.</param>
public sealed record ReallocationText(
    string CutInfluencers,
    string ScaleInfluencers,
    string Moved,
    string ScalePayout,
    string ExtraSpend,
    string Response,
    string Lost,
    string Gained,
    string Net);

/// <summary>What-if (b) as the page states it.</summary>
/// <param name="Difference">"₹X less" or "₹X more" than was paid.</param>
public sealed record OrderBasisText(
    string Influencers,
    string MedianRate,
    string Paid,
    string WouldCost,
    string Difference,
    string IroasAsPaid,
    string IroasPerOrder);

/// <summary>Formats a view's <see cref="RecommendationReport"/> for the page.</summary>
public static class RecommendationsViews
{
    public static RecommendationsView For(RecommendationReport report, string tableId, string download, EntitySlugs pages)
    {
        var options = report.Options;
        var total = report.Actions.Sum(a => a.Payout);
        return new RecommendationsView(
            DisplayFormat.Ratio(options.TargetRoas),
            DisplayFormat.Count(options.MinPosts),
            DisplayFormat.Count(options.MinOrders),
            DisplayFormat.Money(report.MedianCostPerOrder),
            [.. report.Actions.Select(a => new SummaryRow(a.Action,
                [DisplayFormat.Count(a.Influencers), DisplayFormat.Money(a.Payout), DisplayFormat.Percent(Metrics.Ratio.Of(a.Payout, total))]))],
            Reallocation(report.Reallocation),
            OrderBasis(report.OrderBasis),
            TableJson.Build(tableId, "Recommendation table", SiteTableColumns.RecommendationsOf(options), report.Influencers, "payout", true, download, pages: pages));
    }

    /// <summary>"₹1,200 (90%: ₹800–₹1,500)".</summary>
    public static string MoneyRange(RangedAmount a) =>
        $"{DisplayFormat.Money(a.Value)} (90%: {DisplayFormat.Money(a.Low)} to {DisplayFormat.Money(a.High)})";

    private static string RatioRange(RangedAmount? a) =>
        a is null ? DisplayFormat.Undefined : DisplayFormat.RatioWithInterval(a.Value, a.Low, a.High);

    private static ReallocationText? Reallocation(ReallocationWhatIf? w) => w is null
        ? null
        : new(
            DisplayFormat.Count(w.CutInfluencers),
            DisplayFormat.Count(w.ScaleInfluencers),
            DisplayFormat.Money(w.MovedPayout),
            DisplayFormat.Money(w.ScalePayout),
            DisplayFormat.Percent(w.ExtraSpend),
            DisplayFormat.Percent(w.ResponseFactor),
            MoneyRange(w.LostIncremental),
            MoneyRange(w.GainedIncremental),
            MoneyRange(w.NetChange));

    private static OrderBasisText? OrderBasis(OrderBasisWhatIf? w) => w is null
        ? null
        : new(
            DisplayFormat.Count(w.Influencers),
            DisplayFormat.Money(w.MedianRatePerOrder),
            DisplayFormat.Money(w.Paid),
            DisplayFormat.Money(w.WouldCost),
            w.WouldCost <= w.Paid
                ? $"{DisplayFormat.Money(w.Paid - w.WouldCost)} less"
                : $"{DisplayFormat.Money(w.WouldCost - w.Paid)} more",
            RatioRange(w.IroasAsPaid),
            RatioRange(w.IroasPerOrder));
}
