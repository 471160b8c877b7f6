using RoiReportGen.Metrics;

namespace RoiReportGen.Simulation;

/// <summary>Gathers each campaign's and each influencer's counted effect and payout into the <see cref="SimulationTruth"/>.</summary>
internal static class TruthCalculator
{
    public static SimulationTruth Compute(
        IReadOnlyList<SimulatedInfluencer> influencers,
        IReadOnlyList<SimulatedCampaign> campaigns, IReadOnlyList<SimulatedPayout> payouts, TrackingStreamWriter writer)
    {
        // The report splits on a grid of decimals set by the data set's largest total (AllocationPrecision); the
        // written file's revenue total is every row the writer wrote.
        var decimals = AllocationPrecision.Decimals(Math.Max(payouts.Sum(p => p.TotalPayout), writer.WrittenRevenue));
        var payout = CampaignPayouts(campaigns, payouts, decimals);
        var truths = campaigns
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new CampaignTruth(c.Name, c.Revenue.Sum(), c.CannibalisedRevenue, c.HaloRevenue, payout.GetValueOrDefault(c.Name), c.AnywayShares, InfluencerTruthCalculator.Members(c))
            {
                CarryoverRevenue = c.CarryoverRevenue,
                SpillRevenue = c.SpillRevenue,
                ZeroEffect = c.ZeroEffect,
                MeasuredFrom = c.Start,
                LiftsUntil = c.End.AddDays(c.CarryDays),
            })
            .ToList();
        var perInfluencer = InfluencerTruthCalculator.Influencers(influencers, truths, payouts);
        return new SimulationTruth(truths, perInfluencer, writer.BaselineRevenue, writer.WrittenRevenue, writer.AnywayOrdersMatched, writer.AnywayOrdersUnmatched);
    }

    /// <summary>
    /// SPEC 2's payout of a campaign, split the way the report splits it (the same <see cref="ProportionalSplit"/>,
    /// campaigns in ordinal order): rows naming the campaign, plus each influencer's campaign-less rows shared over
    /// its campaigns by its attributed orders there (by revenue where it has no orders).
    /// </summary>
    private static Dictionary<string, decimal> CampaignPayouts(
        IReadOnlyList<SimulatedCampaign> campaigns, IReadOnlyList<SimulatedPayout> payouts, int decimals)
    {
        var payout = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var loose = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var p in payouts)
        {
            if (p.Campaign.Length > 0)
            {
                payout[p.Campaign] = payout.GetValueOrDefault(p.Campaign) + p.TotalPayout;
            }
            else
            {
                loose[p.InfluencerId] = loose.GetValueOrDefault(p.InfluencerId) + p.TotalPayout;
            }
        }

        var deals = new Dictionary<string, List<(string Campaign, long Orders, decimal Revenue)>>(StringComparer.Ordinal);
        foreach (var campaign in campaigns)
        {
            for (var slot = 0; slot < campaign.Members.Count; slot++)
            {
                var id = campaign.Members[slot].Id;
                if (loose.ContainsKey(id) && (campaign.Orders[slot] > 0 || campaign.Revenue[slot] > 0))
                {
                    (deals.TryGetValue(id, out var list) ? list : deals[id] = []).Add((campaign.Name, campaign.Orders[slot], campaign.Revenue[slot]));
                }
            }
        }

        foreach (var (influencer, amount) in loose.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var taken = deals.GetValueOrDefault(influencer)?.OrderBy(d => d.Campaign, StringComparer.Ordinal).ToList() ?? [];
            var parts = ProportionalSplit.Split(amount, [.. taken.Select(d => KeyValuePair.Create(d.Campaign, (decimal)d.Orders))], decimals);
            if (parts.Count == 0)
            {
                parts = ProportionalSplit.Split(amount, [.. taken.Select(d => KeyValuePair.Create(d.Campaign, d.Revenue))], decimals);
            }

            foreach (var (campaign, part) in parts)
            {
                payout[campaign] = payout.GetValueOrDefault(campaign) + part;
            }
        }

        return payout;
    }
}
