using RoiReportGen.Tests.Support;
using static RoiReportGen.Tests.Support.CsvDownload;

namespace RoiReportGen.Tests.Pipeline;

/// <summary>
/// `build` on tests/Fixtures/handchecked (see its README): every number in the downloads is worked
/// out by hand here, with the arithmetic written beside it, never taken from the code under test.
/// </summary>
[Collection(HandCheckedSiteGroup.Name)]
public sealed class HandCheckedReportTests(HandCheckedSite site)
{
    // `build --data <copy of the fixture> --out site`, run once for the collection (it was once per test).
    private readonly string output = site.Built.Root;

    private CsvDownload Download(string name, string? platform = null) =>
        CsvDownload.Read(platform is null ? Path.Combine(output, "downloads", name) : Path.Combine(output, "downloads", platform, name));

    [Fact]
    public void Influencer_summary_has_the_spec_columns_in_order_then_the_follower_rate()
    {
        Assert.Equal(
            ["influencer_id", "name", "platform", "category", "gender", "follower_count", "posts", "reach", "likes", "comments",
             "engagement_rate", "engagement_rate_weighted", "orders", "revenue", "payout", "roas", "payment_basis", "net_return",
             "cost_per_order", "cost_per_engagement", "cpm", "engagement_rate_followers"],
            Download("influencer_summary.csv").Header);
    }

    [Fact]
    public void Influencer_with_two_posts_two_orders_rows_and_a_campaign_less_payout()
    {
        var i1 = Download("influencer_summary.csv").Row("influencer_id", "I1");
        Assert.Equal("Asha Rao", i1["name"]);
        Assert.Equal("Instagram", i1["platform"]);
        Assert.Equal("2", i1["posts"]);
        Assert.Equal("4000", i1["reach"]);           // 1000 + 3000
        Assert.Equal("230", i1["likes"]);            // 90 + 140
        Assert.Equal("20", i1["comments"]);          // 10 + 10
        Assert.Equal(0.075m, Number(i1, "engagement_rate"));           // mean of 100/1000 and 150/3000
        Assert.Equal(0.0625m, Number(i1, "engagement_rate_weighted")); // 250 / 4000
        Assert.Equal("3", i1["orders"]);             // 2 + 1 (two tracking rows)
        Assert.Equal(4500m, Number(i1, "revenue"));  // 3000 + 1500
        Assert.Equal(1700m, Number(i1, "payout"));   // 1500 + 200: each payout row once, not once per tracking row
        Assert.Equal(4500m / 1700m, Number(i1, "roas"));
        Assert.Equal("mixed", i1["payment_basis"]);  // an order row and a post row
        Assert.Equal(2800m, Number(i1, "net_return"));          // 4500 − 1700
        Assert.Equal(1700m / 3m, Number(i1, "cost_per_order"));
        Assert.Equal(6.8m, Number(i1, "cost_per_engagement"));  // 1700 / (230 + 20)
        Assert.Equal(425m, Number(i1, "cpm"));                  // 1700 / 4000 × 1000
        Assert.Equal(0.0025m, Number(i1, "engagement_rate_followers")); // 250 / (2 × 50000)
    }

    [Fact]
    public void Influencer_whose_only_post_has_reach_zero_has_undefined_rates()
    {
        var i3 = Download("influencer_summary.csv").Row("influencer_id", "I3");
        Assert.Equal("Instagram", i3["platform"]);   // "instagram" → first spelling seen
        Assert.Equal("Unspecified", i3["gender"]);   // blank gender
        Assert.Equal("", i3["engagement_rate"]);
        Assert.Equal("", i3["engagement_rate_weighted"]);
        Assert.Equal("", i3["cpm"]);                 // reach 0
        Assert.Equal(1200m, Number(i3, "payout"));   // as paid, though 1000 × 1 order ≠ 1200
        Assert.Equal(1000m / 1200m, Number(i3, "roas"));
        Assert.Equal(-200m, Number(i3, "net_return"));           // 1000 − 1200, written as a number
        Assert.Equal(240m, Number(i3, "cost_per_engagement"));   // 1200 / 5
        Assert.Equal(0.000625m, Number(i3, "engagement_rate_followers")); // 5 / (1 × 8000)
    }

    [Fact]
    public void Influencer_paid_per_post_on_another_platform()
    {
        var i2 = Download("influencer_summary.csv").Row("influencer_id", "I2");
        Assert.Equal(0.04m, Number(i2, "engagement_rate"));      // 400 / 10000
        Assert.Equal("4", i2["orders"]);                         // 3 + 1
        Assert.Equal(3200m, Number(i2, "revenue"));              // 2400 + 800
        Assert.Equal(0.8m, Number(i2, "roas"));                  // 3200 / 4000
        Assert.Equal("post", i2["payment_basis"]);
        Assert.Equal(1000m, Number(i2, "cost_per_order"));       // 4000 / 4
        Assert.Equal(400m, Number(i2, "cpm"));                   // 4000 / 10000 × 1000
        Assert.Equal(0.0002m, Number(i2, "engagement_rate_followers")); // 400 / (1 × 2,000,000)
    }

