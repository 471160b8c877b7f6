using RoiReportGen.Data;
using static RoiReportGen.Tests.Data.TempDataFolder;

namespace RoiReportGen.Tests.Data;

public sealed class InfluencerLoaderTests
{
    [Fact]
    public void EveryRowProblemIsReportedWithLineColumnValueAndAction()
    {
        var data = LoadWith(influencers: InfluencersHeader + "\n"
            + "I1,Asha,Instagram,Fitness,Female,1000\n" // 2 ok
            + ",Blank Id,Instagram,,,5\n" // 3
            + "I3,,YouTube,,,5\n" // 4
            + "I4,No Platform,,,,5\n" // 5
            + "I5,Neg,instagram,,,-5\n" // 6
            + "I6,Dec,Instagram,,,12.0\n" // 7
            + "I1,Again,YouTube,,,7\n" // 8
            + "i1,Case,Twitter,,,8\n"); // 9 ok: ids are case-sensitive

        Assert.Equal(
            [
                "influencers.csv:3 influencer_id Excluded: required value is blank [] (Instagram)",
                "influencers.csv:4 name Excluded: required value is blank [] (YouTube)",
                "influencers.csv:5 platform Excluded: required value is blank [] ()",
                "influencers.csv:6 follower_count Excluded: negative value [-5] (Instagram)",
                "influencers.csv:7 follower_count Excluded: not a whole number [12.0] (Instagram)",
                "influencers.csv:8 influencer_id Excluded: duplicate influencer_id, first seen on line 2 [I1] (YouTube)",
            ],
            Describe(data));
        Assert.Equal(["I1", "i1"], data.Influencers.Select(i => i.Id));
        Assert.Equal(new FileReadCounts("influencers.csv", 8, 6), data.Counts[0]);
    }

    [Fact]
    public void OnlyTheFirstProblemOfARowIsReported()
    {
        var data = LoadWith(influencers: InfluencersHeader + "\nI1,A,Instagram,,,1\nI2,,,,,x\n");

        Assert.Equal(["influencers.csv:3 name Excluded: required value is blank [] ()"], Describe(data));
    }

    [Fact]
    public void BlankCategoryAndGenderGetDefaultsWithoutAnIssue()
    {
        var data = LoadWith(influencers: InfluencersHeader + "\nI1,A,Instagram,,,0\n");

        Assert.Equal(new Influencer("I1", "A", "Instagram", "Uncategorised", "Unspecified", 0, 2), Assert.Single(data.Influencers));
        Assert.Empty(data.Issues);
    }

    [Fact]
    public void CategoryAndGenderColumnsAreOptional()
    {
        var data = LoadWith(influencers: "influencer_id,name,platform,follower_count\nI1,A,Instagram,3\n");

        Assert.Equal(new Influencer("I1", "A", "Instagram", "Uncategorised", "Unspecified", 3, 2), Assert.Single(data.Influencers));
    }

    [Fact]
    public void PlatformsFoldToTheFirstSpellingOfAnAcceptedRow()
    {
        var data = LoadWith(influencers: InfluencersHeader + "\n"
            + "I0,Bad,INSTAGRAM,,,x\n" // excluded: does not decide the spelling
            + "I1,A,instagram,,,1\n"
            + "I2,B,Instagram,,,1\n"
            + "I3,C,YOUTUBE,,,1\n"
            + "I4,D,YouTube,,,1\n");

        Assert.Equal(["instagram", "instagram", "YOUTUBE", "YOUTUBE"], data.Influencers.Select(i => i.Platform));
    }
}
