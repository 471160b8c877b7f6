using System.Text.RegularExpressions;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site.Entities;

/// <summary>
/// Golden fragments (in the style of Scriban's own tests: the expected output is a file beside the tests) of one
/// influencer, campaign and brand page of tests/Fixtures/handchecked: the page's &lt;main&gt;, with the chart JSON
/// blocks left out (their numbers are in the chart data tables). Every number in tests/Golden/entities/README.md is
/// worked out by hand. ROIREPORT_UPDATE_GOLDEN=1 rewrites the files: then read the diff before committing it.
/// </summary>
[Collection(HandCheckedSiteGroup.Name)]
public sealed partial class EntityPageGoldenTests
{
    private readonly BuiltSite site;

    public EntityPageGoldenTests(HandCheckedSite fixture)
    {
        site = fixture.Built;
    }

    [Theory]
    [InlineData("influencers/i1.html", "influencer-i1.html")]
    [InlineData("campaigns/summerfit.html", "campaign-summerfit.html")]
    [InlineData("brands/muscleblaze.html", "brand-muscleblaze.html")]
    public void Page_main_matches_its_golden_fragment(string page, string golden)
    {
        var actual = Fragment(File.ReadAllText(Path.Combine(site.Root, page)));
        var path = Path.Combine(RepoPaths.Root, "tests", "Golden", "entities", golden);
        if (Environment.GetEnvironmentVariable("ROIREPORT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Influencer_page_numbers_are_the_hand_worked_ones()
    {
        var html = File.ReadAllText(Path.Combine(site.Root, "influencers", "i1.html"));
        // Revenue 3000 + 1500 = 4500; payout 1500 (SummerFit) + 200 (campaign-less, all to SummerFit) = 1700;
        // ROAS 4500 / 1700 = 2.647 → 2.65. Instagram: I1 2.65, I3 1000 / 1200 = 0.83 → I1 is 1 of 2.
        Assert.Contains("<div class=\"kpi-value\">2.65</div>", html, StringComparison.Ordinal);
        Assert.Contains("rank 1 of 2 on Instagram", html, StringComparison.Ordinal);
        // Posts: 100 / 1000 = 10.00%, 150 / 3000 = 5.00%; the mean 7.50%.
        Assert.Contains("<td class=\"num\">10.00%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">5.00%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"kpi-value\">7.50%</div>", html, StringComparison.Ordinal);
        // Weeks from 2025-01-01: 03-01 is day 59 → block 8 (from 2025-02-26); 03-05 is day 63 → block 9 (from 2025-03-05).
        Assert.Contains("<tr><td>2025-02-26</td><td>2</td><td>₹3,000</td><td>1</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>2025-03-05</td><td>1</td><td>₹1,500</td><td>1</td></tr>", html, StringComparison.Ordinal);
        // The report link: I1 is on Instagram.
        Assert.Contains("href=\"../index.html#view=instagram&amp;period=all\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../campaigns/summerfit.html\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_link_between_pages_leads_to_a_written_page()
    {
        foreach (var file in Directory.GetFiles(site.Root, "*.html", SearchOption.AllDirectories).Where(f => !f.EndsWith("index.html", StringComparison.Ordinal)))
        {
            foreach (Match link in Href().Matches(File.ReadAllText(file)))
            {
                var target = link.Groups[1].Value.Split('#')[0];
                Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target))), $"{file}: {target}");
            }
        }
    }

    [Fact]
    public void One_page_per_influencer_campaign_and_brand()
    {
        // 3 influencers; campaigns SummerFit and MusclePush; brands MuscleBlaze and HKVitals (organic only).
        Assert.Equal(["i1.html", "i2.html", "i3.html"], Names("influencers"));
        Assert.Equal(["musclepush.html", "summerfit.html"], Names("campaigns"));
        Assert.Equal(["hkvitals.html", "muscleblaze.html"], Names("brands"));
    }

    private string[] Names(string folder) =>
        [.. Directory.GetFiles(Path.Combine(site.Root, folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static string Fragment(string html)
    {
        var start = html.IndexOf("<main id=\"main\">", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal) + "</main>".Length;
        return JsonBlock().Replace(html[start..end], "$1…$2").ReplaceLineEndings("\n") + "\n";
    }

    [GeneratedRegex("(<script type=\"application/json\" id=\"[^\"]+\">)[^<]*(</script>)")]
    private static partial Regex JsonBlock();

    [GeneratedRegex("<a[^>]* href=\"(\\.\\./[^\"#]+(?:#[^\"]*)?)\"")]
    private static partial Regex Href();
}
