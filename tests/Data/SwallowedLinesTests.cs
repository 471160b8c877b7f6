using RoiReportGen.Data;
using static RoiReportGen.Tests.Data.TempDataFolder;

namespace RoiReportGen.Tests.Data;

/// <summary>
/// Issue 11, item 9: a quote left open swallows the lines after it. Corpus cases 141 and 142 show the rule on
/// tracking_data.csv and posts.csv; these check the parts a corpus case cannot: the parallel read, and the files
/// without free text.
/// </summary>
public sealed class SwallowedLinesTests
{
    private const string Tracking = TrackingHeader + "\n"
        + "2025-01-01,organic,,,U1,MB,Whey,1,1000\n"
        + "2025-03-01,instagram,Spring,I1,\"U2,MB,Whey,2,3000\n"
        + "2025-03-02,youtube,Spring,I2,U3,MB,Whey,1,1500\n"
        + "2025-03-04,instagram,Glow,I2,U4 \"vip\",MB,Whey,3,1200\n"
        + "2025-03-05,instagram,Glow,I2,U5,MB,Whey,1,100\n";

    [Fact]
    public void The_parallel_read_excludes_the_same_swallowing_record_as_one_thread()
    {
        using var folder = new TempDataFolder(tracking: Tracking);
        var sequential = DataSetLoader.Load(folder.Path, null, new TrackingReadOptions(long.MaxValue, 1));
        var parallel = DataSetLoader.Load(folder.Path, null, new TrackingReadOptions(0, 2));

        string[] expected =
        [
            "tracking_data.csv:3 user_id Excluded: a quoted value runs on to line 5, swallowing lines 4-5 into this row "
            + "(the quote that closes it is followed by text): is a quote left open? The row is left out [U2,MB,Whey,2,3000] (Instagram)",
        ];
        Assert.Equal(expected, Describe(sequential));
        Assert.Equal(expected, Describe(parallel));
        Assert.Equal(sequential.Tracking, parallel.Tracking);
        Assert.Equal(2, sequential.Tracking.Count);
    }

    [Fact]
    public void A_line_break_in_a_name_is_a_swallowing_quote_too()
    {
        var data = LoadWith(influencers: InfluencersHeader + "\nI1,\"Asha\nI2\",X,,,10\nI3,Ravi,Y,,,20\n");

        Assert.Equal(
            ["influencers.csv:2 name Excluded: a quoted value runs on to line 3, swallowing line 3 into this row (name cannot hold a line break): is a quote left open? The row is left out [Asha] (X)"],
            Describe(data));
        Assert.Equal("I3", Assert.Single(data.Influencers).Id);
    }
}
