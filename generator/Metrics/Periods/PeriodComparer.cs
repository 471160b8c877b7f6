namespace RoiReportGen.Metrics.Periods;

/// <summary>A month's or quarter's view against the same platform's view of the previous period of the same kind.</summary>
internal static class PeriodComparer
{
    /// <summary>
    /// The change of every KPI and of each influencer's and campaign's ROAS. <paramref name="previousView"/> is null
    /// when the previous period has no data at all (a gap in the data): its sums are then 0 and its ratios undefined,
    /// which is what the data says of it — rather than comparing with an older period the page does not name.
    /// </summary>
    public static PeriodComparison Compare(PlatformReport current, ReportPeriod previous, PlatformReport? previousView)
    {
        var now = current.Kpis;
        var before = previousView?.Kpis;
        var kpis = new KpiChanges(
            new KpiChange(now.Revenue, before?.Revenue ?? 0m),
            new KpiChange(now.Payout, before?.Payout ?? 0m),
            new KpiChange(now.Roas, before?.Roas),
            new KpiChange(now.Iroas.Iroas, before?.Iroas.Iroas),
            new KpiChange(now.Orders, before?.Orders ?? 0L),
            new KpiChange(now.Influencers, before?.Influencers ?? 0L),
            new KpiChange(now.Posts, before?.Posts ?? 0L));

        var influencerRoas = (previousView?.Influencers ?? []).ToDictionary(i => i.InfluencerId, i => i.Roas, StringComparer.Ordinal);
        var campaignRoas = (previousView?.Campaigns ?? []).ToDictionary(c => c.Campaign, c => c.Roas, StringComparer.Ordinal);
        return new PeriodComparison(
            previous,
            kpis,
            current.Influencers.ToDictionary(i => i.InfluencerId, i => Delta(i.Roas, influencerRoas.GetValueOrDefault(i.InfluencerId)), StringComparer.Ordinal),
            current.Campaigns.ToDictionary(c => c.Campaign, c => Delta(c.Roas, campaignRoas.GetValueOrDefault(c.Campaign)), StringComparer.Ordinal));
    }

    private static decimal? Delta(decimal? current, decimal? previous) => current - previous;
}
