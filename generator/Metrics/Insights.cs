namespace RoiReportGen.Metrics;

/// <summary>An influencer named by an insight, with the figures the sentence quotes.</summary>
public sealed record InfluencerFigure(string InfluencerId, string Name, decimal? Roas, decimal Revenue, decimal Payout, decimal? EngagementRate);

/// <summary>A campaign named by an insight.</summary>
public sealed record CampaignFigure(string Campaign, decimal? Roas, decimal Payout, decimal Revenue);

/// <summary>A persona named by an insight.</summary>
public sealed record PersonaFigure(string Label, decimal? Roas, decimal Revenue, decimal Payout, long Influencers);

/// <summary>A campaign named by an incrementality insight: its attributed ROAS beside its counterfactual iROAS.</summary>
public sealed record LiftFigure(
    string Campaign,
    string Verdict,
    decimal? Roas,
    decimal? Iroas,
    decimal? IroasLow,
    decimal? IroasHigh,
    decimal? IncrementalShare,
    decimal Payout);

/// <summary>The basis that takes the larger share of payout.</summary>
public sealed record BasisFigure(string Basis, decimal PayoutShare, decimal Payout, long Influencers);

/// <summary>
/// Insights as data: every field is computed from the metrics and is null (or empty) when the data
/// cannot support it. Sentences are written from these by the site's templates, never by hand.
/// </summary>
/// <param name="BestRoas">Highest ROAS among influencers with payout &gt; 0 (ties: higher revenue, then id).</param>
/// <param name="RoasRunnersUp">The next two by the same order.</param>
/// <param name="TopRevenue">Highest attributed revenue (ties: id), with its ROAS.</param>
/// <param name="EngagementLeader">Highest mean engagement rate (ties: more posts, then id).</param>
/// <param name="DominantBasis">The basis with the larger payout share.</param>
/// <param name="CampaignsBelowOne">Campaigns with a defined ROAS below 1, lowest first.</param>
/// <param name="MedianCampaignRoas">Median of the defined campaign ROAS values.</param>
/// <param name="CampaignsBelowMedian">Campaigns with ROAS below that median, lowest first.</param>
/// <param name="BestPersona">Highest ROAS persona (payout &gt; 0).</param>
/// <param name="WorstPersona">Lowest ROAS persona (payout &gt; 0), when it differs from the best.</param>
/// <param name="MostOverstated">The campaign with the largest positive gap attributed ROAS − iROAS (ties: payout, then name).</param>
/// <param name="NoMeasurableLift">Campaigns with verdict "no measurable lift", largest payout first (ties: name).</param>
/// <param name="NegativeLift">Campaigns with verdict "negative", same order.</param>
public sealed record ReportInsights(
    InfluencerFigure? BestRoas,
    IReadOnlyList<InfluencerFigure> RoasRunnersUp,
    InfluencerFigure? TopRevenue,
    InfluencerFigure? EngagementLeader,
    BasisFigure? DominantBasis,
    IReadOnlyList<CampaignFigure> CampaignsBelowOne,
    decimal? MedianCampaignRoas,
    IReadOnlyList<CampaignFigure> CampaignsBelowMedian,
    PersonaFigure? BestPersona,
    PersonaFigure? WorstPersona,
    LiftFigure? MostOverstated,
    IReadOnlyList<LiftFigure> NoMeasurableLift,
    IReadOnlyList<LiftFigure> NegativeLift);
