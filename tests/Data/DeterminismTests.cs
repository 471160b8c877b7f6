using static RoiReportGen.Tests.Data.TempDataFolder;

namespace RoiReportGen.Tests.Data;

public sealed class DeterminismTests
{
    private const string Influencers = InfluencersHeader + "\nI1,A,Instagram,,,1\nI2,B,youtube,,,x\nI3,C,YouTube,,,2\n";
    private const string Posts = PostsHeader + "\np1,I3,,2025-01-01,,,0,1,1\np2,I1,Twitter,2025-01-01,,,5,1,1\np3,I2,,2025-01-01,,,5,1,1\n";
    private const string Tracking = TrackingHeader + "\n2025-01-03,,C2,I3,,B,P,1,1\n2025-01-01,,C1,I1,,A,P,1,1\n2025-01-02,organic,,,,,Q,1,5\nbad,,,,,,,,\n";
    private const string Payouts = PayoutsHeader + "\nI1,,order,1,x,9\nI3,,post,5,,5\n";

    [Fact]
    public void LoadingTwiceGivesEqualResults()
    {
        using var folder = new TempDataFolder(Influencers, Posts, Tracking, Payouts);

        var first = folder.Load();
        var second = folder.Load();

        DataSetAssert.Equal(first, second);
    }

    [Fact]
    public void IssuesAreOrderedByFileThenLineThenColumn()
    {
        var data = LoadWith(Influencers, Posts, Tracking, Payouts);

        Assert.Equal(
            [
                "influencers.csv:3 follower_count Excluded: not a whole number [x] (youtube)",
                "posts.csv:2 reach Kept: reach is 0: left out of engagement rates [0] (YouTube)",
                "posts.csv:3 platform Corrected: post platform differs from the influencer's; counted under Instagram [Twitter] (Instagram)",
                "posts.csv:4 influencer_id Excluded: unknown influencer_id [I2] ()",
                "tracking_data.csv:5 date Excluded: not a date (use yyyy-MM-dd, dd-MM-yyyy or dd/MM/yyyy) [bad] ()",
                "payouts.csv:2 orders Corrected: not a whole number; treated as blank [x] (Instagram)",
                "payouts.csv:2 total_payout Kept: rate 1 × 1 attributed orders = 1, not 9; total_payout is used [9] (Instagram)",
            ],
            Describe(data));
        Assert.Equal(
            ["influencers.csv", "posts.csv", "tracking_data.csv", "payouts.csv"],
            data.Counts.Select(c => c.File));
    }

}
