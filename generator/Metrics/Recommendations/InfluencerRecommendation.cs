namespace RoiReportGen.Metrics.Recommendations;

/// <summary>One influencer's action in one view, with the figures its reason quotes. Null means undefined.</summary>
/// <param name="Rule">The rule that decided <see cref="Action"/>.</param>
/// <param name="Roas">Attributed ROAS: revenue / payout.</param>
/// <param name="IncrementalRevenue">
/// An allocation, not a measurement: Σ over its campaigns of its attributed revenue in the campaign × the campaign's
/// incremental share (SPEC 2); null when a campaign it sold in has no estimate.
/// </param>
/// <param name="IncrementalRevenueLow">The same sum with each campaign's share taken at its 90% interval's lower end.</param>
/// <param name="IncrementalRevenueHigh">At the upper end.</param>
/// <param name="IncrementalRoas">IncrementalRevenue / payout.</param>
/// <param name="IncrementalShare">IncrementalRevenue / attributed revenue: its campaigns' share, weighted by its sales in them.</param>
/// <param name="AllCampaignsIncremental">It sold in at least one campaign and every one of them has the verdict `incremental`.</param>
/// <param name="MedianCostPerOrder">The view's median cost per order (the renegotiate rule compares with it).</param>
/// <param name="WhatIfOrderBasisPayout">Paid per post only: its attributed orders × the view's median rate per order; null otherwise or without such a rate.</param>
public sealed record InfluencerRecommendation(
    string InfluencerId,
    string Name,
    string Platform,
    string Action,
    RecommendationRule Rule,
    long Posts,
    long Orders,
    decimal Revenue,
    decimal Payout,
    decimal? Roas,
    decimal? IncrementalRevenue,
    decimal? IncrementalRevenueLow,
    decimal? IncrementalRevenueHigh,
    decimal? IncrementalRoas,
    decimal? IncrementalRoasLow,
    decimal? IncrementalRoasHigh,
    decimal? IncrementalShare,
    bool AllCampaignsIncremental,
    string PaymentBasis,
    decimal? CostPerOrder,
    decimal? MedianCostPerOrder,
    decimal? WhatIfOrderBasisPayout);

/// <summary>How many influencers got an action and what they were paid.</summary>
public sealed record ActionTotal(string Action, int Influencers, decimal Payout);

/// <summary>A sum with its 90% range, built from the campaigns' intervals.</summary>
public sealed record RangedAmount(decimal Value, decimal Low, decimal High);
