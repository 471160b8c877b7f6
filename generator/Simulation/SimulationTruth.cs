namespace RoiReportGen.Simulation;

/// <summary>The known true effect of one simulated campaign, counted exactly while its rows were written.</summary>
/// <param name="AttributedRevenue">Revenue of its attributed rows.</param>
/// <param name="CannibalisedRevenue">Organic revenue its anyway orders took over (gone from the world with the campaign).</param>
/// <param name="HaloRevenue">Revenue of the unattributed extra organic sales it caused.</param>
/// <param name="Payout">Its payout as SPEC 2 defines it: payout rows naming it plus its share of campaign-less rows.</param>
/// <param name="AnywayShares">Per member (by influencer index): the drawn share of its attributed orders that would have happened anyway.</param>
/// <param name="Members">Per member (by influencer index): its part of the campaign's truth; the parts add up to it exactly.</param>
public sealed record CampaignTruth(
    string Campaign,
    decimal AttributedRevenue,
    decimal CannibalisedRevenue,
    decimal HaloRevenue,
    decimal Payout,
    IReadOnlyList<double> AnywayShares,
    IReadOnlyList<MemberTruth> Members)
{
    /// <summary>The part of <see cref="HaloRevenue"/> sold after the window (the carry-over).</summary>
    public decimal CarryoverRevenue { get; init; }

    /// <summary>The part of <see cref="HaloRevenue"/> sold on the brand's products the campaign did not promote.</summary>
    public decimal SpillRevenue { get; init; }

    /// <summary>Whether it was drawn to bring no new buyers (the zero-effect knob).</summary>
    public bool ZeroEffect { get; init; }

    /// <summary>The window's first day.</summary>
    public DateOnly MeasuredFrom { get; init; }

    /// <summary>The last day of its carry-over (its window's last day without one).</summary>
    public DateOnly LiftsUntil { get; init; }

    /// <summary>Revenue of the world with the campaign minus the world without it.</summary>
    public decimal TrueIncrementalRevenue => AttributedRevenue - CannibalisedRevenue + HaloRevenue;

    /// <summary>True incremental revenue per rupee of payout; undefined at payout 0.</summary>
    public decimal? TrueIroas => Payout == 0 ? null : TrueIncrementalRevenue / Payout;
}

/// <summary>What the simulator knows and the report has to estimate: every campaign's and every influencer's true effect.</summary>
/// <param name="Campaigns">Ordered by name (ordinal), as the report orders them.</param>
/// <param name="Influencers">Every influencer of the roster, in influencers.csv order.</param>
/// <param name="RevenueWithoutCampaigns">All baseline organic revenue: the world without any campaign.</param>
/// <param name="RevenueWithCampaigns">All revenue written to tracking_data.csv.</param>
/// <param name="AnywayOrdersMatched">Attributed rows that took over an organic sale of the same product and day.</param>
/// <param name="AnywayOrdersUnmatched">Attributed rows drawn as "anyway" that found no organic sale left to take, so count as new.</param>
public sealed record SimulationTruth(
    IReadOnlyList<CampaignTruth> Campaigns,
    IReadOnlyList<InfluencerTruth> Influencers,
    decimal RevenueWithoutCampaigns,
    decimal RevenueWithCampaigns,
    long AnywayOrdersMatched,
    long AnywayOrdersUnmatched)
{
    /// <summary>Σ true incremental revenue ÷ Σ payout over the campaigns; undefined when nothing was paid.</summary>
    public decimal? HeadlineIroas
    {
        get
        {
            var payout = Campaigns.Sum(c => c.Payout);
            return payout == 0 ? null : Campaigns.Sum(c => c.TrueIncrementalRevenue) / payout;
        }
    }
}
