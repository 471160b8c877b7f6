namespace RoiReportGen.Metrics.Incrementality;

/// <summary>The programme's iROAS: Σ incremental revenue / Σ payout over the campaigns with an iROAS, with its 90% interval.</summary>
/// <param name="Campaigns">How many campaigns it pools.</param>
public sealed record HeadlineIroas(decimal? Iroas, decimal? Low, decimal? High, int Campaigns)
{
    public static HeadlineIroas None { get; } = new(null, null, null, 0);

    /// <summary>
    /// Pooled, not a mean of ratios (big campaigns weigh more), over the campaigns whose iROAS is defined (an
    /// estimate and payout &gt; 0). The interval's half-width treats the groups' errors as independent (separate
    /// fits on different products or days): √Σ h_g², where h_g is a group's half-width; campaigns of one overlap
    /// group are shares of one fit, so their half-widths (their shares of the fit's, <see cref="IncrementalEstimate.SharedHalfWidth"/>,
    /// without the share spread, whose errors cancel in the group's total) add within the group before squaring.
    /// </summary>
    public static HeadlineIroas Of(IEnumerable<CampaignSummary> campaigns)
    {
        var measured = campaigns.Where(c => c.Incremental.Iroas is not null).ToList();
        var payout = measured.Sum(c => c.Payout);
        if (measured.Count == 0 || payout == 0m)
        {
            return None;
        }

        var incremental = measured.Sum(c => c.Incremental.IncrementalRevenue!.Value);
        var squares = measured
            .GroupBy(c => c.Incremental.OverlapGroup.Count == 0 ? c.Campaign : string.Join('\n', c.Incremental.OverlapGroup), StringComparer.Ordinal)
            .Select(g => (double)g.Sum(c => c.Incremental.SharedHalfWidth ?? (c.Incremental.IncrementalRevenueHigh!.Value - c.Incremental.IncrementalRevenueLow!.Value) / 2m))
            .Sum(h => h * h);
        var half = Math.Round((decimal)Math.Sqrt(squares), 2, MidpointRounding.AwayFromZero);
        return new HeadlineIroas(incremental / payout, (incremental - half) / payout, (incremental + half) / payout, measured.Count);
    }
}