    [Fact]
    public void Campaign_summary_has_exactly_the_spec_columns()
    {
        Assert.Equal(
            ["campaign", "brand", "start_date", "end_date", "influencers", "orders", "revenue", "payout", "roas",
             "counterfactual_revenue", "incremental_revenue", "incremental_revenue_low", "incremental_revenue_high",
             "iroas", "iroas_low", "iroas_high", "incremental_share", "verdict", "lift", "incremental_revenue_tail", "halo_revenue", "minimum_detectable_lift", "sale_week", "method", "overlap_group",
             "naive_baseline_revenue", "naive_incremental_revenue", "naive_iroas"],
            Download("campaign_summary.csv").Header);
    }

    [Fact]
    public void Campaign_with_a_covered_baseline_and_an_allocated_payout()
    {
        var c = Download("campaign_summary.csv").Row("campaign", "SummerFit");
        Assert.Equal("MuscleBlaze", c["brand"]);
        Assert.Equal("2025-03-01", c["start_date"]);
        Assert.Equal("2025-03-05", c["end_date"]);
        Assert.Equal("2", c["influencers"]);         // I1, I3 (the unknown I9 row is excluded)
        Assert.Equal("4", c["orders"]);              // 2 + 1 + 1
        Assert.Equal(5500m, Number(c, "revenue"));   // 3000 + 1000 + 1500
        Assert.Equal(2900m, Number(c, "payout"));    // 1500 + 1200 named + I1's 200 allocated
        Assert.Equal(5500m / 2900m, Number(c, "roas"));
        Assert.Equal(750m, Number(c, "naive_baseline_revenue"));        // (2800 + 1400) / 28 = 150 a day × 5 days
        Assert.Equal(5250m, Number(c, "naive_incremental_revenue"));    // (3000 + 1000 + 500 organic + 1500) − 750
        Assert.Equal(5250m / 2900m, Number(c, "naive_iroas"));
        Assert.Equal("", c["overlap_group"]);
    }

    [Fact]
    public void Campaign_counterfactual_is_the_pre_period_level_with_weekday_effects()
    {
        // Pre-period 2025-01-04..02-28 (56 days, 8 of each weekday), no campaign on Whey. The only product no
        // campaign touches, Multivitamin, sells nothing then (its ₹999 is on 01-01): no usable control, so the
        // level model: each weekday's mean. Whey sold 2800 on Monday 02-10 and 1400 on Thursday 02-20:
        // Monday 2800 / 8 = 350, Thursday 1400 / 8 = 175, other days 0. Window Sat 03-01..Wed 03-05 has one
        // Monday: counterfactual 350; actual 3000 + 1000 + 500 + 1500 = 6000; lift 5650.
        var c = Download("campaign_summary.csv").Row("campaign", "SummerFit");
        Assert.Equal("pre-period-level", c["method"]);
        Assert.Equal(350m, Number(c, "counterfactual_revenue"));
        Assert.Equal(5650m, Number(c, "incremental_revenue"));
        Assert.Equal(5650m / 2900m, Number(c, "iroas"));
        Assert.Equal(5650m / 5500m, Number(c, "incremental_share"));
        // Residuals: Monday 2450 once and −350 seven times, Thursday 1225 once and −175 seven times:
        // RSS = 2450² + 7·350² + 1225² + 7·175² = 6,002,500 + 857,500 + 1,500,625 + 214,375 = 8,575,000;
        // s² = 8,575,000 / (56 − 7) = 175,000. Five distinct weekdays in the window, leverage 1/8 each and no
        // covariance between weekdays: var = 175,000 · (5 + 5/8) = 984,375; half = t(0.95, 49) · √984,375
        // = 1.676551 · 992.157 = 1663.40 (paise): 5650 ∓ 1663.40.
        Assert.Equal(3986.6m, Number(c, "incremental_revenue_low"));
        Assert.Equal(7313.4m, Number(c, "incremental_revenue_high"));
        Assert.Equal(3986.6m / 2900m, Number(c, "iroas_low"));
        Assert.Equal("pays back", c["verdict"]);                // 1.37–2.52, wholly above break-even
        Assert.Equal("incremental", c["lift"]);
        Assert.Equal(1663.4m, Number(c, "minimum_detectable_lift"));  // the interval's half-width
    }

    [Fact]
    public void Campaign_whose_pre_period_has_no_organic_revenue_has_a_zero_baseline()
    {
        var c = Download("campaign_summary.csv").Row("campaign", "MusclePush");
        Assert.Equal(0m, Number(c, "naive_baseline_revenue"));
        Assert.Equal(3200m, Number(c, "naive_incremental_revenue"));    // 2400 + 800 − 0
        Assert.Equal(0.8m, Number(c, "naive_iroas"));                   // 3200 / 4000

        // No Creatine sales in the 56 pre-period days: a counterfactual of 0 with no residual error.
        Assert.Equal(0m, Number(c, "counterfactual_revenue"));
        Assert.Equal(3200m, Number(c, "incremental_revenue"));
        Assert.Equal(3200m, Number(c, "incremental_revenue_low"));
        Assert.Equal(3200m, Number(c, "incremental_revenue_high"));
        Assert.Equal(0.8m, Number(c, "iroas"));
    }

