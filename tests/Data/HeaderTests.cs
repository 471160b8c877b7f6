using static RoiReportGen.Tests.Data.TempDataFolder;

namespace RoiReportGen.Tests.Data;

public sealed class HeaderTests
{
    [Theory]
    [InlineData("influencer_id,name,platform,category,gender,follower_count")]
    [InlineData("Influencer ID,Name,Platform,Category,Gender,Follower Count")]
    [InlineData("influencerId,NAME,platform,category,gender,followerCount")]
    [InlineData("influencer-id, name ,PLATFORM,Category,GENDER,follower__count")]
    [InlineData("id,name,platform,category,gender,follower_count")]
    [InlineData("follower_count,gender,category,platform,name,ID")]
    public void HeaderNamesMatchIgnoringCaseSpacesUnderscoresAndDashes(string header)
    {
        var columns = header.Split(',').Select(h => h.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal)
            .Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)).ToArray();
        var values = new Dictionary<string, string>
        {
            ["INFLUENCERID"] = "I1",
            ["ID"] = "I1",
            ["NAME"] = "Asha",
            ["PLATFORM"] = "Instagram",
            ["CATEGORY"] = "Fitness",
            ["GENDER"] = "Female",
            ["FOLLOWERCOUNT"] = "1000",
        };
        var row = string.Join(",", columns.Select(c => values[c]));

        var data = LoadWith(influencers: header + "\n" + row + "\n");

        var influencer = Assert.Single(data.Influencers);
        Assert.Equal(new RoiReportGen.Data.Influencer("I1", "Asha", "Instagram", "Fitness", "Female", 1000, 2), influencer);
        Assert.Empty(data.Notices);
    }

    [Fact]
    public void IdIsAnUnknownColumnWhenInfluencerIdIsPresent()
    {
        var data = LoadWith(influencers: "id,influencer_id,name,platform,follower_count\n9,I1,Asha,Instagram,10\n");

        Assert.Equal("I1", Assert.Single(data.Influencers).Id);
        Assert.Equal(["influencers.csv: ignored unknown columns: id"], data.Notices);
    }

    [Fact]
    public void UnknownColumnsGiveOneNoticePerFile()
    {
        var data = LoadWith(
            posts: PostsHeader + ",foo,Bar Baz\np1,I1,,2025-01-01,,,10,1,1,x,y\np2,I1,,2025-01-02,,,10,1,1,x,y\n",
            payouts: "influencer_id,basis,rate,total_payout,notes\n");

        Assert.Equal(
            ["posts.csv: ignored unknown columns: foo, Bar Baz", "payouts.csv: ignored unknown columns: notes"],
            data.Notices);
        Assert.Empty(data.Issues);
    }

    [Theory]
    [InlineData("influencers.csv", "influencer_id,name,platform,gender\n", "influencers.csv:1: column 'follower_count': required column is missing")]
    [InlineData("influencers.csv", "name,platform,follower_count\n", "influencers.csv:1: column 'influencer_id': required column is missing")]
    [InlineData("posts.csv", "influencer_id,date,reach,likes\n", "posts.csv:1: column 'comments': required column is missing")]
    [InlineData("tracking_data.csv", "date,campaign,influencer_id,product,orders\n", "tracking_data.csv:1: column 'revenue': required column is missing")]
    [InlineData("payouts.csv", "influencer_id,rate,total_payout\n", "payouts.csv:1: column 'basis': required column is missing")]
    public void AMissingRequiredColumnIsFatal(string file, string content, string message)
    {
        using var folder = new TempDataFolder();
        folder.Write(file, content);

        Assert.Equal(message, folder.LoadFails());
    }

    [Fact]
    public void ADuplicateHeaderIsFatal()
    {
        var message = FailsWith(influencers: "influencer_id,name,platform,Follower Count,follower_count\nI1,A,X,1,2\n");

        Assert.Equal(
            "influencers.csv:1: column 'follower_count': appears twice in the header ('Follower Count' and 'follower_count')",
            message);
    }

    [Fact]
    public void ASemicolonSeparatedFileFailsOnItsHeader() =>
        Assert.Equal(
            "payouts.csv:1: column 'influencer_id': required column is missing",
            FailsWith(payouts: "influencer_id;basis;rate;total_payout\nI1;post;1;1\n"));
}
