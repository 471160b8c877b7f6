using System.Globalization;
using System.Text;
using RoiReportGen.Rendering.Site;
using RoiReportGen.Rendering.Workbook;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site;

/// <summary>
/// Rejected rows cost what the rows need, once: data_issues.csv is written once per platform (a month or quarter
/// links its platform's All-time file), and a page embeds only the first issues with the counts of all of them
/// (1.1 M rejected rows used to be copied into each of 17 views' files and scripts: 5 GB of memory, 2.5 GB written).
/// </summary>
public sealed class ManyIssuesTests : IDisposable
{
    private const int BadRows = 2500;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Issues_are_written_once_per_platform_and_pages_embed_the_first_ones()
    {
        var data = temp.Combine("data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "influencers.csv"), "influencer_id,name,platform,follower_count\nI1,Asha,Instagram,5000\nI2,Ravi,YouTube,9000\n");
        File.WriteAllText(Path.Combine(data, "posts.csv"), "influencer_id,date,reach,likes,comments\nI1,2025-03-01,1000,80,20\nI2,2025-04-01,1000,80,20\n");
        File.WriteAllText(Path.Combine(data, "payouts.csv"), "influencer_id,basis,rate,total_payout\nI1,post,1000,1000\nI2,post,1000,1000\n");
        var tracking = new StringBuilder("date,source,campaign,influencer_id,product,orders,revenue\n2025-03-01,instagram,Spring,I1,Whey,1,100\n2025-04-01,youtube,Glow,I2,Whey,1,100\n");
        for (var i = 0; i < BadRows; i++)
        {
            tracking.Append(CultureInfo.InvariantCulture, $"2025-03-02,instagram,Spring,I1,Whey,1,12x{i}\n");
        }

        File.WriteAllText(Path.Combine(data, "tracking_data.csv"), tracking.ToString());
        var site = temp.Combine("site");
        var run = CliRun.Of("build", "--data", data, "--out", site);
        Assert.True(run.ExitCode == 0, run.Error);

        // Once for All and once per platform, each with its own rows; never in a period's folder.
        var files = Directory.GetFiles(site, "data_issues.csv", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["downloads/data_issues.csv", "downloads/instagram/data_issues.csv", "downloads/youtube/data_issues.csv"], files);
        Assert.Equal(BadRows, CsvDownload.Read(Path.Combine(site, "downloads", "data_issues.csv")).Rows.Count);
        Assert.Equal(BadRows, CsvDownload.Read(Path.Combine(site, "downloads", "instagram", "data_issues.csv")).Rows.Count);
        Assert.Empty(CsvDownload.Read(Path.Combine(site, "downloads", "youtube", "data_issues.csv")).Rows);
        Assert.True(Directory.Exists(Path.Combine(site, "downloads", "instagram", "2025-03")));

        // A month's view links its platform's one file.
        var month = File.ReadAllText(Path.Combine(site, "views", "instagram", "2025-03.js"));
        Assert.Contains("downloads/instagram/data_issues.csv", month, StringComparison.Ordinal);
        Assert.DoesNotContain("downloads/instagram/2025-03/data_issues.csv", month, StringComparison.Ordinal);

        // The page embeds the first issues, says so, and counts every one.
        var html = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("This page lists the first 1,000 of 2,500 issues", html, StringComparison.Ordinal);
        Assert.Contains("12x999", html, StringComparison.Ordinal);
        Assert.DoesNotContain("12x1000\"", html, StringComparison.Ordinal);
        Assert.Contains(">2,500</td>", html, StringComparison.Ordinal);
        Assert.Equal(DataQualityViews.EmbeddedIssues, 1000);

        var page = File.ReadAllText(Path.Combine(site, "influencers", "i1.html"));
        Assert.Contains("The first 1,000 of its 2,500 data issues", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">12x1000<", page, StringComparison.Ordinal);
        Assert.Contains(">12x999<", page, StringComparison.Ordinal);
        Assert.True(ReportWorkbook.IssueRows >= DataQualityViews.EmbeddedIssues);
    }
}
