using RoiReportGen.Data;

namespace RoiReportGen.Metrics.Entities;

/// <summary>One post's engagement rate, as the influencer's headline rate averages it (SPEC 2).</summary>
public static class PostEngagement
{
    /// <summary>(likes + comments) / reach; null when reach is 0 (such a post is left out of rates).</summary>
    public static decimal? Rate(PostRow post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return Ratio.Of(post.Likes + post.Comments, post.Reach);
    }
}
