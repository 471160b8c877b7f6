using AngleSharp.Html.Parser;
using RoiReportGen.Metrics.Periods;
using RoiReportGen.Rendering.Site;
using static RoiReportGen.Tests.Site.Periods.PeriodDisplayModels;

namespace RoiReportGen.Tests.Site.Periods;

/// <summary>
/// The KPI cards of a month (its change against the previous month) and of All time (a monthly sparkline), built
/// from hand-made period records, and as templates/sections/kpis.sbn lays them out.
/// </summary>
public sealed class PeriodKpiCardTests
{
    private static readonly ReportPeriod Sep = Month(2025, 9);
    private static readonly ReportPeriod Oct = Month(2025, 10);

    private static Dictionary<string, string?> ChangeTexts(IEnumerable<KpiCard> cards) => cards.ToDictionary(c => c.Label, c => c.Change?.Text);

    [Fact]
    public void A_month_card_says_up_down_no_change_or_undefined_against_the_previous_month()
    {
        var model = Small();
        var october = model.All with { Comparison = Comparison(Sep, SampleChanges) };
        var cards = KpiCards.For(model, Oct, october, 0);

        // Worked in PeriodDisplayModels.SampleChanges.
        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["Revenue"] = "up ₹12,500 (+12.50%) vs Sep 2025",
                ["Payout"] = "down ₹10,000 (−20.00%) vs Sep 2025",
                ["ROAS"] = "up 0.81 (+40.63%) vs Sep 2025",
                ["iROAS"] = "no comparison: iROAS undefined in this period",
                ["Orders"] = "no change vs Sep 2025",
                ["Influencers"] = "up 12 (from 0) vs Sep 2025",
                ["Posts"] = "down 10 (−25.00%) vs Sep 2025",
            },
            ChangeTexts(cards));
        Assert.Equal(["up", "down", "up", "none", "same", "up", "down"], cards.Select(c => c.Change!.Direction));
        Assert.All(cards, c => Assert.Null(c.Sparkline));
    }

    [Fact]
    public void A_first_month_says_it_has_nothing_to_compare_with_and_all_time_says_nothing()
    {
        var model = Small();
        Assert.All(KpiCards.For(model, Sep, model.All, 0), c => Assert.Equal("no earlier month to compare with", c.Change!.Text));
        Assert.All(KpiCards.For(model, model.All, 0), c => Assert.Null(c.Change));
    }

    [Fact]
    public void All_time_cards_draw_each_figure_month_by_month_from_the_same_views_months()
    {
        var model = WithMonths(
            Small(),
            (Month(2025, 1), Kpis(100m, 50m, roas: 1.5m, orders: 4)),
            (Month(2025, 2), Kpis(300m, 0m, roas: null, orders: 4)),
            (Month(2025, 3), Kpis(200m, 80m, roas: 2.5m, orders: 4)));
        var cards = KpiCards.For(model, model.All, 0).ToDictionary(c => c.Label);

        // Revenue 100, 300, 200: x 3, 60, 117; y 29, 3, 16 (KpiSparklineTests).
        Assert.Equal("M3,29L60,3L117,16", cards["Revenue"].Sparkline!.Path);
        Assert.Equal("Monthly revenue, Jan 2025 to Mar 2025: low ₹100 in Jan 2025, high ₹300 in Feb 2025", cards["Revenue"].Sparkline!.Label);
        // ROAS 1.50, —, 2.50: two lone points.
        Assert.Equal("M3,29h0M117,3h0", cards["ROAS"].Sparkline!.Path);
        Assert.Equal("Monthly ROAS, Jan 2025 to Mar 2025: low 1.50 in Jan 2025, high 2.50 in Mar 2025; undefined in 1 of 3 months", cards["ROAS"].Sparkline!.Label);
        Assert.Equal("Monthly orders, Jan 2025 to Mar 2025: 4 in every month", cards["Orders"].Sparkline!.Label);
        // iROAS is undefined every month: no line.
        Assert.Null(cards["iROAS"].Sparkline);

        // Instagram (view 1) reads the months' Instagram views, ₹1 each, not All's.
        var instagram = KpiCards.For(model, model.Platforms[0], 1).Single(c => c.Label == "Revenue");
        Assert.Equal("Monthly revenue, Jan 2025 to Mar 2025: ₹1 in every month", instagram.Sparkline!.Label);
    }

    [Fact]
    public void Without_two_months_there_is_no_sparkline()
    {
        var model = WithMonths(Small(), (Month(2025, 1), Kpis(100m)));
        Assert.All(KpiCards.For(model, model.All, 0), c => Assert.Null(c.Sparkline));
    }

    [Fact]
    public void The_card_shows_the_words_with_the_arrow_hidden_from_screen_readers()
    {
        var model = Small();
        var cards = KpiCards.For(model, Oct, model.All with { Comparison = Comparison(Sep, SampleChanges) }, 0);
        var card = Render(cards).QuerySelectorAll(".kpi")[0];

        var change = card.QuerySelector(".kpi-change.kpi-change-up")!;
        Assert.Equal("▲ up ₹12,500 (+12.50%) vs Sep 2025", change.TextContent);
        Assert.Equal("true", change.QuerySelector(".kpi-arrow")!.GetAttribute("aria-hidden"));
        Assert.Equal("▲", change.QuerySelector(".kpi-arrow")!.TextContent);
        // Undefined: the words alone, no arrow.
        var iroas = Render(cards).QuerySelectorAll(".kpi")[3].QuerySelector(".kpi-change")!;
        Assert.Null(iroas.QuerySelector(".kpi-arrow"));
        Assert.Equal("no comparison: iROAS undefined in this period", iroas.TextContent);
    }

    [Fact]
    public void The_sparkline_is_an_svg_with_its_points_and_its_text_alternative()
    {
        var model = WithMonths(Small(), (Month(2025, 1), Kpis(100m)), (Month(2025, 2), Kpis(300m)), (Month(2025, 3), Kpis(200m)));
        var svg = Render(KpiCards.For(model, model.All, 0)).QuerySelector(".kpi svg.kpi-spark")!;
        var label = "Monthly revenue, Jan 2025 to Mar 2025: low ₹100 in Jan 2025, high ₹300 in Feb 2025";
        Assert.Equal("0 0 120 32", svg.GetAttribute("viewBox"));
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal(label, svg.GetAttribute("aria-label"));
        Assert.Equal(label, svg.QuerySelector("title")!.TextContent);
        Assert.Equal("M3,29L60,3L117,16", svg.QuerySelector("path")!.GetAttribute("d"));
        Assert.Equal(("117", "16"), (svg.QuerySelector("circle")!.GetAttribute("cx"), svg.QuerySelector("circle")!.GetAttribute("cy")));
        // Classes, not style attributes: the page's CSP and themes style it.
        Assert.DoesNotContain(svg.QuerySelectorAll("*").Append(svg), e => e.HasAttribute("style"));
    }

    [Fact]
    public void Hostile_period_labels_stay_text()
    {
        const string Script = "<script>alert(1)</script>";
        const string Img = "\"><img src=x onerror=alert(1)>";
        var model = WithMonths(Small(), (Month(2025, 1, Script), Kpis(100m)), (Month(2025, 2, Img), Kpis(300m)));
        var previous = Month(2025, 9, Img);
        var html = Render([.. KpiCards.For(model, model.All, 0), .. KpiCards.For(model, Oct, model.All with { Comparison = Comparison(previous, SampleChanges) }, 0)]);

        Assert.Empty(html.QuerySelectorAll("script, img"));
        Assert.DoesNotContain(html.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Equal($"Monthly revenue, {Script} to {Img}: low ₹100 in {Script}, high ₹300 in {Img}", html.QuerySelector("svg.kpi-spark title")!.TextContent);
        Assert.Equal($"▲ up ₹12,500 (+12.50%) vs {Img}", html.QuerySelector(".kpi-change")!.TextContent);
    }

    private static AngleSharp.Dom.IElement Render(IReadOnlyList<KpiCard> cards)
    {
        var html = TemplateSet.Default.RenderHtml("sections/kpis.sbn", new KpiSection("view-all--", "All platforms", cards));
        return new HtmlParser().ParseDocument("<body>" + html).Body!;
    }

    /// <summary>What sections/kpis.sbn reads of a view.</summary>
    private sealed record KpiSection(string IdPrefix, string Heading, IReadOnlyList<KpiCard> Kpis);
}
