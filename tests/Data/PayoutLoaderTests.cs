using RoiReportGen.Data;
using static RoiReportGen.Tests.Data.TempDataFolder;

namespace RoiReportGen.Tests.Data;

public sealed class PayoutLoaderTests
{
    [Theory]
    [InlineData("post", "Post")]
    [InlineData("Post", "Post")]
    [InlineData("Per Post", "Post")]
    [InlineData("per_post", "Post")]
    [InlineData("perpost", "Post")]
    [InlineData("per-post", "Post")]
    [InlineData("order", "Order")]
    [InlineData("ORDER", "Order")]
    [InlineData("per_order", "Order")]
    [InlineData("Per Order", "Order")]
    public void BasisSpellingsAreAccepted(string text, string basis) =>
        Assert.Equal(Enum.Parse<PayoutBasis>(basis), PayoutLoader.ParseBasis(text));

    [Theory]
    [InlineData("per")]
    [InlineData("orders")]
    [InlineData("per view")]
    [InlineData("flat")]
    [InlineData("postorder")]
    public void OtherBasesAreRefused(string text) => Assert.Null(PayoutLoader.ParseBasis(text));

    [Fact]
    public void RowsAreReadAndEveryProblemIsReported()
    {
        var data = LoadWith(payouts: PayoutsHeader + "\n"
            + "I1,C1,Per Post,0,,0\n" // 2 ok (0 posts × 0 = 0)
            + "I2,,per_order,10,3,30\n" // 3 ok
            + ",C1,post,1,,0\n" // 4
            + "I9,C1,post,1,,0\n" // 5
            + "I1,C1,flat,1,,0\n" // 6
            + "I1,C1,,1,,0\n" // 7
            + "I1,C1,post,-1,,0\n" // 8
            + "I1,C1,post,abc,,0\n" // 9
            + "I1,C1,post,0,,\n" // 10
            + "I1,C1,post,0,,-5\n" // 11
            + "I2,,order,10,three,30\n" // 12 orders corrected to blank
            + "I2,,order,10,-3,30\n"); // 13 orders corrected to blank

        Assert.Equal(
            [
                "payouts.csv:4 influencer_id Excluded: required value is blank [] ()",
                "payouts.csv:5 influencer_id Excluded: unknown influencer_id [I9] ()",
                "payouts.csv:6 basis Excluded: basis must be post or order [flat] (Instagram)",
                "payouts.csv:7 basis Excluded: required value is blank [] (Instagram)",
                "payouts.csv:8 rate Excluded: negative value [-1] (Instagram)",
                "payouts.csv:9 rate Excluded: not a number [abc] (Instagram)",
                "payouts.csv:10 total_payout Excluded: required value is blank [] (Instagram)",
                "payouts.csv:11 total_payout Excluded: negative value [-5] (Instagram)",
                "payouts.csv:12 orders Corrected: not a whole number; treated as blank [three] (YouTube)",
                "payouts.csv:12 total_payout Kept: rate 10 × 0 attributed orders = 0, not 30; total_payout is used [30] (YouTube)",
                "payouts.csv:13 orders Corrected: negative value; treated as blank [-3] (YouTube)",
                "payouts.csv:13 total_payout Kept: rate 10 × 0 attributed orders = 0, not 30; total_payout is used [30] (YouTube)",
            ],
            Describe(data));
        Assert.Equal(
            [
                new Payout("I1", "C1", PayoutBasis.Post, 0m, null, 0m, 2),
                new Payout("I2", "", PayoutBasis.Order, 10m, 3, 30m, 3),
                new Payout("I2", "", PayoutBasis.Order, 10m, null, 30m, 12),
                new Payout("I2", "", PayoutBasis.Order, 10m, null, 30m, 13),
            ],
            data.Payouts);
        Assert.Equal(new FileReadCounts("payouts.csv", 12, 8), data.Counts[3]);
    }

    [Fact]
    public void OptionalColumnsMayBeAbsent()
    {
        var data = LoadWith(payouts: "influencer_id,basis,rate,total_payout\nI1,post,0,0\n");

        Assert.Equal(new Payout("I1", "", PayoutBasis.Post, 0m, null, 0m, 2), Assert.Single(data.Payouts));
    }

    [Fact]
    public void PaymentDatesTakeEveryDateFormatAndABadOneIsCorrectedToBlank()
    {
        // One tracking row dated 2025-03-01: the median date the --max-date-span-days window is centred on.
        var data = LoadWith(
            tracking: TrackingHeader + "\n2025-03-01,organic,,,U1,MuscleBlaze,Whey,1,100\n",
            payouts: PayoutsHeader + ",date\n"
                + "I1,C1,post,0,,0,2025-03-05\n" // 2 ISO
                + "I1,C1,post,0,,0,05-03-2025\n" // 3 day first, dashes
                + "I1,C1,post,0,,0,03/05/2025\n" // 4 day first, slashes: 3 May, never 5 March
                + "I1,C1,post,0,,0,\n" // 5 blank: undated
                + "I1,C1,post,0,,0,2025-13-01\n" // 6 not a date: corrected to blank, the payout still counts
                + "I1,C1,post,0,,0,01-03-2205\n"); // 7 outside the window: corrected to blank

        Assert.Equal(
            [
                "payouts.csv:6 date Corrected: not a date (use yyyy-MM-dd, dd-MM-yyyy or dd/MM/yyyy); treated as blank [2025-13-01] (Instagram)",
                "payouts.csv:7 date Corrected: date 2205-03-01 is more than 3650 days from the data's median date 2025-03-01 (see --max-date-span-days); treated as blank [01-03-2205] (Instagram)",
            ],
            Describe(data));
        Assert.Equal(
            [new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 5), new DateOnly(2025, 5, 3), null, null, null],
            data.Payouts.Select(p => p.Date));
        Assert.Equal(new FileReadCounts("payouts.csv", 6, 0), data.Counts[3]);
    }
}