    [Fact]
    public void A_pre_period_of_fewer_than_14_days_is_no_baseline_data_and_leaves_the_naive_method_alone()
    {
        using var temp = new TempFolder();
        var data = temp.CopyFixture("handchecked", "data2");
        var out2 = temp.Combine("site2");
        // --baseline-days 10: SummerFit's fit would have 10 days (02-19..02-28), fewer than 14 (a pre-period set
        // below 14 days is not stretched further back).
        Assert.Equal(0, CliRun.Of("build", "--data", data, "--out", out2, "--baseline-days", "10").ExitCode);
        var c = CsvDownload.Read(Path.Combine(out2, "downloads", "campaign_summary.csv")).Row("campaign", "SummerFit");
        Assert.Equal("no estimate", c["verdict"]);
        Assert.Equal("no baseline data", c["lift"]);
        Assert.Equal("", c["method"]);
        Assert.Equal("", c["incremental_revenue"]);
        Assert.Equal("", c["iroas"]);
        Assert.Equal(750m, Number(c, "naive_baseline_revenue"));  // still its fixed 28 days
        Assert.Equal(5500m / 2900m, Number(c, "roas"));
    }

    [Fact]
    public void Carryover_days_reach_the_estimate_and_the_method_text()
    {
        using var temp = new TempFolder();
        var data = temp.CopyFixture("handchecked", "data3");
        var out3 = temp.Combine("site3");
        // The data ends on 03-05, the last day of SummerFit's window: whatever the tail, nothing follows it, so the
        // estimate is the same; the Method section states the option's value.
        Assert.Equal(0, CliRun.Of("build", "--data", data, "--out", out3, "--carryover-days", "7").ExitCode);
        var c = CsvDownload.Read(Path.Combine(out3, "downloads", "campaign_summary.csv")).Row("campaign", "SummerFit");
        Assert.Equal(5650m, Number(c, "incremental_revenue"));
        Assert.Equal(0m, Number(c, "incremental_revenue_tail"));
        Assert.Contains("7-day carry-over", File.ReadAllText(Path.Combine(out3, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Payout_split_by_basis()
    {
        var split = Download("payout_summary.csv");
        var post = split.Row("basis", "post");
        var order = split.Row("basis", "order");
        Assert.Equal("2", post["influencers"]);                   // I1, I2
        Assert.Equal(4200m, Number(post, "payout"));              // 200 + 4000
        Assert.Equal(4200m / 6900m, Number(post, "payout_share"));
        Assert.Equal(2m / 3m, Number(post, "influencer_share"));  // 2 of the 3 paid influencers
        Assert.Equal(2700m, Number(order, "payout"));             // 1500 + 1200
    }

    [Fact]
    public void Brands_include_organic_only_brands()
    {
        var brands = Download("brand_summary.csv");
        var mb = brands.Row("brand", "MuscleBlaze");
        Assert.Equal(8700m, Number(mb, "revenue"));               // 5500 + 3200
        Assert.Equal(4700m, Number(mb, "organic_revenue"));       // 2800 + 1400 + 500
        Assert.Equal(6900m, Number(mb, "payout"));                // every campaign is MuscleBlaze
        var hk = brands.Row("brand", "HKVitals");
        Assert.Equal(999m, Number(hk, "organic_revenue"));
        Assert.Equal("", hk["roas"]);                             // no payout
    }

    [Fact]
    public void Platform_downloads_hold_only_that_platform()
    {
        var instagram = Download("influencer_summary.csv", "instagram");
        Assert.Equal(["I1", "I3"], instagram.Rows.Select(r => r["influencer_id"]).Order(StringComparer.Ordinal));
        var youtube = Download("campaign_summary.csv", "youtube");
        Assert.Equal(["MusclePush"], youtube.Rows.Select(r => r["campaign"]));
    }

    [Fact]
    public void Every_row_level_problem_is_in_data_issues()
    {
        var issues = Download("data_issues.csv");
        Assert.Equal(["file", "line", "column", "value", "reason", "action", "platform"], issues.Header);
        Assert.Contains(issues.Rows, r => r["file"] == "posts.csv" && r["line"] == "5" && r["column"] == "reach" && r["action"] == "kept");
        Assert.Contains(issues.Rows, r => r["file"] == "tracking_data.csv" && r["line"] == "7" && r["value"] == "I9" && r["action"] == "excluded");
        Assert.Contains(issues.Rows, r => r["file"] == "payouts.csv" && r["line"] == "5" && r["column"] == "total_payout" && r["action"] == "kept");
        Assert.Equal(3, issues.Rows.Count);
    }

    [Fact]
    public void Downloads_are_utf8_with_bom_and_crlf()
    {
        var bytes = Download("influencer_summary.csv").Bytes;
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("\r\n", Download("influencer_summary.csv").Text, StringComparison.Ordinal);
    }
}
