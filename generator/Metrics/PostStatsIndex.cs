using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>Post sums by influencer id.</summary>
internal static class PostStatsIndex
{
    /// <summary>
    /// The loader gives one entry per influencer; should an id still come twice, its sums are added
    /// rather than one entry silently winning.
    /// </summary>
    public static Dictionary<string, PostStats> ByInfluencer(IEnumerable<PostStats> posts)
    {
        var index = new Dictionary<string, PostStats>(StringComparer.Ordinal);
        foreach (var p in posts)
        {
            index[p.InfluencerId] = index.TryGetValue(p.InfluencerId, out var seen)
                ? new PostStats(
                    p.InfluencerId,
                    seen.Posts + p.Posts,
                    seen.Reach + p.Reach,
                    seen.Likes + p.Likes,
                    seen.Comments + p.Comments,
                    seen.RatedPosts + p.RatedPosts,
                    seen.RatedEngagements + p.RatedEngagements,
                    seen.RateSum + p.RateSum)
                : p;
        }

        return index;
    }
}
