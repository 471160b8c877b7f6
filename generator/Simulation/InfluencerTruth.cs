namespace RoiReportGen.Simulation;

/// <summary>One member's part of a campaign's true effect, counted exactly while its rows were written.</summary>
/// <param name="AttributedRevenue">Revenue of the member's attributed rows in the campaign.</param>
/// <param name="CannibalisedRevenue">Organic revenue the member's anyway orders took over.</param>
/// <param name="HaloRevenue">
/// The member's share of the campaign's halo: split by its new attributed sales (<see cref="InfluencerTruthCalculator"/>).
/// </param>
public sealed record MemberTruth(string InfluencerId, decimal AttributedRevenue, decimal CannibalisedRevenue, decimal HaloRevenue)
{
    /// <summary>Attributed − cannibalised + its halo share: the members' parts add up to the campaign's truth exactly.</summary>
    public decimal TrueIncrementalRevenue => AttributedRevenue - CannibalisedRevenue + HaloRevenue;
}

/// <summary>
/// What one influencer truly added over all its campaigns (simulation_truth_influencers.csv), against what it was
/// paid: the truth the report's per-influencer recommendations are scored on.
/// </summary>
/// <param name="TrueIncrementalRevenue">Σ over its campaigns of its <see cref="MemberTruth.TrueIncrementalRevenue"/>.</param>
/// <param name="Payout">Σ of its payouts.csv rows (campaign-less ones included, whether or not the report can allocate them).</param>
public sealed record InfluencerTruth(string InfluencerId, decimal TrueIncrementalRevenue, decimal Payout)
{
    /// <summary>True incremental revenue per rupee of payout; undefined at payout 0.</summary>
    public decimal? TrueIroas => Payout == 0 ? null : TrueIncrementalRevenue / Payout;
}
