using System.Text;
using RoiReportGen.Data;
using static RoiReportGen.Tests.Data.TempDataFolder;

namespace RoiReportGen.Tests.Data;

public sealed class FileErrorTests
{
    [Theory]
    [InlineData("influencers.csv")]
    [InlineData("posts.csv")]
    [InlineData("tracking_data.csv")]
    [InlineData("payouts.csv")]
    public void AMissingFileIsFatal(string file)
    {
        using var folder = new TempDataFolder();
        folder.Delete(file);

        var error = Assert.Throws<InputFileException>(folder.Load);

        Assert.Equal(file, error.File);
        Assert.Equal(0, error.Line);
        Assert.Equal($"{file}:0: file not found in '{folder.Path}'", error.Message);
    }

    [Fact]
    public void AMissingFolderNamesTheFirstFile()
    {
        var error = Assert.Throws<InputFileException>(() => DataSetLoader.Load("/nonexistent/roi-data"));

        Assert.Equal("influencers.csv:0: file not found in '/nonexistent/roi-data'", error.Message);
    }

    [Theory]
    [InlineData("influencers.csv")]
    [InlineData("posts.csv")]
    [InlineData("tracking_data.csv")]
    [InlineData("payouts.csv")]
    public void AnEmptyOrBomOnlyFileIsFatalAtLine1(string file)
    {
        using var folder = new TempDataFolder();
        foreach (var content in new[] { Array.Empty<byte>(), [0xEF, 0xBB, 0xBF], "\n\n"u8.ToArray() })
        {
            folder.WriteBytes(file, content);
            Assert.Equal($"{file}:1: the file is empty: it has no header line", folder.LoadFails());
        }
    }

    [Fact]
    public void InfluencersWithOnlyAHeaderIsFatal() =>
        Assert.Equal(
            "influencers.csv:1: no influencers: the file has no data rows",
            FailsWith(influencers: InfluencersHeader + "\n"));

    [Fact]
    public void InfluencersWithEveryRowExcludedIsFatal() =>
        Assert.Equal(
            "influencers.csv:2: column 'follower_count': no influencers: all 2 rows were excluded; the first because 'many': not a whole number",
            FailsWith(influencers: InfluencersHeader + "\nI1,A,X,,,many\nI2,B,X,,,\n"));

    [Fact]
    public void AnUnterminatedQuoteIsFatalAtTheLineItOpens()
    {
        var posts = PostsHeader + "\np1,I1,,2025-01-01,,ok,10,1,1\np2,I1,,2025-01-01,,\"never closed,10,1,1\np3,I1,,2025-01-01,,ok,10,1,1\n";

        Assert.Equal("posts.csv:3: a quoted value opened on this line is never closed", FailsWith(posts: posts));
    }

    [Fact]
    public void AQuoteLeftOpenInALargeFileStopsAt4MegabytesWithTheLineItOpens()
    {
        var filler = string.Concat(Enumerable.Repeat("2025-01-01,organic,,,,MB,Whey,1,100\n", 150_000));
        var tracking = TrackingHeader + "\n2025-01-01,organic,,,,MB,Whey,1,100\n2025-01-01,organic,,,,\"MB,Whey,1,100\n" + filler;

        Assert.Equal(
            "tracking_data.csv:3: a record is longer than 4 MB: is a quote left open?",
            FailsWith(tracking: tracking));
    }

    [Fact]
    public void StrayQuotesAreReadAsText()
    {
        var data = LoadWith(influencers: InfluencersHeader + "\nI1,Asha \"The Lifter\" Rao,Instagram,,,10\n");

        Assert.Equal("Asha \"The Lifter\" Rao", Assert.Single(data.Influencers).Name);
    }

    [Fact]
    public void InvalidUtf8IsReadWithReplacementCharacters()
    {
        using var folder = new TempDataFolder();
        folder.WriteBytes("influencers.csv", [.. Encoding.UTF8.GetBytes(InfluencersHeader + "\nI1,A"), 0xFF, 0xC3, .. ",Instagram,,,10\n"u8]);

        var influencer = Assert.Single(folder.Load().Influencers);

        Assert.Equal("A\uFFFD\uFFFD", influencer.Name);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void BinaryGarbageNeverThrowsAnythingButInputFileException(int seed)
    {
        var random = new Random(seed);
        foreach (var file in new[] { "influencers.csv", "posts.csv", "tracking_data.csv", "payouts.csv" })
        {
            using var folder = new TempDataFolder(
                posts: PostsHeader + "\np1,I1,,2025-01-01,,,10,1,1\n",
                tracking: TrackingHeader + "\n2025-01-01,,,,,,P,1,1\n",
                payouts: PayoutsHeader + "\nI1,,post,1,,1\n");
            var garbage = new byte[4096];
            random.NextBytes(garbage);
            var header = file switch
            {
                "influencers.csv" => InfluencersHeader,
                "posts.csv" => PostsHeader,
                "tracking_data.csv" => TrackingHeader,
                _ => PayoutsHeader,
            };

            // Garbage alone (fails on the header) and garbage after a valid header (row-level or fatal).
            foreach (var content in new[] { garbage, [.. Encoding.UTF8.GetBytes(header + "\n"), .. garbage] })
            {
                folder.WriteBytes(file, content);
                try
                {
                    folder.Load();
                }
                catch (InputFileException)
                {
                    // Expected for most garbage.
                }
            }
        }
    }
}
