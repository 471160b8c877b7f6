using RoiReportGen.Data;

namespace RoiReportGen.Metrics.Entities;

/// <summary>
/// Computes <see cref="EntityDetails"/>: one pass over the rolled-up tracking for the influencer × campaign, brand and
/// weekly sums, the payout allocation of SPEC 2 for each influencer's payout per campaign, and the ranks from the
/// platform views' order. Pure: no I/O.
/// </summary>
public static class EntityCalculator
{
    public static EntityDetails Compute(DataSet data, PlatformReport all, IReadOnlyList<PlatformReport> platforms, int payoutDecimals)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(platforms);
        var campaigns = all.Campaigns.ToDictionary(c => c.Campaign, StringComparer.Ordinal);
        var names = all.Influencers.ToDictionary(i => i.InfluencerId, i => i.Name, StringComparer.Ordinal);
        var pairs = Pairs(data, payoutDecimals, campaigns, names);
        var weeks = Weeks(data);
        var ranks = Ranks(platforms);
        var posts = data.PostRows.GroupBy(p => p.InfluencerId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var payouts = data.Payouts.GroupBy(p => p.InfluencerId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var issues = data.Issues.Where(i => i.InfluencerId.Length > 0).GroupBy(i => i.InfluencerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var byInfluencer = pairs.Values.GroupBy(p => p.InfluencerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Campaign, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var byCampaign = pairs.Values.GroupBy(p => p.Campaign, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Revenue).ThenBy(p => p.InfluencerId, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

        var influencers = all.Influencers.Select(s =>
        {
            var rank = ranks.GetValueOrDefault(s.InfluencerId);
            return new InfluencerDetail(
                s,
                rank.Platform,
                rank.PlatformRanked,
                rank.Tier,
                rank.TierRanked,
                weeks.TryGetValue(s.InfluencerId, out var w) ? w : [],
                byInfluencer.TryGetValue(s.InfluencerId, out var c) ? c : [],
                posts.TryGetValue(s.InfluencerId, out var p) ? p : [],
                payouts.TryGetValue(s.InfluencerId, out var pay) ? pay : [],
                issues.TryGetValue(s.InfluencerId, out var i) ? i : []);
        }).ToList();
        var campaignDetails = all.Campaigns
            .Select(c => new CampaignDetail(c, byCampaign.TryGetValue(c.Campaign, out var list) ? list : []))
            .ToList();
        return new EntityDetails(influencers, campaignDetails, Brands(data, all, names), data.TrackingStart);
    }

    // Influencer × campaign: attributed sums, then every payout row (named or allocated) added to its pair.
    private static Dictionary<(string Influencer, string Campaign), InfluencerCampaign> Pairs(
        DataSet data, int payoutDecimals, Dictionary<string, CampaignSummary> campaigns, Dictionary<string, string> names)
    {
        var sums = new Dictionary<(string, string), (long Orders, decimal Revenue, decimal Payout)>();
        foreach (var t in data.Tracking)
        {
            if (t.IsOrganic || t.Campaign.Length == 0)
            {
                continue;
            }

            var s = sums.GetValueOrDefault((t.InfluencerId, t.Campaign));
            sums[(t.InfluencerId, t.Campaign)] = (s.Orders + t.Orders, s.Revenue + t.Revenue, s.Payout);
        }

        foreach (var p in data.Payouts.Where(p => p.Campaign.Length > 0))
        {
            var s = sums.GetValueOrDefault((p.InfluencerId, p.Campaign));
            sums[(p.InfluencerId, p.Campaign)] = (s.Orders, s.Revenue, s.Payout + p.TotalPayout);
        }

        foreach (var (key, part) in PayoutAllocator.Allocate(data, payoutDecimals).ByInfluencerAndCampaign)
        {
            var s = sums.GetValueOrDefault(key);
            sums[key] = (s.Orders, s.Revenue, s.Payout + part);
        }

        return sums.ToDictionary(
            s => s.Key,
            s => new InfluencerCampaign(
                s.Key.Item1,
                names.GetValueOrDefault(s.Key.Item1, s.Key.Item1),
                s.Key.Item2,
                s.Value.Orders,
                s.Value.Revenue,
                s.Value.Payout,
                Ratio.Of(s.Value.Revenue, s.Value.Payout),
                campaigns.GetValueOrDefault(s.Key.Item2)));
    }

    private static Dictionary<string, List<WeekRevenue>> Weeks(DataSet data)
    {
        var result = new Dictionary<string, List<WeekRevenue>>(StringComparer.Ordinal);
        if (data.TrackingStart is not { } start)
        {
            return result;
        }

        var sums = new Dictionary<(string, int), (long Orders, decimal Revenue)>();
        foreach (var t in data.Tracking.Where(t => !t.IsOrganic && t.InfluencerId.Length > 0))
        {
            var key = (t.InfluencerId, (t.Date.DayNumber - start.DayNumber) / 7);
            var s = sums.GetValueOrDefault(key);
            sums[key] = (s.Orders + t.Orders, s.Revenue + t.Revenue);
        }

        foreach (var ((influencer, index), s) in sums.OrderBy(s => s.Key.Item2))
        {
            if (!result.TryGetValue(influencer, out var list))
            {
                list = [];
                result.Add(influencer, list);
            }

            list.Add(new WeekRevenue(index, s.Orders, s.Revenue));
        }

        return result;
    }

    // A platform view's influencers are ordered by ROAS descending (undefined last): the rank is the place among the defined.
    private static Dictionary<string, (int? Platform, int PlatformRanked, int? Tier, int TierRanked)> Ranks(IReadOnlyList<PlatformReport> platforms)
    {
        var ranks = new Dictionary<string, (int?, int, int?, int)>(StringComparer.Ordinal);
        foreach (var view in platforms)
        {
            var ranked = view.Influencers.Where(i => i.Roas is not null).ToList();
            var tierCounts = ranked.GroupBy(i => i.Tier).ToDictionary(g => g.Key, g => g.Count());
            var tierPlace = new Dictionary<FollowerTier, int>();
            foreach (var (influencer, place) in ranked.Select((i, n) => (i, n + 1)))
            {
                var tier = tierPlace[influencer.Tier] = tierPlace.GetValueOrDefault(influencer.Tier) + 1;
                ranks[influencer.InfluencerId] = (place, ranked.Count, tier, tierCounts[influencer.Tier]);
            }

            foreach (var influencer in view.Influencers.Where(i => i.Roas is null))
            {
                ranks[influencer.InfluencerId] = (null, ranked.Count, null, tierCounts.GetValueOrDefault(influencer.Tier));
            }
        }

        return ranks;
    }

    private static List<BrandDetail> Brands(DataSet data, PlatformReport all, Dictionary<string, string> names)
    {
        var campaigns = new Dictionary<(string, string), (long Orders, decimal Revenue)>();
        var influencers = new Dictionary<(string, string), (long Orders, decimal Revenue)>();
        var products = new Dictionary<(string, string), (long Orders, decimal Revenue, long OrganicOrders, decimal OrganicRevenue)>();
        foreach (var t in data.Tracking)
        {
            var p = products.GetValueOrDefault((t.Brand, t.Product));
            products[(t.Brand, t.Product)] = t.IsOrganic
                ? (p.Orders, p.Revenue, p.OrganicOrders + t.Orders, p.OrganicRevenue + t.Revenue)
                : (p.Orders + t.Orders, p.Revenue + t.Revenue, p.OrganicOrders, p.OrganicRevenue);
            if (t.IsOrganic)
            {
                continue;
            }

            Add(campaigns, (t.Brand, t.Campaign), t);
            Add(influencers, (t.Brand, t.InfluencerId), t);
        }

        List<BrandShare> Shares(Dictionary<(string, string), (long Orders, decimal Revenue)> sums, string brand, Func<string, string> name, bool byRevenue)
        {
            var shares = sums.Where(s => s.Key.Item1 == brand).Select(s => new BrandShare(s.Key.Item2, name(s.Key.Item2), s.Value.Orders, s.Value.Revenue));
            return byRevenue
                ? [.. shares.OrderByDescending(s => s.Revenue).ThenBy(s => s.Key, StringComparer.Ordinal)]
                : [.. shares.OrderBy(s => s.Key, StringComparer.Ordinal)];
        }

        return [.. all.Brands.Select(b => new BrandDetail(
            b,
            Shares(campaigns, b.Brand, c => c, byRevenue: false),
            [.. products.Where(p => p.Key.Item1 == b.Brand)
                .Select(p => new BrandProduct(p.Key.Item2, p.Value.Orders, p.Value.Revenue, p.Value.OrganicOrders, p.Value.OrganicRevenue))
                .OrderByDescending(p => p.Revenue + p.OrganicRevenue).ThenBy(p => p.Product, StringComparer.Ordinal)],
            Shares(influencers, b.Brand, id => names.GetValueOrDefault(id, id), byRevenue: true)))];
    }

    private static void Add(Dictionary<(string, string), (long Orders, decimal Revenue)> sums, (string, string) key, TrackingTotal t)
    {
        var s = sums.GetValueOrDefault(key);
        sums[key] = (s.Orders + t.Orders, s.Revenue + t.Revenue);
    }
}
