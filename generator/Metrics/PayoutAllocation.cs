namespace RoiReportGen.Metrics;

/// <summary>Where the campaign-less payout rows went.</summary>
/// <param name="ByCampaign">Allocated payout per campaign name.</param>
/// <param name="Unallocated">Payout of influencers with neither attributed orders nor revenue in any campaign.</param>
internal sealed record PayoutAllocation(IReadOnlyDictionary<string, decimal> ByCampaign, decimal Unallocated);
