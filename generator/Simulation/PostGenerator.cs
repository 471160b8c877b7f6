using RoiReportGen.Data;

namespace RoiReportGen.Simulation;

/// <summary>Creates each campaign member's posts: dates in the window, reach, likes and comments.</summary>
internal static class PostGenerator
{
    /// <summary>The posts in date order (then influencer, then sequence), ready for ids.</summary>
    public static IReadOnlyList<SimulatedPost> Generate(IReadOnlyList<SimulatedCampaign> campaigns, SplitMix64 rng)
    {
        var posts = new List<SimulatedPost>();
        foreach (var campaign in campaigns)
        {
            foreach (var influencer in campaign.Members)
            {
                // Post-basis deals buy a fixed number of deliverables; order-basis creators post less.
                var count = influencer.Basis == PayoutBasis.Post ? rng.NextInt(2, 4) : rng.NextInt(1, 3);
                for (var k = 0; k < count; k++)
                {
                    // The first post lands in the launch week, the rest anywhere in the window.
                    var offset = k == 0 ? rng.NextInt(Math.Min(6, campaign.Days - 1) + 1) : rng.NextInt(campaign.Days);
                    posts.Add(Create(influencer, campaign, campaign.Start.AddDays(offset), posts.Count, rng));
                }
            }
        }

        posts.Sort(static (a, b) =>
        {
            var byDate = a.Date.CompareTo(b.Date);
            return byDate != 0 ? byDate : a.Sequence.CompareTo(b.Sequence);
        });
        return posts;
    }

    private static SimulatedPost Create(
        SimulatedInfluencer influencer, SimulatedCampaign campaign, DateOnly date, int sequence, SplitMix64 rng)
    {
        var product = campaign.PickProduct(rng);
        var caption = CaptionWriter.Write(influencer, campaign, product, rng);
        var url = PostUrlBuilder.Build(influencer, rng);

        // Reach is a share of followers that differs by platform; a rare post goes viral.
        var share = influencer.Platform switch
        {
            "YouTube" => rng.NextLogNormal(0.30, 0.5),
            "Twitter" => rng.NextLogNormal(0.10, 0.5),
            _ => rng.NextLogNormal(0.28, 0.4),
        };
        if (rng.Chance(0.02))
        {
            share *= rng.NextDouble(3, 8);
        }

        var reach = Math.Max(1, (long)Math.Round(influencer.Followers * share));
        var interactions = (long)Math.Round(reach * influencer.EngagementRate * rng.NextLogNormal(1, 0.25));
        var commentShare = influencer.Platform switch
        {
            "YouTube" => rng.NextDouble(0.05, 0.10),
            "Twitter" => rng.NextDouble(0.10, 0.20),
            _ => rng.NextDouble(0.02, 0.06),
        };
        var comments = (long)Math.Round(interactions * commentShare);

        // About one post in two hundred comes without a reach figure (an export gap); the
        // report leaves such posts out of engagement rates and says so.
        if (rng.Chance(0.005))
        {
            reach = 0;
        }

        return new SimulatedPost(influencer, date, sequence, url, caption, reach, interactions - comments, comments);
    }
}
