namespace RoiReportGen.Data;

/// <summary>Running sums of one influencer's accepted posts, in file order.</summary>
internal sealed class PostAccumulator
{
    private long posts;
    private long reach;
    private long likes;
    private long comments;
    private long ratedPosts;
    private long ratedEngagements;
    private decimal rateSum;

    public long Reach => reach;

    public long Likes => likes;

    public long Comments => comments;

    public void Add(long postReach, long postLikes, long postComments)
    {
        posts++;
        reach += postReach;
        likes += postLikes;
        comments += postComments;
        if (postReach > 0)
        {
            // A post with reach 0 has no engagement rate: it counts as a post but is left out of rates.
            ratedPosts++;
            ratedEngagements += postLikes + postComments;
            rateSum += (decimal)(postLikes + postComments) / postReach;
        }
    }

    public PostStats ToStats(string influencerId) =>
        new(influencerId, posts, reach, likes, comments, ratedPosts, ratedEngagements, rateSum);
}
