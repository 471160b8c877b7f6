using AngleSharp.Html.Parser;
using RoiReportGen.Rendering.Site;

namespace RoiReportGen.Tests.Site;

/// <summary>Method &amp; assumptions on the counterfactual: its numbers come from the options, its words name the verdicts.</summary>
public sealed class MethodTextTests
{
    private static string Text(MethodText model) =>
        new HtmlParser().ParseDocument(MarkdownRenderer.ToHtml(TemplateSet.Default.RenderMarkdown("method.md.sbn", model)).Html).Body!.TextContent;

    [Theory]
    [InlineData(56)]
    [InlineData(70)]
    public void The_pre_period_is_the_option_and_the_naive_one_its_own(int baselineDays)
    {
        var text = Text(new MethodText(baselineDays, 28, 14, "2025-01-01", "2025-06-30"));
        Assert.Contains($"fitted on the {baselineDays} days before the window (option --baseline-days, here {baselineDays}) and as many after the carry-over", text, StringComparison.Ordinal);
        Assert.Contains("over the 28 days before the window, per day, as the baseline", text, StringComparison.Ordinal);
        Assert.Contains("fewer than 14 days before the window (campaigns back to back on the same products), the nearest 14 campaign-free days further back are used", text, StringComparison.Ordinal);
        Assert.Contains("a 28-day carry-over after it (option --carryover-days, here 28;", text, StringComparison.Ordinal);
        var untailed = Text(new MethodText(baselineDays, 28, 14, "2025-01-01", "2025-06-30") { CarryoverDays = 7 });
        Assert.Contains("a 7-day carry-over after it (option --carryover-days, here 7;", untailed, StringComparison.Ordinal);
        Assert.Contains("fewer than 14 campaign-free days before the window in all of the data", text, StringComparison.Ordinal);
    }

    [Fact]
    public void It_explains_the_method_the_interval_the_overlap_rule_the_verdicts_and_why_the_three_figures_differ()
    {
        var text = Text(new MethodText(56, 28, 14, "2025-01-01", "2025-06-30"));
        string[] expected =
        [
            "scaled by the ratio of the treated products' revenue to theirs over the fitted days", "day of the week", "left out of the fit",
            "products of other brands", "No product of the campaign's brand is ever a control", "the halo series",
            "falls back to the fitted days' level with its day-of-week effects", "pre-period-level",
            "9 times out of 10", "in-time placebos", "at least the model's own width",
            "estimated together, over the union of their windows", "No rupee of lift is counted twice",
            "incremental (the whole interval is above 0)", "no measurable lift (the interval contains 0)",
            "negative (the whole interval is below 0)", "no baseline data (fewer than", "no window (no attributed rows",
            "cannibalisation", "halo", "overlap", "naive_iroas",
        ];
        Assert.All(expected, e => Assert.Contains(e, text, StringComparison.Ordinal));
    }

    [Fact]
    public void It_explains_periods_quarters_the_undated_payout_spread_the_campaign_estimates_and_the_changes()
    {
        var text = Text(new MethodText(56, 28, 14, "2025-01-01", "2025-06-30"));
        string[] expected =
        [
            "Periods: besides All time", "each quarter of the Indian financial year (April to March: Q1 is April to June, so Q2 FY2025-26 is July to September 2025)",
            "each calendar month that has data", "the same computation on the rows dated in that period",
            "A payout row with a payment date counts in its period",
            "a per-post fee by the influencer's posts in each period (only those inside that campaign's window when the row names a campaign)",
            "a per-order fee by its attributed orders in each period", MethodText.UndatedFallbackRule,
            "add back to the row's amount exactly", "estimated once, over its whole window, and shown in every period the window touches",
            "the campaign table marks it (†)", "against the previous period of the same kind", "Δ ROAS vs previous period",
        ];
        Assert.All(expected, e => Assert.Contains(e, text, StringComparison.Ordinal));
    }
}
