using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>Influencers grouped by platform × category × gender × follower tier.</summary>
internal static class PersonaCalculator
{
    /// <summary>Personas ordered by platform, category, gender (ordinal), then tier.</summary>
    public static IReadOnlyList<PersonaSummary> Compute(IReadOnlyList<InfluencerSummary> influencers, IEnumerable<PostStats> posts)
    {
        var postIndex = PostStatsIndex.ByInfluencer(posts);
        return influencers
            .GroupBy(i => (i.Platform, i.Category, i.Gender, i.Tier))
            .Select(g =>
            {
                var stats = g.Select(i => postIndex.GetValueOrDefault(i.InfluencerId) ?? PostStats.Empty(i.InfluencerId)).ToList();
                var revenue = g.Sum(i => i.Revenue);
                var payout = g.Sum(i => i.Payout);
                return new PersonaSummary(
                    g.Key.Platform,
                    g.Key.Category,
                    g.Key.Gender,
                    g.Key.Tier,
                    g.Count(),
                    g.Sum(i => i.Posts),
                    g.Sum(i => i.Orders),
                    revenue,
                    payout,
                    Ratio.Of(revenue, payout),
                    revenue - payout,
                    // The mean over all the persona's rated posts, not a mean of influencer means:
                    // an influencer with 40 posts weighs 40 times one with a single post.
                    Ratio.Of(stats.Sum(s => s.RateSum), stats.Sum(s => s.RatedPosts)),
                    Ratio.Of(stats.Sum(s => s.RatedEngagements), stats.Sum(s => s.Reach)));
            })
            .OrderBy(p => p.Platform, StringComparer.Ordinal)
            .ThenBy(p => p.Category, StringComparer.Ordinal)
            .ThenBy(p => p.Gender, StringComparer.Ordinal)
            .ThenBy(p => p.Tier)
            .ToList();
    }
}
