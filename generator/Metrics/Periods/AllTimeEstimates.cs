namespace RoiReportGen.Metrics.Periods;

/// <summary>
/// A month's or quarter's campaigns carry the estimates made once over each campaign's whole window (SPEC 2,
/// "Periods"): the incremental estimate, the naive figures and the window itself are the same platform's All-time
/// ones, marked when the window runs past the period. The campaign's revenue, orders, payout and ROAS stay the period's.
/// </summary>
/// <param name="AllTime">The same platform's All-time campaigns, by name.</param>
/// <param name="Issues">The same platform's All-time data issues: issues are about the files, not a period, so a
/// period shows the same list and counts (taken, not filtered and counted again for every period).</param>
internal sealed record AllTimeEstimates(
    ReportPeriod Period,
    IReadOnlyDictionary<string, CampaignSummary> AllTime,
    IReadOnlyList<Data.DataIssue> Issues,
    IReadOnlyList<IssueReasonCount> IssueReasons)
{
    public static AllTimeEstimates For(ReportPeriod period, PlatformReport allTime) =>
        new(period, allTime.Campaigns.ToDictionary(c => c.Campaign, StringComparer.Ordinal), allTime.Issues, allTime.IssueReasons);

    /// <summary>The period's campaigns with the All-time window and estimates.</summary>
    public IReadOnlyList<CampaignSummary> Apply(IReadOnlyList<CampaignSummary> campaigns) =>
        campaigns.Select(c => AllTime.TryGetValue(c.Campaign, out var whole)
            ? c with
            {
                StartDate = whole.StartDate,
                EndDate = whole.EndDate,
                WindowDays = whole.WindowDays,
                Products = whole.Products,
                Naive = whole.Naive,
                Incremental = whole.Incremental,
                Overlaps = whole.Overlaps,
                WindowRunsPastPeriod = whole.StartDate < Period.Start || whole.EndDate > Period.End,
            }
            : c).ToList();

    /// <summary>
    /// What the period's headline iROAS pools: the All-time rows of the period's campaigns, so each estimate is
    /// divided by the payout it was made for (its whole window's), never by a month's share of it.
    /// </summary>
    public IReadOnlyList<CampaignSummary> HeadlineCampaigns(IReadOnlyList<CampaignSummary> campaigns) =>
        campaigns.Select(c => AllTime.GetValueOrDefault(c.Campaign) ?? c).ToList();
}
