using RoiReportGen.Data;

namespace RoiReportGen.Simulation;

/// <summary>An influencer as the simulator knows it, including the hidden traits that drive sales and pay.</summary>
/// <param name="Gender">"" for the few who did not say (the report shows "Unspecified").</param>
/// <param name="EngagementRate">Typical (likes + comments) / reach of this influencer's posts.</param>
/// <param name="Quality">How well the audience converts; 0 for the rare influencer who sells nothing.</param>
/// <param name="TargetRoas">The return the deal turns out to give; rates are set from it after sales are known.</param>
internal sealed record SimulatedInfluencer(
    int Index,
    string Id,
    string Name,
    string Platform,
    string Category,
    string Gender,
    long Followers,
    string Handle,
    double EngagementRate,
    double Quality,
    PayoutBasis Basis,
    double TargetRoas)
{
    /// <summary>The tracking <c>source</c> value for this influencer's platform.</summary>
    public string Source { get; } = Platform.ToLowerInvariant();

    /// <summary>Relative share of a campaign's attributed orders.</summary>
    /// <remarks>
    /// Engaged audience (followers × engagement rate) times quality, raised to 0.7: bigger
    /// audiences sell more but not proportionally more (their followers buy less), which keeps
    /// a mega influencer from taking nearly every order of its campaign.
    /// </remarks>
    public double SalesWeight => Math.Pow(Followers * EngagementRate, 0.7) * Quality;
}
