using System.Globalization;
using RoiReportGen.Data;

namespace RoiReportGen.Simulation;

/// <summary>Places campaigns on the calendar and decides which influencers take part in which.</summary>
internal static class CampaignPlanner
{
    /// <summary>
    /// Days of data every campaign keeps before its start: the counterfactual estimator's default 56-day
    /// pre-period (SPEC 2), which also covers the naive method's 28 days.
    /// </summary>
    public const int PreCampaignDays = 56;

    private static readonly string[] Cities =
    [
        "Delhi", "Mumbai", "Bengaluru", "Hyderabad", "Chennai", "Kolkata", "Pune", "Ahmedabad", "Jaipur", "Lucknow",
        "Chandigarh", "Kochi", "Indore", "Bhopal", "Surat", "Nagpur", "Guwahati", "Dehradun", "Goa", "Coimbatore",
    ];

    public static IReadOnlyList<SimulatedCampaign> Plan(
        IReadOnlyList<SimulatedInfluencer> influencers, SimulationOptions options, SplitMix64 rng)
    {
        // Campaigns grow with the roster (sqrt) and their number makes up the rest,
        // so 60 influencers give 8 campaigns of 6–20 and 10,000 give ~130 of 50–160.
        var scale = Math.Max(1, Math.Sqrt(influencers.Count / 150.0));
        var sizeMin = (int)Math.Round(6 * scale);
        var sizeMax = (int)Math.Round(20 * scale);
        var participations = influencers.Select(i => i.Basis == PayoutBasis.Post ? 1 : DrawCampaignCount(rng)).ToArray();
        var count = Math.Max(CampaignTemplate.BaseYear.Count, (int)Math.Round(participations.Sum() / ((sizeMin + sizeMax) / 2.0)));

        var scheduled = new List<SimulatedCampaign>(count);
        for (var i = 0; i < count; i++)
        {
            scheduled.Add(Schedule(i, options, rng));
        }

        var campaigns = Separate(scheduled, options, rng);

        var capacity = campaigns.Select(_ => (double)rng.NextInt(sizeMin, sizeMax)).ToArray();
        var weights = new double[campaigns.Count];
        var joined = new List<int>(3);
        foreach (var influencer in rng.Shuffle(influencers))
        {
            joined.Clear();
            for (var k = 0; k < participations[influencer.Index] && k < campaigns.Count; k++)
            {
                for (var c = 0; c < campaigns.Count; c++)
                {
                    // A little weight stays on full campaigns so nobody is left without one.
                    weights[c] = joined.Contains(c)
                        ? 0
                        : PersonaAffinity.Of(influencer.Category, campaigns[c].Brand) * Math.Max(capacity[c] - campaigns[c].Members.Count, 0.05);
                }

                var pick = new WeightedIndex(weights).Pick(rng);
                joined.Add(pick);
                campaigns[pick].Members.Add(influencer);
            }
        }

        FillSmallCampaigns(campaigns, influencers, Math.Min(sizeMin, influencers.Count), rng);
        campaigns.RemoveAll(c => c.Members.Count == 0);
        foreach (var campaign in campaigns)
        {
            campaign.Seal();
        }

        return [.. campaigns.OrderBy(c => c.Start).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    private static SimulatedCampaign Schedule(int ordinal, SimulationOptions options, SplitMix64 rng)
    {
        var template = CampaignTemplate.BaseYear[ordinal % CampaignTemplate.BaseYear.Count];
        var round = ordinal / CampaignTemplate.BaseYear.Count;
        var earliest = options.FirstDay.AddDays(PreCampaignDays);
        var start = new DateOnly(earliest.Year, template.Month, Math.Min(template.Day, 28));
        if (start < earliest)
        {
            // A season that opens within four weeks of the data's pre-period runs late; an earlier one waits a year.
            start = earliest.DayNumber - start.DayNumber <= 28 ? earliest : start.AddYears(1);
        }

        var days = template.Weeks * 7;
        if (round == 0)
        {
            return Build(template.Name, template, Products(template), start, days, options, template.RoasFactor);
        }

        // Regional re-runs of a base campaign: its brand, its season give or take three weeks,
        // 2–4 of the brand's products and a ROAS of their own.
        var city = Cities[(round - 1) % Cities.Length];
        var lap = ((round - 1) / Cities.Length) + 1;
        var name = lap == 1 ? $"{template.Name} {city}" : string.Create(CultureInfo.InvariantCulture, $"{template.Name} {city} {lap}");
        var brandProducts = ProductCatalog.PromotedOfBrand(template.Brand);
        var products = rng.Shuffle(brandProducts).Take(rng.NextInt(2, Math.Min(4, brandProducts.Count))).ToList();
        return Build(name, template, products, start.AddDays(rng.NextInt(-21, 21)), rng.NextInt(2, 6) * 7, options,
            template.RoasFactor * rng.NextLogNormal(1, 0.3));
    }

    private static SimulatedCampaign Build(
        string name, CampaignTemplate template, IReadOnlyList<Product> products, DateOnly start, int days,
        SimulationOptions options, double roasFactor)
    {
        // Keep the window inside the data and after the pre-period, shortening it only if the data is very short.
        var earliest = options.FirstDay.AddDays(PreCampaignDays);
        days = Math.Min(days, options.LastDay.DayNumber - earliest.DayNumber + 1);
        if (start.AddDays(days - 1) > options.LastDay)
        {
            start = options.LastDay.AddDays(1 - days);
        }

        if (start < earliest)
        {
            start = earliest;
        }

        return new SimulatedCampaign(name, template.Brand, products, start, start.AddDays(days - 1), template.Volume, roasFactor);
    }

    /// <summary>
    /// The overlap knob: each campaign in turn stays where its season put it with probability
    /// <see cref="SimulationOptions.Overlap"/>; otherwise, if it runs on a product of a campaign already placed at
    /// the same time, it moves to the nearest week (either way, inside the data and after the pre-period) where it
    /// does not. With no such week it stays.
    /// </summary>
    private static List<SimulatedCampaign> Separate(List<SimulatedCampaign> scheduled, SimulationOptions options, SplitMix64 rng)
    {
        var earliest = options.FirstDay.AddDays(PreCampaignDays);
        var placed = new List<SimulatedCampaign>(scheduled.Count);
        foreach (var campaign in scheduled)
        {
            // Drawn for every campaign, so the knob does not shift the draws that follow.
            var stays = rng.NextDouble() < options.Overlap;
            if (stays || !Clashes(campaign, campaign.Start, placed))
            {
                placed.Add(campaign);
                continue;
            }

            var latest = options.LastDay.AddDays(1 - campaign.Days);
            var moved = campaign;
            for (var weeks = 1; weeks <= 60 && ReferenceEquals(moved, campaign); weeks++)
            {
                foreach (var start in (DateOnly[])[campaign.Start.AddDays(7 * weeks), campaign.Start.AddDays(-7 * weeks)])
                {
                    if (start >= earliest && start <= latest && !Clashes(campaign, start, placed))
                    {
                        moved = campaign.MovedTo(start);
                        break;
                    }
                }
            }

            placed.Add(moved);
        }

        return placed;
    }

    private static bool Clashes(SimulatedCampaign campaign, DateOnly start, List<SimulatedCampaign> placed)
    {
        var end = start.AddDays(campaign.Days - 1);
        return placed.Exists(p => p.Start <= end && start <= p.End && p.Products.Any(campaign.Sells));
    }

    private static IReadOnlyList<Product> Products(CampaignTemplate template) => [.. template.ProductNames.Select(ProductCatalog.Get)];

    /// <summary>Order-basis influencers join one to three campaigns; post-basis ones exactly one (see PayoutGenerator).</summary>
    private static int DrawCampaignCount(SplitMix64 rng) => rng.NextDouble() switch
    {
        < 0.5 => 1,
        < 0.85 => 2,
        _ => 3,
    };

    private static void FillSmallCampaigns(
        List<SimulatedCampaign> campaigns, IReadOnlyList<SimulatedInfluencer> influencers, int minimum, SplitMix64 rng)
    {
        foreach (var campaign in campaigns)
        {
            // Only order-basis influencers may take an extra campaign: a post-basis one is paid
            // for all its posts in one row, which must name its only campaign.
            if (campaign.Members.Count >= minimum)
            {
                continue;
            }

            var present = campaign.Members.Select(m => m.Index).ToHashSet();
            var candidates = influencers
                .Where(i => i.Basis == PayoutBasis.Order && !present.Contains(i.Index))
                .ToList();
            while (campaign.Members.Count < minimum && candidates.Count > 0)
            {
                var pick = new WeightedIndex([.. candidates.Select(i => PersonaAffinity.Of(i.Category, campaign.Brand))]).Pick(rng);
                campaign.Members.Add(candidates[pick]);
                candidates.RemoveAt(pick);
            }
        }
    }
}
