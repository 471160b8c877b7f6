namespace RoiReportGen.Metrics;

/// <summary>Computes the insights from a view's metrics; every choice of "best" is a stated order.</summary>
internal static class InsightFinder
{
    public static ReportInsights Find(
        IReadOnlyList<InfluencerSummary> influencers,
        IReadOnlyList<CampaignSummary> campaigns,
        IReadOnlyList<PersonaSummary> personas,
        IReadOnlyList<PayoutBasisSummary> bases)
    {
        // ROAS is defined exactly when payout > 0.
        var byRoas = influencers
            .Where(i => i.Payout > 0m)
            .OrderByDescending(i => i.Roas)
            .ThenByDescending(i => i.Revenue)
            .ThenBy(i => i.InfluencerId, StringComparer.Ordinal)
            .Select(Figure)
            .ToList();

        // Naming a "top revenue generator" with ₹0 says nothing, so it needs revenue > 0.
        var topRevenue = influencers
            .Where(i => i.Revenue > 0m)
            .OrderByDescending(i => i.Revenue)
            .ThenBy(i => i.InfluencerId, StringComparer.Ordinal)
            .FirstOrDefault();

        var engagementLeader = influencers
            .Where(i => i.EngagementRate is not null)
            .OrderByDescending(i => i.EngagementRate)
            .ThenByDescending(i => i.Posts)
            .ThenBy(i => i.InfluencerId, StringComparer.Ordinal)
            .FirstOrDefault();

        var rated = campaigns
            .Where(c => c.Roas is not null)
            .OrderBy(c => c.Roas)
            .ThenBy(c => c.Campaign, StringComparer.Ordinal)
            .ToList();
        var median = Median(rated.Select(c => c.Roas!.Value).ToList());

        var personasByRoas = personas
            .Where(p => p.Payout > 0m)
            .OrderByDescending(p => p.Roas)
            .ThenByDescending(p => p.Revenue)
            .ThenBy(p => p.Label, StringComparer.Ordinal)
            .ToList();

        return new ReportInsights(
            byRoas.FirstOrDefault(),
            byRoas.Skip(1).Take(2).ToList(),
            topRevenue is null ? null : Figure(topRevenue),
            engagementLeader is null ? null : Figure(engagementLeader),
            DominantBasis(bases),
            rated.Where(c => c.Roas < 1m).Select(Figure).ToList(),
            median,
            median is { } m ? rated.Where(c => c.Roas < m).Select(Figure).ToList() : [],
            personasByRoas.Count > 0 ? Figure(personasByRoas[0]) : null,
            // The worst is the last by the same order, so best and worst never disagree on a tie.
            personasByRoas.Count > 1 ? Figure(personasByRoas[^1]) : null,
            LiftInsightFinder.MostOverstated(campaigns),
            LiftInsightFinder.WithVerdict(campaigns, Incrementality.LiftWords.NoMeasurableLift),
            LiftInsightFinder.WithVerdict(campaigns, Incrementality.LiftWords.Negative));
    }

    /// <summary>The middle value of the sorted values; the mean of the two middle ones for an even count.</summary>
    public static decimal? Median(IReadOnlyList<decimal> sorted)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : Ratio.Of(sorted[mid - 1] + sorted[mid], 2m);
    }

    private static BasisFigure? DominantBasis(IReadOnlyList<PayoutBasisSummary> bases)
    {
        // No payout, no dominant basis. On an exact tie of payout the basis with more influencers wins,
        // then "post" (the list order).
        var top = bases
            .Where(b => b.PayoutShare is not null && b.Payout > 0m)
            .OrderByDescending(b => b.Payout)
            .ThenByDescending(b => b.Influencers)
            .FirstOrDefault();
        return top is null ? null : new BasisFigure(top.Basis, top.PayoutShare!.Value, top.Payout, top.Influencers);
    }

    private static InfluencerFigure Figure(InfluencerSummary i) =>
        new(i.InfluencerId, i.Name, i.Roas, i.Revenue, i.Payout, i.EngagementRate);

    private static CampaignFigure Figure(CampaignSummary c) => new(c.Campaign, c.Roas, c.Payout, c.Revenue);

    private static PersonaFigure Figure(PersonaSummary p) => new(p.Label, p.Roas, p.Revenue, p.Payout, p.Influencers);
}
