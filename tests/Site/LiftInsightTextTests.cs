using AngleSharp.Html.Parser;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Incrementality;
using RoiReportGen.Rendering.Site;

namespace RoiReportGen.Tests.Site;

/// <summary>
/// The incrementality insights as they read (issue 12 item 3): exact sentences rendered by templates/insights.md.sbn
/// from hand-built insights, with Indian grouping, 2-decimal ratios, singular/plural and the capped list.
/// </summary>
public sealed class LiftInsightTextTests
{
    private static readonly ReportInsights None = new(null, [], null, null, null, [], null, [], null, null, null, [], []);

    private static IReadOnlyList<string> Bullets(ReportInsights insights) =>
        [.. new HtmlParser()
            .ParseDocument(MarkdownRenderer.ToHtml(TemplateSet.Default.RenderMarkdown("insights.md.sbn", InsightsText.From(insights))).Html)
            .QuerySelectorAll("li")
            .Select(li => li.TextContent)];

    private static LiftFigure NoLift(string name, decimal payout, decimal iroas) =>
        new(name, LiftWords.NoMeasurableLift, 1.5m, iroas, iroas - 0.5m, iroas + 0.5m, iroas / 1.5m, payout);

    private static string Only(ReportInsights insights, string label) =>
        Assert.Single(Bullets(insights), b => b.StartsWith(label, StringComparison.Ordinal));

    [Fact]
    public void The_most_overstated_campaign_states_both_ratios_the_interval_and_the_share()
    {
        // ROAS 7.1149 → 7.11; iROAS 2.6535 → 2.65 (90%: 2.4270 → 2.43 to 2.8801 → 2.88); share 0.37246 → 37.25%.
        var insights = None with
        {
            MostOverstated = new LiftFigure("MusclePush", LiftWords.Incremental, 7.1149m, 2.6535m, 2.4270m, 2.8801m, 0.37246m, 430_200m),
        };

        Assert.Equal(
            "Attributed ROAS overstates: MusclePush: attributed ROAS 7.11 but incremental ROAS 2.65 (90%: 2.43–2.88); only 37.25% of its attributed revenue was incremental.",
            Only(insights, "Attributed ROAS overstates:"));
    }

    [Fact]
    public void A_negative_iroas_reads_with_a_minus_sign_and_an_undefined_share_is_left_unsaid()
    {
        // ROAS 0 (₹0 attributed revenue: share undefined) against iROAS −0.25 (90%: −0.5 to 0).
        var insights = None with
        {
            MostOverstated = new LiftFigure("Flop", LiftWords.NoMeasurableLift, 0m, -0.25m, -0.5m, 0m, null, 1_000m),
        };

        Assert.Equal(
            "Attributed ROAS overstates: Flop: attributed ROAS 0.00 but incremental ROAS −0.25 (90%: −0.50–0.00).",
            Only(insights, "Attributed ROAS overstates:"));
    }

    [Fact]
    public void One_campaign_without_measurable_lift_reads_in_the_singular()
    {
        var insights = None with { NoMeasurableLift = [NoLift("Quiet", 1_23_456.5m, 0.1234m)] };

        // ₹1,23,456.5 rounds half away from zero to ₹1,23,457.
        Assert.Equal(
            "No measurable lift: one campaign, with ₹1,23,457 of payout, sold no more than its counterfactual can tell apart (the 90% interval includes zero): Quiet (iROAS 0.12, payout ₹1,23,457).",
            Only(insights, "No measurable lift:"));
    }

    [Fact]
    public void Three_campaigns_are_all_named_and_joined_with_and()
    {
        // Payout 30,00,000 + 2,00,000 + 1,000 = 32,01,000.
        var insights = None with
        {
            NoMeasurableLift = [NoLift("A", 30_00_000m, 0.5m), NoLift("B", 2_00_000m, -0.2m), NoLift("C", 1_000m, 0m)],
        };

        Assert.Equal(
            "No measurable lift: 3 campaigns, with ₹32,01,000 of payout, sold no more than their counterfactual can tell apart (the 90% interval includes zero): A (iROAS 0.50, payout ₹30,00,000), B (iROAS −0.20, payout ₹2,00,000) and C (iROAS 0.00, payout ₹1,000).",
            Only(insights, "No measurable lift:"));
    }

    [Fact]
    public void More_than_three_campaigns_name_the_first_three_and_count_the_rest_in_the_payout()
    {
        // Five campaigns, ₹100 each: ₹500 in all; D and E are "2 more".
        var insights = None with
        {
            NoMeasurableLift = [.. "ABCDE".Select(n => NoLift(n.ToString(), 100m, 1m))],
        };

        Assert.Equal(
            "No measurable lift: 5 campaigns, with ₹500 of payout, sold no more than their counterfactual can tell apart (the 90% interval includes zero): A (iROAS 1.00, payout ₹100), B (iROAS 1.00, payout ₹100), C (iROAS 1.00, payout ₹100) and 2 more.",
            Only(insights, "No measurable lift:"));
    }

    [Fact]
    public void Negative_campaigns_get_their_own_sentence()
    {
        var down = new LiftFigure("Down", LiftWords.Negative, 2m, -1.5m, -2m, -1m, -0.75m, 10_000m);
        var insights = None with { NegativeLift = [down, down with { Campaign = "Drop", Iroas = -0.3m }] };

        Assert.Equal(
            "Negative lift: 2 campaigns, with ₹20,000 of payout, sold less than their counterfactual (the whole 90% interval is below zero): Down (iROAS −1.50, payout ₹10,000) and Drop (iROAS −0.30, payout ₹10,000).",
            Only(insights, "Negative lift:"));
        Assert.DoesNotContain(Bullets(insights), b => b.StartsWith("No measurable lift:", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_such_campaigns_no_incrementality_sentence_is_written()
    {
        var bullets = Bullets(None);

        Assert.DoesNotContain(bullets, b => b.Contains("incremental ROAS", StringComparison.Ordinal));
        Assert.DoesNotContain(bullets, b => b.Contains("lift:", StringComparison.Ordinal));
    }
}
