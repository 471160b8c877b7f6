using RoiReportGen.Data;
using static RoiReportGen.Tests.Data.TempDataFolder;

namespace RoiReportGen.Tests.Data;

public sealed class TrackingLoaderTests
{
    [Theory]
    [InlineData("organic", "", true)]
    [InlineData(" ORGANIC ", "", true)]
    [InlineData("", "", true)]
    [InlineData("organic", "I1", false)]
    [InlineData("", "I1", false)]
    [InlineData("instagram", "I1", false)]
    [InlineData("instagram", "", false)]
    [InlineData("organic search", "", false)]
    public void RowsAreOrganicOnlyWithoutAnInfluencerAndWithOrganicOrNoSource(string source, string influencer, bool organic) =>
        Assert.Equal(organic, TrackingLoader.IsOrganic(source.Trim(), influencer));

    [Fact]
    public void ClassificationDecidesWhatIsRequired()
    {
        var data = LoadWith(tracking: TrackingHeader + "\n"
            + "2025-01-01,organic,IgnoredCampaign,,u1,MB,Whey,1,100\n" // 2 organic, campaign ignored
            + "2025-01-01,,,,u2,MB,Whey,1,50\n" // 3 organic
            + "2025-01-01,organic,C1,I1,u3,MB,Whey,2,10\n" // 4 attributed
            + "2025-01-01,instagram,C1,,u4,MB,Whey,1,1\n" // 5 attributed, no influencer
            + "2025-01-01,,,I1,u5,MB,Whey,1,1\n" // 6 attributed, no campaign
            + "2025-01-01,,C1,I9,u6,MB,Whey,1,1\n"); // 7 unknown influencer

        Assert.Equal(
            [
                "tracking_data.csv:5 influencer_id Excluded: attributed row has no influencer_id [] ()",
                "tracking_data.csv:6 campaign Excluded: attributed row has no campaign [] (Instagram)",
                "tracking_data.csv:7 influencer_id Excluded: unknown influencer_id [I9] ()",
            ],
            Describe(data));
        var d = new DateOnly(2025, 1, 1);
        Assert.Equal(
            [
                new TrackingTotal(d, true, "", "", "MB", "Whey", 2, 150m, 2),
                new TrackingTotal(d, false, "C1", "I1", "MB", "Whey", 2, 10m, 1),
            ],
            data.Tracking);
    }

    [Fact]
    public void RowsAreSummedAndSortedByDateOrganicFirstThenOrdinal()
    {
        var data = LoadWith(tracking: TrackingHeader + "\n"
            + "02/01/2025,,C2,I1,,MB,Whey,1,10.5\n"
            + "2025-01-02,,C1,I2,,,Bar,2,20\n"
            + "2025-01-01,,C1,I1,,MB,Whey,3,30\n"
            + "02-01-2025,,C2,I1,,MB,Whey,4,0.25\n"
            + "2025-01-02,organic,,,,MB,Whey,5,50\n"
            + "2025-01-02,,C1,I2,,HK,Bar,6,60\n"
            + "2025-01-02,,C1,I2,,Unbranded,Bar,7,70\n");

        var d1 = new DateOnly(2025, 1, 1);
        var d2 = new DateOnly(2025, 1, 2);
        Assert.Equal(
            [
                new TrackingTotal(d1, false, "C1", "I1", "MB", "Whey", 3, 30m, 1),
                new TrackingTotal(d2, true, "", "", "MB", "Whey", 5, 50m, 1),
                new TrackingTotal(d2, false, "C1", "I2", "HK", "Bar", 6, 60m, 1),
                new TrackingTotal(d2, false, "C1", "I2", "Unbranded", "Bar", 9, 90m, 2),
                new TrackingTotal(d2, false, "C2", "I1", "MB", "Whey", 5, 10.75m, 2),
            ],
            data.Tracking);
        Assert.Equal(d1, data.TrackingStart);
        Assert.Equal(d2, data.TrackingEnd);
        Assert.Empty(data.Issues);
    }

    [Fact]
    public void EveryRowProblemIsReported()
    {
        var data = LoadWith(tracking: TrackingHeader + "\n"
            + "2025-13-01,,C1,I1,,MB,Whey,1,1\n" // 2
            + "2025-01-01,,C1,I1,,MB,,1,1\n" // 3
            + "2025-01-01,,C1,I1,,MB,Whey,-1,1\n" // 4
            + "2025-01-01,,C1,I1,,MB,Whey,1.0,1\n" // 5
            + "2025-01-01,,C1,I1,,MB,Whey,1,\"12,5O0\"\n" // 6
            + "2025-01-01,,C1,I1,,MB,Whey,1,-3.5\n" // 7
            + "2025-01-01,,C1,I1,,MB,Whey,1,NaN\n" // 8
            + "2025-01-01,,C1,I1,,MB,Whey,1,Infinity\n" // 9
            + "2025-01-01,,C1,I1,,MB,Whey,1,1e309\n" // 10
            + "2025-01-01,,C1,I1,,MB,Whey,,1\n"); // 11

        Assert.Equal(
            [
                "tracking_data.csv:2 date Excluded: not a date (use yyyy-MM-dd, dd-MM-yyyy or dd/MM/yyyy) [2025-13-01] (Instagram)",
                "tracking_data.csv:3 product Excluded: required value is blank [] (Instagram)",
                "tracking_data.csv:4 orders Excluded: negative value [-1] (Instagram)",
                "tracking_data.csv:5 orders Excluded: not a whole number [1.0] (Instagram)",
                "tracking_data.csv:6 revenue Excluded: not a number [12,5O0] (Instagram)",
                "tracking_data.csv:7 revenue Excluded: negative value [-3.5] (Instagram)",
                "tracking_data.csv:8 revenue Excluded: not a number [NaN] (Instagram)",
                "tracking_data.csv:9 revenue Excluded: not a number [Infinity] (Instagram)",
                "tracking_data.csv:10 revenue Excluded: not a number [1e309] (Instagram)",
                "tracking_data.csv:11 orders Excluded: required value is blank [] (Instagram)",
            ],
            Describe(data));
        Assert.Empty(data.Tracking);
        Assert.Null(data.TrackingStart);
        Assert.Null(data.TrackingEnd);
        Assert.Equal(new FileReadCounts("tracking_data.csv", 10, 10), data.Counts[2]);
    }

    [Fact]
    public void ProgressIsReportedEvery100000RowsAndAtTheEnd()
    {
        using var folder = new TempDataFolder();
        var rows = string.Concat(Enumerable.Repeat("2025-01-01,organic,,,,MB,Whey,1,1\n", 250_000));
        folder.Write("tracking_data.csv", TrackingHeader + "\n" + rows);
        var reported = new List<long>();

        var data = DataSetLoader.Load(folder.Path, new SyncProgress(reported.Add));

        Assert.Equal([100_000L, 200_000L, 250_000L], reported);
        Assert.Equal(new TrackingTotal(new DateOnly(2025, 1, 1), true, "", "", "MB", "Whey", 250_000, 250_000m, 250_000), Assert.Single(data.Tracking));
    }

    // Progress<T> posts to the thread pool; tests need the calls in order, now.
    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
