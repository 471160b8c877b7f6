using System.Globalization;
using System.Text.Json;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Periods;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Csv;
using RoiReportGen.Rendering.Site;
using RoiReportGen.Tests.Site.Entities;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site.Periods;

/// <summary>
/// Where the period metrics meet the page (issue 13), on the real shipped data built by the command line: what a
/// month's or quarter's view shows (its Δ ROAS columns, its KPI changes, its runs-past marks) equals what the two
/// periods' own CSV downloads say, worked out here from those files, and equals PlatformReport.Comparison.
/// </summary>
[Collection(ShippedSiteGroup.Name)]
public sealed class ShippedPeriodSeamTests(ShippedFullSite site)
{
    // The shipped rows run from 2025-04-01 to 2026-03-31 (README, "The shipped data"): financial year 2025-26.
    private static readonly string[] Quarters = ["fy2025-26-q1", "fy2025-26-q2", "fy2025-26-q3", "fy2025-26-q4"];
    private static readonly string[] Months =
        ["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"];

    private static readonly string[] Platforms = ["all", "instagram", "twitter", "youtube"];

    /// <summary>Each month and quarter with the one before it of the same kind; the first of each has none.</summary>
    public static TheoryData<string, string> Pairs()
    {
        var pairs = new TheoryData<string, string>();
        foreach (var kind in new[] { Quarters, Months })
        {
            for (var i = 1; i < kind.Length; i++)
            {
                pairs.Add(kind[i - 1], kind[i]);
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_campaign_and_influencer_tables_carry_delta_roas_equal_to_the_two_periods_csvs(string previous, string period)
    {
        foreach (var platform in Platforms)
        {
            var comparison = View(platform, period).Comparison;
            Assert.NotNull(comparison);
            Assert.Equal(previous, comparison!.Previous.Slug);
            CheckRoasChanges(platform, previous, period, "campaigns", "campaign_summary.csv", "campaign", comparison.CampaignRoasChange);
            CheckRoasChanges(platform, previous, period, "influencers", "influencer_summary.csv", "influencer_id", comparison.InfluencerRoasChange);
        }
    }

    [Fact]
    public void The_first_quarter_and_month_have_no_comparison_and_no_delta_roas_column()
    {
        foreach (var platform in Platforms)
        {
            foreach (var first in new[] { Quarters[0], Months[0] })
            {
                Assert.Null(View(platform, first).Comparison);
                Assert.DoesNotContain("roas-change", Keys(Table(platform, first, "campaigns")));
                Assert.DoesNotContain("roas-change", Keys(Table(platform, first, "influencers")));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Kpi_changes_equal_the_differences_of_the_two_periods_csv_totals(string previous, string period)
    {
        foreach (var platform in Platforms)
        {
            var now = Csv(platform, period, "influencer_summary.csv");
            var before = Csv(platform, previous, "influencer_summary.csv");
            var changes = View(platform, period).Comparison!.Kpis;

            // On the shipped data every attributed row and payout row belongs to a known influencer, so the view's
            // totals are influencer_summary.csv's, and its influencers are the file's rows.
            AssertChange(changes.Revenue, Sum(now, "revenue"), Sum(before, "revenue"));
            AssertChange(changes.Payout, Sum(now, "payout"), Sum(before, "payout"));
            AssertChange(changes.Orders, Sum(now, "orders"), Sum(before, "orders"));
            AssertChange(changes.Posts, Sum(now, "posts"), Sum(before, "posts"));
            AssertChange(changes.Influencers, now.Rows.Count, before.Rows.Count);
            AssertChange(changes.Roas, Roas(now), Roas(before));

            // The card says the same: the change in ₹ with its direction in words, against the previous period.
            var revenue = Sum(now, "revenue") - Sum(before, "revenue");
            var card = site.Document.QuerySelectorAll($"#{ElementIds.Section(ElementIds.ViewKey(platform, period), "kpis")} .kpi")
                .Single(k => k.QuerySelector(".kpi-label")!.TextContent == "Revenue");
            var text = card.QuerySelector(".kpi-change")!.TextContent;
            Assert.EndsWith($" vs {Label(previous)}", text, StringComparison.Ordinal);
            if (Math.Round(Math.Abs(revenue), 0, MidpointRounding.AwayFromZero) != 0m)
            {
                Assert.Contains($"{(revenue > 0 ? "up" : "down")} {DisplayFormat.Money(Math.Abs(revenue))} (", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Instagram_q2_revenue_change_against_q1_worked_by_hand()
    {
        // influencer_summary.csv revenue: Q2 FY2025-26 Σ 42,00,473.45; Q1 FY2025-26 Σ 3,33,376.70 (both files, Instagram).
        // Change 42,00,473.45 − 3,33,376.70 = 38,67,096.75; 38,67,096.75 / 3,33,376.70 = 11.5998 → +1159.98%.
        Assert.Equal(4200473.45m, Sum(Csv("instagram", "fy2025-26-q2", "influencer_summary.csv"), "revenue"));
        Assert.Equal(333376.70m, Sum(Csv("instagram", "fy2025-26-q1", "influencer_summary.csv"), "revenue"));
        var revenue = View("instagram", "fy2025-26-q2").Comparison!.Kpis.Revenue;
        Assert.Equal(3867096.75m, revenue.Absolute);
        Assert.Equal("1159.98", Math.Round(revenue.Percent!.Value, 2, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture));
        var card = site.Document.QuerySelectorAll("#view-instagram_fy2025-26-q2--kpis .kpi")[0];
        Assert.Equal("▲ up ₹38,67,097 (+1159.98%) vs Q1 FY2025-26", card.QuerySelector(".kpi-change")!.TextContent);

        // campaign_summary.csv, Instagram: GritzoBackToSchool's ROAS is 0 in Q2 (₹0 revenue, ₹4,875 paid) and
        // 43,973.60 / 5,050 = 8.707643564356435643564356436 in Q1: Δ ROAS −8.707643564356435643564356436, shown −8.71;
        // HeartHealthMonth starts in Q2 (2025-09-22): no Q1 ROAS, so no Δ.
        var campaigns = View("instagram", "fy2025-26-q2").Comparison!.CampaignRoasChange;
        Assert.Equal(-8.707643564356435643564356436m, campaigns["GritzoBackToSchool"]);
        Assert.Null(campaigns.GetValueOrDefault("HeartHealthMonth"));
        using var table = Table("instagram", "fy2025-26-q2", "campaigns");
        var keys = Keys(table);
        var gritzo = table.RootElement.GetProperty("rows").EnumerateArray().Single(r => r[keys.IndexOf("campaign")].GetString() == "GritzoBackToSchool");
        Assert.Equal(-8.707644m, gritzo[keys.IndexOf("roas-change")].GetDecimal());
    }

    [Fact]
    public void A_campaign_is_marked_in_every_period_its_window_runs_past_and_only_there()
    {
        var marked = 0;
        foreach (var platform in Platforms)
        {
            foreach (var period in site.Model.Periods.Where(p => !p.Period.IsAllTime).Select(p => p.Period))
            {
                var csv = Csv(platform, period.Slug, "campaign_summary.csv");
                using var table = Table(platform, period.Slug, "campaigns");
                var keys = Keys(table);
                foreach (var row in table.RootElement.GetProperty("rows").EnumerateArray())
                {
                    var campaign = csv.Row("campaign", row[keys.IndexOf("campaign")].GetString()!);
                    var start = DateOnly.Parse(campaign["start_date"], CultureInfo.InvariantCulture);
                    var end = DateOnly.Parse(campaign["end_date"], CultureInfo.InvariantCulture);
                    var runsPast = start < period.Start || end > period.End;
                    var note = row[keys.IndexOf("note")].GetString() ?? string.Empty;
                    Assert.True(runsPast == note.Contains(SiteTableColumns.WindowRunsPastMark, StringComparison.Ordinal), $"{platform} {period.Slug} {campaign["campaign"]}: {note}");
                    marked += runsPast ? 1 : 0;
                }
            }
        }

        // HeartHealthMonth (2025-09-22 to 2025-10-19) alone runs past Sep, Oct, Q2 and Q3 in every view it is in.
        Assert.True(marked >= 4, $"{marked} marks");
    }

    private void CheckRoasChanges(string platform, string previous, string period, string table, string file, string keyColumn, IReadOnlyDictionary<string, decimal?> model)
    {
        var now = Csv(platform, period, file);
        var before = Csv(platform, previous, file);
        using var json = Table(platform, period, table);
        var keys = Keys(json);
        Assert.Equal(keys.IndexOf("roas") + 1, keys.IndexOf("roas-change"));
        var keyIndex = keys.IndexOf(keyColumn == "influencer_id" ? "id" : "campaign");
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(now.Rows.Count, rows.Count);
        foreach (var row in rows)
        {
            var key = row[keyIndex].GetString()!;
            // Δ ROAS = this period's ROAS − the previous one's, from the CSVs; undefined where either is (a row
            // missing from the previous period included).
            var roas = CsvDownload.Number(now.Row(keyColumn, key), "roas");
            var earlier = before.Rows.SingleOrDefault(r => r[keyColumn] == key) is { } r ? CsvDownload.Number(r, "roas") : null;
            decimal? expected = roas is { } a && earlier is { } b ? a - b : null;
            Assert.Equal(expected, model.TryGetValue(key, out var change) ? change : null);

            var cell = row[keys.IndexOf("roas-change")];
            if (expected is null)
            {
                Assert.Equal(JsonValueKind.Null, cell.ValueKind);
            }
            else
            {
                // The page's JSON carries ratios to 6 decimals.
                Assert.Equal(Math.Round(expected.Value, 6, MidpointRounding.AwayFromZero), cell.GetDecimal());
            }
        }
    }

    private static void AssertChange(KpiChange change, decimal? current, decimal? previous)
    {
        Assert.Equal(current, change.Current);
        Assert.Equal(previous, change.Previous);
        Assert.Equal(current is { } c && previous is { } p ? c - p : null, change.Absolute);
    }

    // The view of platform i in any period is PeriodReport.Platforms[i], in ReportModel.Platforms order; slugs come
    // from the All-time views.
    private PlatformReport View(string platform, string period)
    {
        var report = site.Model.Periods.Single(p => p.Period.Slug == period);
        if (platform == ViewSlugs.All)
        {
            return report.All;
        }

        var slugs = ViewSlugs.Assign(site.Model.Views);
        var index = site.Model.Platforms.Select((p, i) => (p, i)).Single(x => slugs[x.p] == platform).i;
        return report.Platforms[index];
    }

    private CsvDownload Csv(string platform, string period, string file) =>
        CsvDownload.Read(Path.Combine(site.Root, DownloadsWriter.RelativeFolder(platform, period), file));

    private JsonDocument Table(string platform, string period, string name) =>
        JsonDocument.Parse(site.Document.GetElementById(ElementIds.Table(ElementIds.ViewKey(platform, period), name))!.TextContent);

    private string Label(string period) => site.Document.QuerySelector($"#period-select option[value='{period}']")!.TextContent;

    private static List<string> Keys(JsonDocument table) =>
        [.. table.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("key").GetString()!)];

    // ROAS = Σ revenue / Σ payout, undefined at payout 0.
    private static decimal? Roas(CsvDownload csv) => Sum(csv, "payout") is var payout && payout == 0m ? null : Sum(csv, "revenue") / payout;

    private static decimal Sum(CsvDownload csv, string column) => csv.Rows.Sum(r => CsvDownload.Number(r, column) ?? 0m);
}
