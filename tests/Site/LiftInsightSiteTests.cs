using System.Globalization;
using System.Text.RegularExpressions;
using RoiReportGen.Metrics.Incrementality;
using RoiReportGen.Tests.Site.Entities;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site;

/// <summary>
/// The incrementality insights on the report built from the shipped data/, in every platform view. The campaign
/// named is recomputed from that view's own campaign_summary.csv (largest attributed ROAS − iROAS, ties payout then
/// name), so the test holds whatever the estimator's numbers become; the sentence's shape is pinned, not its numbers.
/// </summary>
[Collection(ShippedSiteGroup.Name)]
public sealed partial class LiftInsightSiteTests
{
    private readonly ShippedFullSite site;

    public LiftInsightSiteTests(ShippedFullSite site) => this.site = site;

    public static TheoryData<string, string> Views => new()
    {
        { "all", "downloads" },
        { "instagram", "downloads/instagram" },
        { "twitter", "downloads/twitter" },
        { "youtube", "downloads/youtube" },
    };

    [GeneratedRegex(@"^Attributed ROAS overstates: (?<name>.+): attributed ROAS (?<roas>\d+\.\d\d) but incremental ROAS (?<iroas>−?\d+\.\d\d) \(90%: −?\d+\.\d\d–−?\d+\.\d\d\); only (?<share>−?\d+\.\d\d)% of its attributed revenue was incremental\.$")]
    private static partial Regex OverstatedSentence();

    [Theory]
    [MemberData(nameof(Views))]
    public void The_most_overstated_campaign_is_the_one_the_views_download_says(string slug, string downloads)
    {
        var rows = CsvDownload.Read(Path.Combine(site.Root, downloads, "campaign_summary.csv")).Rows;
        var expected = rows
            .Where(r => r["lift"] is LiftWords.Incremental or LiftWords.NoMeasurableLift or LiftWords.Negative
                && r["roas"].Length > 0 && r["iroas"].Length > 0)
            .Select(r => (Row: r, Gap: Number(r["roas"]) - Number(r["iroas"])))
            .Where(x => x.Gap > 0m)
            .OrderByDescending(x => x.Gap)
            .ThenByDescending(x => Number(x.Row["payout"]))
            .ThenBy(x => x.Row["campaign"], StringComparer.Ordinal)
            .Select(x => x.Row)
            .FirstOrDefault();
        var sentences = Bullets(slug).Where(b => b.StartsWith("Attributed ROAS overstates:", StringComparison.Ordinal)).ToList();

        if (expected is null)
        {
            Assert.Empty(sentences);
            return;
        }

        var match = OverstatedSentence().Match(Assert.Single(sentences));
        Assert.True(match.Success, sentences[0]);
        Assert.Equal(expected["campaign"], match.Groups["name"].Value);
        Assert.Equal(Ratio(expected["roas"]), match.Groups["roas"].Value);
        Assert.Equal(Ratio(expected["iroas"]), match.Groups["iroas"].Value.Replace('−', '-'));
        Assert.Equal((Number(expected["incremental_share"]) * 100m).ToString("0.00", CultureInfo.InvariantCulture), match.Groups["share"].Value.Replace('−', '-'));
    }

    [Fact]
    public void The_shipped_all_view_names_a_campaign_whose_attributed_roas_overstates_it()
    {
        // The simulator takes cannibalised orders out of organic sales, so some attributed revenue is not incremental.
        Assert.Single(Bullets("all"), b => OverstatedSentence().IsMatch(b));
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void No_lift_and_negative_sentences_appear_exactly_when_the_download_has_such_verdicts(string slug, string downloads)
    {
        var rows = CsvDownload.Read(Path.Combine(site.Root, downloads, "campaign_summary.csv")).Rows;
        var bullets = Bullets(slug);

        Check(LiftWords.NoMeasurableLift, "No measurable lift:");
        Check(LiftWords.Negative, "Negative lift:");

        void Check(string verdict, string label)
        {
            var names = rows.Where(r => r["lift"] == verdict).Select(r => r["campaign"]).ToList();
            var sentences = bullets.Where(b => b.StartsWith(label, StringComparison.Ordinal)).ToList();
            if (names.Count == 0)
            {
                Assert.Empty(sentences);
                return;
            }

            var sentence = Assert.Single(sentences);
            Assert.Contains(names.Count == 1 ? " one campaign, " : $" {names.Count} campaigns, ", sentence, StringComparison.Ordinal);
            Assert.Contains(names, n => sentence.Contains(n + " (iROAS ", StringComparison.Ordinal));
        }
    }

    private IReadOnlyList<string> Bullets(string slug) =>
        [.. site.Document.QuerySelector($"#view-{slug}--insights .insights")!.QuerySelectorAll("li").Select(li => li.TextContent)];

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string Ratio(string text) => Math.Round(Number(text), 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
}
