using System.Text;
using RoiReportGen.Data;
using static RoiReportGen.Tests.Data.TempDataFolder;

namespace RoiReportGen.Tests.Data;

public sealed class CsvFormatTests
{
    [Fact]
    public void BomCrlfAndAQuotedNewlineKeepLineNumbersRight()
    {
        using var folder = new TempDataFolder();
        var posts = PostsHeader + "\r\n"
            + "p1,I1,,2025-01-01,,\"Line one,\r\nline \"\"two\"\" <b>\",100,5,5\r\n" // lines 2-3
            + "p2,I1,,2025-01-02,,plain,0,1,1\r\n"; // line 4: reach 0 gives an issue that names it
        folder.WriteBytes("posts.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(posts)]);

        var data = folder.Load();

        Assert.Equal(new PostStats("I1", 2, 100, 6, 6, 1, 10, 0.1m), Assert.Single(data.Posts));
        Assert.Equal(["posts.csv:4 reach Kept: reach is 0: left out of engagement rates [0] (Instagram)"], Describe(data));
    }

    [Fact]
    public void BlankLinesCountButAreNotRows()
    {
        var data = LoadWith(influencers: InfluencersHeader + "\n\nI1,A,Instagram,,,10\n\n\nI2,B,Instagram,,,x\n");

        Assert.Equal(3, Assert.Single(data.Influencers).Line);
        Assert.Equal(["influencers.csv:6 follower_count Excluded: not a whole number [x] (Instagram)"], Describe(data));
        Assert.Equal(new FileReadCounts("influencers.csv", 2, 1), data.Counts[0]);
    }

    [Fact]
    public void ValuesAreTrimmedAndQuotedValuesToo()
    {
        var data = LoadWith(influencers: InfluencersHeader + "\n  I1 ,\" Asha \",\tInstagram\t, , ,\" 10 \"\n");

        Assert.Equal(new Influencer("I1", "Asha", "Instagram", "Uncategorised", "Unspecified", 10, 2), Assert.Single(data.Influencers));
    }

    [Fact]
    public void ShortRowsReadMissingFieldsAsBlank()
    {
        var data = LoadWith(influencers: InfluencersHeader + "\nI1,A,Instagram,,,10\nI2,B,Instagram\n");

        Assert.Single(data.Influencers);
        Assert.Equal(["influencers.csv:3 follower_count Excluded: required value is blank [] (Instagram)"], Describe(data));
    }

    [Fact]
    public void ExtraNonBlankFieldsExcludeTheRowButTrailingEmptyOnesDoNot()
    {
        var data = LoadWith(influencers: InfluencersHeader + "\nI1,A,Instagram,,,10,,\nI2,Rao, Jr,Instagram,,,10\n");

        Assert.Single(data.Influencers);
        Assert.Equal(
            ["influencers.csv:3  Excluded: the row has 7 fields but the header has 6: is a comma unquoted? [10] (Jr)"],
            Describe(data));
    }

    [Fact]
    public void HindiAndEmojiSurviveUnchanged()
    {
        var data = LoadWith(influencers: InfluencersHeader + "\nI1,प्रिया शर्मा 💪,Instagram,,,10\n");

        Assert.Equal("प्रिया शर्मा 💪", Assert.Single(data.Influencers).Name);
    }
}
