namespace RoiReportGen.Tests.Support.Scoring;

/// <summary>One campaign of a scored programme: the truth beside the two methods' estimates (null: none).</summary>
/// <param name="TrueIroas">simulation_truth's true_iroas; null at payout 0.</param>
/// <param name="Iroas">The counterfactual estimate's iROAS.</param>
/// <param name="Low">Its 90% interval's lower end.</param>
/// <param name="High">Its 90% interval's upper end.</param>
/// <param name="NoBaseline">The counterfactual said "no baseline data".</param>
/// <param name="NaiveIroas">The naive 28-day pre-period method's iROAS.</param>
/// <param name="NaiveNoBaseline">The naive method said "no baseline data".</param>
/// <param name="Grouped">Estimated together with overlapping campaigns (its figures are a share of a joint lift).</param>
public sealed record CampaignScore(
    string Campaign,
    decimal? TrueIroas,
    decimal? Iroas,
    decimal? Low,
    decimal? High,
    bool NoBaseline,
    decimal? NaiveIroas,
    bool NaiveNoBaseline,
    bool Grouped)
{
    /// <summary>The interval holds the truth; null when there is no truth or no interval.</summary>
    public bool? Covered => TrueIroas is { } t && Low is { } lo && High is { } hi ? lo <= t && t <= hi : null;
}

/// <summary>
/// One simulated programme, scored: the headline iROAS of both methods against the truth's, and every campaign.
/// The truth's headline pools all campaigns (what the programme really returned), whatever a method abstained on.
/// </summary>
/// <param name="TrueHeadlineMeasured">The truth pooled over the campaigns the new headline pools (those with an iROAS).</param>
/// <param name="HeadlineLow">The new headline's 90% interval, lower end.</param>
/// <param name="HeadlineHigh">Its upper end.</param>
public sealed record ProgrammeScore(
    RoiReportGen.Simulation.SimulationOptions Options,
    decimal? TrueHeadline,
    decimal? TrueHeadlineMeasured,
    decimal? Headline,
    decimal? HeadlineLow,
    decimal? HeadlineHigh,
    decimal? NaiveHeadline,
    IReadOnlyList<CampaignScore> Campaigns)
{
    /// <summary>(estimate − truth) / |truth| in percent; null when either is undefined or the truth is 0.</summary>
    public static double? PercentError(decimal? estimate, decimal? truth) =>
        estimate is { } e && truth is { } t && t != 0m ? (double)((e - t) / Math.Abs(t)) * 100.0 : null;

    public double? HeadlineError => PercentError(Headline, TrueHeadline);

    /// <summary>
    /// The headline's own 90% interval holds the programme's true iROAS (ends included); null without either. An
    /// honest companion of the ±20% target: it tells whether a miss lies within the uncertainty the report states.
    /// </summary>
    public bool? HeadlineCovered =>
        TrueHeadline is { } t && HeadlineLow is { } lo && HeadlineHigh is { } hi ? lo <= t && t <= hi : null;

    /// <summary>The headline's error against the truth of the same campaigns: the estimate's error without its abstentions.</summary>
    public double? HeadlineErrorMeasured => PercentError(Headline, TrueHeadlineMeasured);

    public double? NaiveHeadlineError => PercentError(NaiveHeadline, TrueHeadline);
}
