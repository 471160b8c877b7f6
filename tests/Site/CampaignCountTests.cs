using System.Globalization;
using System.Text;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site;

/// <summary>
/// Issue 11 item 8: 1,000 one-day campaigns on one product and one day. Every campaign overlaps 999
/// others; listing them all in every note made a 25 MB page (3,000: out of memory). Notes now name three.
/// </summary>
[Collection(LongestFirst.Prefix + "a thousand campaigns")] // a thousand campaign pages: start it first
public sealed class CampaignCountTests : IDisposable
{
    private const int Campaigns = 1000;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_thousand_overlapping_campaigns_keep_the_page_small_and_the_notes_capped()
    {
        var data = temp.Combine("data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "influencers.csv"), "influencer_id,name,platform,follower_count\nI1,Asha,Instagram,5000\n");
        File.WriteAllText(Path.Combine(data, "posts.csv"), "influencer_id,date,reach,likes,comments\nI1,2025-03-01,1000,80,20\n");
        File.WriteAllText(Path.Combine(data, "payouts.csv"), "influencer_id,basis,rate,total_payout\nI1,post,1000,1000\n");
        var tracking = new StringBuilder("date,source,campaign,influencer_id,product,orders,revenue\n2025-01-01,organic,,,Whey,1,100\n");
        for (var i = 0; i < Campaigns; i++)
        {
            tracking.Append(CultureInfo.InvariantCulture, $"2025-03-01,instagram,Campaign {i:0000},I1,Whey,1,100\n");
        }

        File.WriteAllText(Path.Combine(data, "tracking_data.csv"), tracking.ToString());

        var run = CliRun.Of("build", "--data", data, "--out", temp.Combine("site"));
        Assert.True(run.ExitCode == 0, run.Error);

        // The campaign table (every campaign, twice: All and Instagram) is most of the page; each note is one line.
        var html = File.ReadAllText(temp.Combine("site", "index.html"));
        Assert.True(html.Length < 2_000_000, $"index.html is {html.Length} characters");
        Assert.Contains("overlaps 999 campaigns: Campaign 0001, Campaign 0002, Campaign 0003 and 996 more", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Campaign 0004, Campaign 0005", html, StringComparison.Ordinal);

        var csv = CsvDownload.Read(temp.Combine("site", "downloads", "campaign_summary.csv"));
        Assert.Equal(Campaigns, csv.Rows.Count);
        // One overlap group of 1,000, estimated together; its cell names the first 20 (ordinal) and counts the rest.
        var group = string.Join(';', Enumerable.Range(0, 20).Select(i => $"Campaign {i:0000}")) + ";… 980 more";
        Assert.All(csv.Rows, r => Assert.Equal(group, r["overlap_group"]));
        Assert.Contains("lift measured jointly for 1,000 campaigns", html, StringComparison.Ordinal);

        // The charts stay bounded: the Campaign ROAS chart's data table lists 200 and says so (the campaign table
        // lists all), and the trend shades 200 windows, not 1,000.
        Assert.Contains("The 200 campaigns with the highest ROAS of 1,000; the campaign table below lists every one.", html, StringComparison.Ordinal);
        var trend = html[html.IndexOf("id=\"view-all--fig-trend\"", StringComparison.Ordinal)..];
        trend = trend[..trend.IndexOf("</script>", StringComparison.Ordinal)];
        Assert.Equal(200, CountOf(trend, "\"layer\":\"below\""));

        // Every campaign page carries the group's picture; its table lists 20 of the 1,000 (uncapped: 1,000 rows on each
        // of 1,000 pages, 317 MB written in 100 s). This page's own campaign leads.
        var page = File.ReadAllText(temp.Combine("site", "campaigns", "campaign-0500.html"));
        Assert.True(page.Length < 100_000, $"campaign-0500.html is {page.Length} characters");
        Assert.Contains("20 of the group&#39;s 1,000 campaigns are listed", page, StringComparison.Ordinal);
        var table = page[page.IndexOf("<summary>Chart data</summary>", StringComparison.Ordinal)..];
        Assert.Equal(20, CountOf(table[..table.IndexOf("</table>", StringComparison.Ordinal)], "<tr><td>"));
        Assert.True(table.IndexOf(">Campaign 0500<", StringComparison.Ordinal) < table.IndexOf(">Campaign 0000<", StringComparison.Ordinal));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
