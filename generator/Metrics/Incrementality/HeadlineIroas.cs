namespace RoiReportGen.Metrics.Incrementality;

/// <summary>The programme's iROAS: Σ incremental revenue / Σ payout over the campaigns with an iROAS, with its 90% interval.</summary>
/// <param name="Campaigns">How many campaigns it pools.</param>
public sealed record HeadlineIroas(decimal? Iroas, decimal? Low, decimal? High, int Campaigns)
{
    public static HeadlineIroas None { get; } = new(null, null, null, 0);

    /// <summary>
    /// Pooled, not a mean of ratios (big campaigns weigh more), over the campaigns whose iROAS is defined (an
    /// estimate and payout &gt; 0). Campaigns of one overlap group are shares of one fit, so their half-widths (their
    /// shares of the fit's, <see cref="IncrementalEstimate.SharedHalfWidth"/>, without the share spread, whose errors
    /// cancel in the group's total) add up to the group's h_g. The groups of one brand share its shocks (a brand's
    /// demand wanders for weeks, a sale week lands on all its products, the controls of other brands see neither),
    /// so their errors are taken as moving together: their h_g add up; brands are taken as independent:
    /// √Σ_brand (Σ_g h_g)². Treating every group as independent held the programme's truth in 71% of programmes of
    /// the scorer's default world, this in all of them.
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
        var groups = measured
            .GroupBy(c => c.Incremental.OverlapGroup.Count == 0 ? c.Campaign : string.Join('\n', c.Incremental.OverlapGroup), StringComparer.Ordinal)
            .Select(g => (Brand: g.First().Brand, Half: (double)g.Sum(c => c.Incremental.SharedHalfWidth ?? (c.Incremental.IncrementalRevenueHigh!.Value - c.Incremental.IncrementalRevenueLow!.Value) / 2m)));
        var squares = groups.GroupBy(g => g.Brand, StringComparer.Ordinal).Select(b => b.Sum(g => g.Half)).Sum(h => h * h);
        var half = Math.Round((decimal)Math.Sqrt(squares), 2, MidpointRounding.AwayFromZero);
        return new HeadlineIroas(incremental / payout, (incremental - half) / payout, (incremental + half) / payout, measured.Count);
    }
}
