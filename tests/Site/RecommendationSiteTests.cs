using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site;

/// <summary>Issue 15 items 1 and 3 end to end: the options reach the page and the downloads, in every view.</summary>
public sealed class RecommendationSiteTests
{
    [Fact]
    public void The_target_and_thresholds_given_on_the_command_line_are_the_ones_applied_and_stated()
    {
        using var site = new BuiltSite("handchecked", "--target-roas", "2.5", "--min-posts", "1", "--min-orders", "0");
        var method = site.Document.QuerySelector("[id$='--method-text']")!.TextContent;
        Assert.Contains("incremental ROAS at least the target (2.50, option --target-roas)", method, StringComparison.Ordinal);
        Assert.Contains("fewer than 1 posts or 0 attributed orders", method, StringComparison.Ordinal);

        var csv = CsvDownload.Read(Path.Combine(site.Root, "downloads", "recommendations.csv"));
        Assert.NotEmpty(csv.Rows);
        // No influencer is too early for lack of posts or orders with these thresholds.
        Assert.DoesNotContain(csv.Rows, r => r["reason"].StartsWith("only ", StringComparison.Ordinal));
        Assert.All(csv.Rows.Where(r => r["action"] == "scale"), r => Assert.True(decimal.Parse(r["incremental_roas"], System.Globalization.CultureInfo.InvariantCulture) >= 2.5m));

        // Every view links its own recommendations.csv, and the file is there (all periods, like the other downloads).
        var links = site.Document.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")!).Where(h => h.EndsWith("/recommendations.csv", StringComparison.Ordinal)).ToList();
        Assert.Equal(site.Document.QuerySelectorAll(".view").Length, links.Count);
        Assert.All(links, h => Assert.Equal(csv.Header, CsvDownload.Read(Path.Combine(site.Root, h)).Header));
    }
}
