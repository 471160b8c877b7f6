using RoiReportGen.Data;

namespace RoiReportGen.Simulation;

/// <summary>
/// Sets each deal's rate once sales are known, so that every payout row satisfies SPEC 1's
/// consistency rule exactly and ROAS lands near a drawn target.
/// </summary>
/// <remarks>
/// SPEC checks a post-basis row against rate × ALL of the influencer's posts. So a post-basis
/// influencer takes part in exactly one campaign (CampaignPlanner) and gets exactly one row,
/// naming that campaign, with total = rate × its post count. An order-basis influencer gets one
/// row per campaign with orders = its attributed orders there and total = rate × orders; a few
/// also get a campaign-less performance bonus row (rate × all their attributed orders), which the
/// report allocates to their campaigns by orders.
/// </remarks>
internal static class PayoutGenerator
{
    public static IReadOnlyList<SimulatedPayout> Generate(
        IReadOnlyList<SimulatedInfluencer> influencers,
        IReadOnlyList<SimulatedCampaign> campaigns,
        IReadOnlyList<int> postsPerInfluencer,
        SplitMix64 rng)
    {
        var deals = new List<(SimulatedCampaign Campaign, int Slot)>[influencers.Count];
        foreach (var campaign in campaigns)
        {
            for (var slot = 0; slot < campaign.Members.Count; slot++)
            {
                (deals[campaign.Members[slot].Index] ??= []).Add((campaign, slot));
            }
        }

        var bonusCandidates = influencers.Count(i => i.Basis == PayoutBasis.Order && deals[i.Index] is not null);
        var bonusChance = Math.Max(0.06, 3.0 / Math.Max(1, bonusCandidates));
        var rows = new List<SimulatedPayout>();
        foreach (var influencer in influencers)
        {
            if (deals[influencer.Index] is not { } taken)
            {
                continue;
            }

            if (influencer.Basis == PayoutBasis.Post)
            {
                var (campaign, slot) = taken[0];
                rows.Add(PostDeal(influencer, campaign, campaign.Revenue[slot], postsPerInfluencer[influencer.Index]));
                continue;
            }

            long allOrders = 0;
            foreach (var (campaign, slot) in taken)
            {
                rows.Add(OrderDeal(influencer, campaign, campaign.Orders[slot], campaign.Revenue[slot]));
                allOrders += campaign.Orders[slot];
            }

            // Decided for every candidate, so the draw sequence does not depend on sales.
            var bonus = rng.Chance(bonusChance);
            var bonusRate = 5m * rng.NextInt(4, 20);
            if (bonus && allOrders > 0)
            {
                rows.Add(new SimulatedPayout(influencer.Id, "", PayoutBasis.Order, bonusRate, allOrders, bonusRate * allOrders));
            }
        }

        return rows;
    }

    private static SimulatedPayout PostDeal(SimulatedInfluencer influencer, SimulatedCampaign campaign, decimal revenue, int posts)
    {
        var target = (decimal)(influencer.TargetRoas * campaign.RoasFactor);
        // With no sales the fee was set by audience size (about ₹15 per thousand followers per post).
        var perPost = revenue > 0 ? revenue / target / posts : influencer.Followers * 0.015m;
        var rate = Math.Max(500m, RoundTo(perPost, 500m));
        return new SimulatedPayout(influencer.Id, campaign.Name, PayoutBasis.Post, rate, null, rate * posts);
    }

    private static SimulatedPayout OrderDeal(SimulatedInfluencer influencer, SimulatedCampaign campaign, long orders, decimal revenue)
    {
        var target = (decimal)(influencer.TargetRoas * campaign.RoasFactor);
        // Without orders the rate was agreed on the campaign's typical basket.
        var perOrder = orders > 0 ? revenue / orders : campaign.Products.Average(p => p.Price) * 0.9m;
        var rate = Math.Max(5m, RoundTo(perOrder / target, 5m));
        return new SimulatedPayout(influencer.Id, campaign.Name, PayoutBasis.Order, rate, orders, rate * orders);
    }

    private static decimal RoundTo(decimal value, decimal step) => Math.Round(value / step, MidpointRounding.AwayFromZero) * step;
}
