using RoiReportGen.Metrics;

namespace RoiReportGen.Simulation;

/// <summary>
/// Splits each campaign's counted truth over its members, and adds every influencer's parts up against its payout.
/// </summary>
/// <remarks>
/// A member's attributed revenue and the organic revenue its own anyway orders took over are counted per member
/// while the rows are written, so only the halo needs a rule: the halo rows are unattributed, drawn per campaign in
/// proportion to its new (not anyway) attributed sales, so each member gets the share of the campaign's halo that its
/// new attributed sales are of the campaign's. Splitting to the paisa with the largest-remainder rule keeps the
/// members' parts adding up to the campaign's truth exactly.
/// </remarks>
internal static class InfluencerTruthCalculator
{
    // Every tracking revenue is in whole paisa, so the halo is too, and so are its parts.
    private const int PaisaDecimals = 2;

    /// <summary>Each member's part of <paramref name="campaign"/>'s truth, by influencer index.</summary>
    public static IReadOnlyList<MemberTruth> Members(SimulatedCampaign campaign)
    {
        var halo = new decimal[campaign.Members.Count];
        foreach (var (slot, part) in ProportionalSplit.Split(campaign.HaloRevenue, HaloWeights(campaign), PaisaDecimals))
        {
            halo[slot] = part;
        }

        return [.. campaign.Members.Select((m, slot) => new MemberTruth(m.Id, campaign.Revenue[slot], campaign.Cannibalised[slot], halo[slot]))];
    }

    /// <summary>
    /// Every influencer of the roster, in its order: its parts over all campaigns, and the Σ of its payout rows.
    /// </summary>
    public static IReadOnlyList<InfluencerTruth> Influencers(
        IReadOnlyList<SimulatedInfluencer> roster, IReadOnlyList<CampaignTruth> campaigns, IReadOnlyList<SimulatedPayout> payouts)
    {
        var incremental = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var member in campaigns.SelectMany(c => c.Members))
        {
            incremental[member.InfluencerId] = incremental.GetValueOrDefault(member.InfluencerId) + member.TrueIncrementalRevenue;
        }

        var paid = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var p in payouts)
        {
            paid[p.InfluencerId] = paid.GetValueOrDefault(p.InfluencerId) + p.TotalPayout;
        }

        return [.. roster.Select(i => new InfluencerTruth(i.Id, incremental.GetValueOrDefault(i.Id), paid.GetValueOrDefault(i.Id)))];
    }

    /// <summary>
    /// New attributed sales per slot; a campaign with halo but no new sale (a tiny programme can draw one) falls back
    /// to its attributed orders, and one without any to equal parts, so no halo is ever left unassigned.
    /// </summary>
    private static KeyValuePair<int, decimal>[] HaloWeights(SimulatedCampaign campaign)
    {
        var slots = Enumerable.Range(0, campaign.Members.Count);
        if (campaign.NewSales.Any(n => n > 0))
        {
            return [.. slots.Select(s => KeyValuePair.Create(s, (decimal)campaign.NewSales[s]))];
        }

        return campaign.Orders.Any(n => n > 0)
            ? [.. slots.Select(s => KeyValuePair.Create(s, (decimal)campaign.Orders[s]))]
            : [.. slots.Select(s => KeyValuePair.Create(s, 1m))];
    }
}
