using static RoiReportGen.Tests.Data.TempDataFolder;

namespace RoiReportGen.Tests.Data;

public sealed class PayoutConsistencyTests
{
    // I1 (Instagram) has 3 accepted posts; I2 (YouTube) has attributed orders 4 in C1 and 6 in C2.
    private const string Posts = PostsHeader + "\n"
        + "p1,I1,,2025-01-01,,,10,1,1\np2,I1,,2025-01-02,,,10,1,1\np3,I1,,2025-01-03,,,0,1,1\np4,I1,,bad,,,10,1,1\n";

    private const string Tracking = TrackingHeader + "\n"
        + "2025-01-01,,C1,I2,,MB,Whey,3,300\n"
        + "2025-01-02,,C1,I2,,MB,Whey,1,100\n"
        + "2025-01-02,,C2,I2,,MB,Bar,6,600\n"
        + "2025-01-02,organic,,,,MB,Bar,50,5000\n";

    [Fact]
    public void PostBasisComparesRateTimesAcceptedPosts()
    {
        var data = LoadWith(posts: Posts, tracking: Tracking, payouts: PayoutsHeader + "\n"
            + "I1,,post,500,,1500\n" // 2: 500 × 3 = 1500 exactly
            + "I1,,post,500,,1501\n" // 3: off by 1: within tolerance
            + "I1,,post,500,,1498.99\n" // 4: off by 1.01
            + "I1,,post,500,,2000\n" // 5
            + "I2,,post,100,,100\n"); // 6: I2 has no posts

        Assert.Equal(
            [
                "payouts.csv:4 total_payout Kept: rate 500 × 3 posts = 1500, not 1498.99; total_payout is used [1498.99] (Instagram)",
                "payouts.csv:5 total_payout Kept: rate 500 × 3 posts = 1500, not 2000; total_payout is used [2000] (Instagram)",
                "payouts.csv:6 total_payout Kept: rate 100 × 0 posts = 0, not 100; total_payout is used [100] (YouTube)",
            ],
            Describe(data).Where(d => d.StartsWith("payouts", StringComparison.Ordinal)));
    }

    [Fact]
    public void OrderBasisUsesTheRowsOrdersOrElseAttributedOrders()
    {
        var data = LoadWith(posts: Posts, tracking: Tracking, payouts: PayoutsHeader + "\n"
            + "I2,C1,order,50,12,600\n" // 2: given orders 12 × 50 = 600 ok
            + "I2,C1,order,50,12,700\n" // 3: given orders mismatch
            + "I2,C1,order,50,,200\n" // 4: campaign C1 attributed 4 × 50 = 200 ok
            + "I2,C2,order,50,,250\n" // 5: campaign C2 attributed 6 × 50 = 300: mismatch
            + "I2,,order,50,,500\n" // 6: all attributed 10 × 50 = 500 ok
            + "I2,,order,50,,499\n" // 7: within 1
            + "I2,,order,50,,498.5\n" // 8: off by 1.5
            + "I2,C9,order,50,,50\n" // 9: no orders in C9
            + "I1,,order,2.5,3,7.5\n"); // 10: decimals: 2.5 × 3 = 7.5 ok

        Assert.Equal(
            [
                "payouts.csv:3 total_payout Kept: rate 50 × 12 orders = 600, not 700; total_payout is used [700] (YouTube)",
                "payouts.csv:5 total_payout Kept: rate 50 × 6 attributed orders in campaign C2 = 300, not 250; total_payout is used [250] (YouTube)",
                "payouts.csv:8 total_payout Kept: rate 50 × 10 attributed orders = 500, not 498.5; total_payout is used [498.5] (YouTube)",
                "payouts.csv:9 total_payout Kept: rate 50 × 0 attributed orders in campaign C9 = 0, not 50; total_payout is used [50] (YouTube)",
            ],
            Describe(data).Where(d => d.StartsWith("payouts", StringComparison.Ordinal)));
        Assert.Equal(9, data.Payouts.Count);
    }
}
