using RoiReportGen.Metrics.Periods;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Site.Kpis;

namespace RoiReportGen.Tests.Site.Periods;

/// <summary>A KPI's change in words: direction, absolute change formatted like the figure, % change, the period compared against.</summary>
public sealed class KpiChangeTextTests
{
    private static readonly Func<decimal?, string> Money = v => DisplayFormat.Money(v);
    private static readonly Func<decimal?, string> Ratio = v => DisplayFormat.Ratio(v);

    [Fact]
    public void Up_gives_the_arrow_the_word_the_amount_and_the_percent()
    {
        // 1,12,500 − 1,00,000 = 12,500; 12,500 / 1,00,000 = 12.50%.
        var change = KpiChangeTexts.Of("revenue", new KpiChange(112_500m, 100_000m), Money, 0, "Sep 2025");
        Assert.Equal(new KpiChangeView("up", "▲", "up ₹12,500 (+12.50%) vs Sep 2025"), change);
    }

    [Fact]
    public void Down_gives_the_magnitude_after_the_word_and_a_minus_on_the_percent()
    {
        // 1.25 − 1.50 = −0.25; −0.25 / 1.50 = −16.666…% → 16.67%.
        var change = KpiChangeTexts.Of("ROAS", new KpiChange(1.25m, 1.50m), Ratio, 2, "Q1 FY2025-26");
        Assert.Equal(new KpiChangeView("down", "▼", "down 0.25 (−16.67%) vs Q1 FY2025-26"), change);
    }

    [Theory]
    [InlineData(300, 300)]
    [InlineData(1000.40, 1000)] // ₹0.40 rounds to ₹0 on the page: "no change", never "up ₹0"
    public void A_change_that_rounds_to_zero_is_no_change(decimal current, decimal previous)
    {
        var change = KpiChangeTexts.Of("revenue", new KpiChange(current, previous), Money, 0, "Sep 2025");
        Assert.Equal(new KpiChangeView("same", "→", "no change vs Sep 2025"), change);
    }

    [Fact]
    public void A_ratio_change_below_half_a_hundredth_is_no_change_but_one_above_is_not()
    {
        Assert.Equal("no change vs Sep 2025", KpiChangeTexts.Of("ROAS", new KpiChange(2.004m, 2m), Ratio, 2, "Sep 2025").Text);
        // 2.005 − 2 = 0.005 → 0.01 (half away from zero); 0.005 / 2 = 0.25%.
        Assert.Equal("up 0.01 (+0.25%) vs Sep 2025", KpiChangeTexts.Of("ROAS", new KpiChange(2.005m, 2m), Ratio, 2, "Sep 2025").Text);
    }

    [Fact]
    public void From_zero_there_is_no_percent_and_it_says_what_it_was()
    {
        var change = KpiChangeTexts.Of("influencers", new KpiChange(12m, 0m), v => DisplayFormat.Count((long?)v), 0, "Sep 2025");
        Assert.Equal(new KpiChangeView("up", "▲", "up 12 (from 0) vs Sep 2025"), change);
    }

    [Theory]
    [InlineData(null, 1.20, "no comparison: ROAS undefined in this period")]
    [InlineData(1.20, null, "no comparison: ROAS undefined in Sep 2025")]
    [InlineData(null, null, "no comparison: ROAS undefined in this period and in Sep 2025")]
    public void An_undefined_side_is_said_in_words_with_no_arrow(double? current, double? previous, string text)
    {
        var change = KpiChangeTexts.Of("ROAS", new KpiChange((decimal?)current, (decimal?)previous), Ratio, 2, "Sep 2025");
        Assert.Equal(new KpiChangeView("none", string.Empty, text), change);
    }

    [Fact]
    public void A_first_month_or_quarter_says_there_is_nothing_to_compare_with()
    {
        Assert.Equal("no earlier month to compare with", KpiChangeTexts.First(PeriodKind.Month).Text);
        Assert.Equal("no earlier quarter to compare with", KpiChangeTexts.First(PeriodKind.Quarter).Text);
    }
}
