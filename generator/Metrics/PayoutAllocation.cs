namespace RoiReportGen.Metrics;

/// <summary>Where the campaign-less payout rows went.</summary>
/// <param name="ByCampaign">Allocated payout per campaign name.</param>
/// <param name="Unallocated">Payout of influencers with neither attributed orders nor revenue in any campaign.</param>
/// <param name="ByInfluencerAndCampaign">The same parts before they are added up per campaign: what each influencer's campaign-less payout gave each campaign.</param>
/// <param name="Decimals">The decimal places of every part (<see cref="AllocationPrecision"/>); splits made later (over brands) use the same.</param>
internal sealed record PayoutAllocation(
    IReadOnlyDictionary<string, decimal> ByCampaign,
    decimal Unallocated,
    IReadOnlyDictionary<(string Influencer, string Campaign), decimal> ByInfluencerAndCampaign,
    int Decimals);
