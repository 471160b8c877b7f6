using RoiReportGen.Data;
using static RoiReportGen.Tests.Data.TempDataFolder;

namespace RoiReportGen.Tests.Data;

public sealed class PostLoaderTests
{
    [Fact]
    public void PostsAreSummedPerInfluencerInInfluencerFileOrder()
    {
        var data = LoadWith(posts: PostsHeader + "\n"
            + "p1,I2,,2025-01-01,,,200,10,10\n" // rate 0.1
            + "p2,I1,,2025-01-01,,,300,20,10\n" // rate 0.1
            + "p3,I2,,2025-01-02,,,300,90,10\n" // rate 1/3
            + "p4,I2,,2025-01-03,,,0,4,1\n"); // reach 0: counted, not rated

        Assert.Equal(
            [
                new PostStats("I1", 1, 300, 20, 10, 1, 30, 0.1m),
                new PostStats("I2", 3, 500, 104, 21, 2, 120, 0.1m + (100m / 300m)),
            ],
            data.Posts);
        Assert.Equal(["posts.csv:5 reach Kept: reach is 0: left out of engagement rates [0] (YouTube)"], Describe(data));
    }

    [Fact]
    public void EveryRowProblemIsReported()
    {
        var data = LoadWith(posts: PostsHeader + "\n"
            + "p1,,,2025-01-01,,,1,1,1\n" // 2
            + "p2,I9,,2025-01-01,,,1,1,1\n" // 3
            + "p3,I1,,12/31/2025,,,1,1,1\n" // 4
            + "p4,I1,,2025-02-30,,,1,1,1\n" // 5
            + "p5,I1,,,,,1,1,1\n" // 6
            + "p6,I1,,2025-01-01,,,-1,1,1\n" // 7
            + "p7,I1,,2025-01-01,,,1,1.5,1\n" // 8
            + "p8,I1,,2025-01-01,,,1,1,\n" // 9
            + "p9,I1,,2025-01-01,,,1,1,1\n"); // 10 ok

        Assert.Equal(
            [
                "posts.csv:2 influencer_id Excluded: required value is blank [] ()",
                "posts.csv:3 influencer_id Excluded: unknown influencer_id [I9] ()",
                "posts.csv:4 date Excluded: not a date (use yyyy-MM-dd, dd-MM-yyyy or dd/MM/yyyy) [12/31/2025] (Instagram)",
                "posts.csv:5 date Excluded: not a date (use yyyy-MM-dd, dd-MM-yyyy or dd/MM/yyyy) [2025-02-30] (Instagram)",
                "posts.csv:6 date Excluded: required value is blank [] (Instagram)",
                "posts.csv:7 reach Excluded: negative value [-1] (Instagram)",
                "posts.csv:8 likes Excluded: not a whole number [1.5] (Instagram)",
                "posts.csv:9 comments Excluded: required value is blank [] (Instagram)",
            ],
            Describe(data));
        Assert.Equal(new PostStats("I1", 1, 1, 1, 1, 1, 2, 2m), Assert.Single(data.Posts));
        Assert.Equal(new FileReadCounts("posts.csv", 9, 8), data.Counts[1]);
    }

    [Fact]
    public void AllThreeDateFormatsAreAccepted()
    {
        var data = LoadWith(posts: PostsHeader + "\np1,I1,,2025-03-07,,,1,0,0\np2,I1,,07-03-2025,,,1,0,0\np3,I1,,07/03/2025,,,1,0,0\n");

        Assert.Empty(data.Issues);
        Assert.Equal(3, Assert.Single(data.Posts).Posts);
    }

    [Fact]
    public void APostOnAnotherPlatformIsCorrectedToTheInfluencersPlatform()
    {
        var data = LoadWith(posts: PostsHeader + "\n"
            + "p1,I1,,2025-01-01,,,10,1,0\n" // blank: the influencer's
            + "p2,I1,INSTAGRAM,2025-01-01,,,10,1,0\n" // same platform, other case: fine
            + "p3,I1,youtube,2025-01-01,,,10,1,0\n" // differs
            + "p4,I1,TikTok,2025-01-01,,,0,1,0\n"); // differs, and reach 0

        Assert.Equal(
            [
                "posts.csv:4 platform Corrected: post platform differs from the influencer's; counted under Instagram [youtube] (Instagram)",
                "posts.csv:5 platform Corrected: post platform differs from the influencer's; counted under Instagram [TikTok] (Instagram)",
                "posts.csv:5 reach Kept: reach is 0: left out of engagement rates [0] (Instagram)",
            ],
            Describe(data));
        Assert.Equal(4, Assert.Single(data.Posts).Posts);
    }

    [Fact]
    public void AnExcludedRowKeepsOnlyItsExcludedIssue()
    {
        var data = LoadWith(posts: PostsHeader + "\np1,I1,YouTube,2025-01-01,,,0,x,0\n");

        Assert.Equal(["posts.csv:2 likes Excluded: not a whole number [x] (Instagram)"], Describe(data));
        Assert.Empty(data.Posts);
    }

    [Fact]
    public void OptionalColumnsMayBeAbsent()
    {
        var data = LoadWith(posts: "influencer_id,date,reach,likes,comments\nI1,2025-01-01,10,1,1\n");

        Assert.Equal(new PostStats("I1", 1, 10, 1, 1, 1, 2, 0.2m), Assert.Single(data.Posts));
    }
}
