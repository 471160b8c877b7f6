namespace RoiReportGen.Data;

/// <summary>
/// The accepted posts of one influencer, aggregated while posts.csv is read: the report needs only
/// these sums, so posts are never held as one object per row.
/// </summary>
/// <param name="Posts">Every accepted post, including those with reach 0.</param>
/// <param name="Reach">Σ reach over every accepted post.</param>
/// <param name="Likes">Σ likes over every accepted post.</param>
/// <param name="Comments">Σ comments over every accepted post.</param>
/// <param name="RatedPosts">Posts with reach &gt; 0: the only ones that have an engagement rate.</param>
/// <param name="RatedEngagements">Σ (likes + comments) over the rated posts.</param>
/// <param name="RateSum">Σ of each rated post's (likes + comments) / reach, summed in file order.</param>
public sealed record PostStats(
    string InfluencerId,
    long Posts,
    long Reach,
    long Likes,
    long Comments,
    long RatedPosts,
    long RatedEngagements,
    decimal RateSum)
{
    /// <summary>No posts at all.</summary>
    public static PostStats Empty(string influencerId) => new(influencerId, 0, 0, 0, 0, 0, 0, 0m);
}
