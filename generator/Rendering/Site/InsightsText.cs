using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Site;

/// <summary>An influencer as an insight sentence quotes it (formatted).</summary>
public sealed record InfluencerText(string Name, string Roas, string Revenue, string Payout, string EngagementRate);

/// <summary>A campaign as an insight sentence quotes it.</summary>
public sealed record CampaignText(string Name, string Roas, string Payout, string Revenue);

/// <summary>A persona as an insight sentence quotes it.</summary>
public sealed record PersonaText(string Label, string Roas, string Revenue, string Payout, string Influencers);

/// <summary>The dominant payout basis as a sentence quotes it.</summary>
public sealed record BasisText(string Basis, string Share, string Payout, string Influencers);

/// <summary>The model of templates/insights.md.sbn: <see cref="ReportInsights"/> with every number formatted.</summary>
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
    PersonaText? WorstPersona)
{
    public static InsightsText From(ReportInsights insights) => new(
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
        Persona(insights.WorstPersona));

    private static InfluencerText? Influencer(InfluencerFigure? f) => f is null
        ? null
        : new(f.Name, DisplayFormat.Ratio(f.Roas), DisplayFormat.Money(f.Revenue), DisplayFormat.Money(f.Payout), DisplayFormat.Percent(f.EngagementRate));

    private static CampaignText Campaign(CampaignFigure c) =>
        new(c.Campaign, DisplayFormat.Ratio(c.Roas), DisplayFormat.Money(c.Payout), DisplayFormat.Money(c.Revenue));

    private static PersonaText? Persona(PersonaFigure? p) => p is null
        ? null
        : new(p.Label, DisplayFormat.Ratio(p.Roas), DisplayFormat.Money(p.Revenue), DisplayFormat.Money(p.Payout), DisplayFormat.Count(p.Influencers));
}
