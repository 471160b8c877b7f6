using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Site;

/// <summary>An influencer as an insight sentence quotes it (formatted); <see cref="Page"/>: its page, site-relative, or null.</summary>
public sealed record InfluencerText(string Name, string Roas, string Revenue, string Payout, string EngagementRate, string? Page);

/// <summary>A campaign as an insight sentence quotes it; <see cref="Page"/>: its page, site-relative, or null.</summary>
public sealed record CampaignText(string Name, string Roas, string Payout, string Revenue, string? Page);

/// <summary>A persona as an insight sentence quotes it.</summary>
public sealed record PersonaText(string Label, string Roas, string Revenue, string Payout, string Influencers);

/// <summary>The dominant payout basis as a sentence quotes it.</summary>
public sealed record BasisText(string Basis, string Share, string Payout, string Influencers);

/// <summary>A campaign as an incrementality insight quotes it; <see cref="Share"/> is null when undefined (₹0 attributed revenue).</summary>
public sealed record LiftText(string Name, string Roas, string Iroas, string IroasWithInterval, string? Share, string Payout, string? Page);

/// <summary>An influencer named by an action insight: its ROAS, incremental ROAS and payout.</summary>
public sealed record ActionNameText(string Name, string Roas, string Iroas, string Payout, string? Page);

/// <summary>One action's insight: how many influencers, their payout, the largest payouts by name, and how many more.</summary>
public sealed record ActionInsightText(string Action, string Count, string Payout, IReadOnlyList<ActionNameText> Listed, string More);

/// <summary>
/// A list of campaigns as a sentence quotes it: the first <see cref="CampaignOverlaps.Listed"/> by name, then
/// "and N more", so a programme with hundreds of such campaigns still reads as one sentence.
/// </summary>
/// <param name="Count">How many campaigns in all, formatted ("1" reads "one campaign").</param>
/// <param name="Payout">Their payout in all, not just the named ones'.</param>
/// <param name="More">How many are not named, formatted ("0": none).</param>
public sealed record LiftListText(string Count, string Payout, IReadOnlyList<LiftText> Listed, string More);

/// <summary>
/// The model of templates/insights.md.sbn: <see cref="ReportInsights"/> with every number formatted, and every named
/// influencer and campaign with the path of its page (the template makes the name a Markdown link to it).
/// </summary>
public sealed record InsightsText(
    InfluencerText? BestRoas,
    IReadOnlyList<InfluencerText> RunnersUp,
    InfluencerText? TopRevenue,
    InfluencerText? EngagementLeader,
    BasisText? DominantBasis,
    IReadOnlyList<CampaignText> BelowOne,
    string BelowOnePayout,
    string MedianRoas,
    IReadOnlyList<CampaignText> BelowMedian,
    PersonaText? BestPersona,
    PersonaText? WorstPersona,
    LiftText? MostOverstated,
    LiftListText? NoMeasurableLift,
    LiftListText? NegativeLift)
{
    /// <summary>How many influencers name an action in the insights: the largest payouts, the money the action moves.</summary>
    public const int ActionNames = 3;

    /// <summary>The recommendations that move money (scale, cut, renegotiate), each with its top names; empty ones left out.</summary>
    public IReadOnlyList<ActionInsightText> Actions { get; init; } = [];

    /// <summary>The top actions of a view's recommendations as insights quote them.</summary>
    public static IReadOnlyList<ActionInsightText> ActionsOf(Metrics.Recommendations.RecommendationReport report, EntitySlugs? pages = null) =>
    [
        .. new[] { Metrics.Recommendations.RecommendationActions.Scale, Metrics.Recommendations.RecommendationActions.Cut, Metrics.Recommendations.RecommendationActions.Renegotiate }
            .Select(action => (Action: action, List: report.WithAction(action)))
            .Where(a => a.List.Count > 0)
            .Select(a => new ActionInsightText(
                a.Action,
                DisplayFormat.Count(a.List.Count),
                DisplayFormat.Money(a.List.Sum(r => r.Payout)),
                [.. a.List.Take(ActionNames).Select(r => new ActionNameText(
                    r.Name, DisplayFormat.Ratio(r.Roas), DisplayFormat.Ratio(r.IncrementalRoas), DisplayFormat.Money(r.Payout), pages?.InfluencerPage(r.InfluencerId)))],
                DisplayFormat.Count(Math.Max(0, a.List.Count - ActionNames)))),
    ];

    /// <param name="pages">The entity pages names link to; null: names stay plain text.</param>
    public static InsightsText From(ReportInsights insights, EntitySlugs? pages = null)
    {
        InfluencerText? Influencer(InfluencerFigure? f) => f is null
            ? null
            : new(f.Name, DisplayFormat.Ratio(f.Roas), DisplayFormat.Money(f.Revenue), DisplayFormat.Money(f.Payout), DisplayFormat.Percent(f.EngagementRate), pages?.InfluencerPage(f.InfluencerId));

        CampaignText Campaign(CampaignFigure c) =>
            new(c.Campaign, DisplayFormat.Ratio(c.Roas), DisplayFormat.Money(c.Payout), DisplayFormat.Money(c.Revenue), pages?.CampaignPage(c.Campaign));

        LiftText Lift(LiftFigure f) => new(
            f.Campaign,
            DisplayFormat.Ratio(f.Roas),
            DisplayFormat.Ratio(f.Iroas),
            DisplayFormat.RatioWithInterval(f.Iroas, f.IroasLow, f.IroasHigh),
            f.IncrementalShare is { } share ? DisplayFormat.Percent(share) : null,
            DisplayFormat.Money(f.Payout),
            pages?.CampaignPage(f.Campaign));

        LiftListText? LiftList(IReadOnlyList<LiftFigure> figures) => figures.Count == 0
            ? null
            : new(
                DisplayFormat.Count(figures.Count),
                DisplayFormat.Money(figures.Sum(f => f.Payout)),
                [.. figures.Take(CampaignOverlaps.Listed).Select(Lift)],
                DisplayFormat.Count(Math.Max(0, figures.Count - CampaignOverlaps.Listed)));

        return new(
        Influencer(insights.BestRoas),
        [.. insights.RoasRunnersUp.Select(i => Influencer(i)!)],
        Influencer(insights.TopRevenue),
        Influencer(insights.EngagementLeader),
        insights.DominantBasis is { } b
            ? new BasisText(b.Basis, DisplayFormat.Percent(b.PayoutShare), DisplayFormat.Money(b.Payout), DisplayFormat.Count(b.Influencers))
            : null,
        [.. insights.CampaignsBelowOne.Select(Campaign)],
        DisplayFormat.Money(insights.CampaignsBelowOne.Sum(c => c.Payout)),
        DisplayFormat.Ratio(insights.MedianCampaignRoas),
        [.. insights.CampaignsBelowMedian.Select(Campaign)],
        Persona(insights.BestPersona),
        Persona(insights.WorstPersona),
        insights.MostOverstated is { } o ? Lift(o) : null,
        LiftList(insights.NoMeasurableLift),
        LiftList(insights.NegativeLift));
    }

    private static PersonaText? Persona(PersonaFigure? p) => p is null
        ? null
        : new(p.Label, DisplayFormat.Ratio(p.Roas), DisplayFormat.Money(p.Revenue), DisplayFormat.Money(p.Payout), DisplayFormat.Count(p.Influencers));
}
