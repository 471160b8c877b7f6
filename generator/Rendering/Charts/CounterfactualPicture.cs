using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Incrementality;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// What the counterfactual picture needs of one campaign of a view: its name, its payout in the view (which
/// orders the small multiples) and its estimate (the same in every view: estimated once from all the data).
/// </summary>
public sealed record CounterfactualPicture(string Campaign, decimal Payout, IncrementalEstimate Estimate)
{
    /// <summary>The pictures of a view's campaigns, from their estimates.</summary>
    public static IReadOnlyList<CounterfactualPicture> Of(PlatformReport view) =>
        [.. view.Campaigns.Select(c => new CounterfactualPicture(c.Campaign, c.Payout, c.Incremental))];

    /// <summary>True when there is a daily series to draw (not "no baseline data" / "no window").</summary>
    public bool Drawable => Estimate.Series is { Days.Count: > 0 };

    /// <summary>
    /// The campaigns drawn in this campaign's picture: its overlap group (estimated together, one shared
    /// picture) or the campaign alone, in ordinal order.
    /// </summary>
    public IReadOnlyList<string> Group =>
        Estimate.OverlapGroup.Count > 0 ? [.. Estimate.OverlapGroup.Order(StringComparer.Ordinal)] : [Campaign];
}
