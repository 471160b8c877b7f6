using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Site.Kpis;

namespace RoiReportGen.Tests.Site.Periods;

/// <summary>A sparkline's numbers: points scaled into the 120 × 32 box (3 of padding), and its text alternative.</summary>
public sealed class KpiSparklineTests
{
    private static readonly Func<decimal?, string> Money = v => DisplayFormat.Money(v);

    [Fact]
    public void Three_months_give_three_points_between_low_and_high_and_say_both()
    {
        // x: 3 + i × (120 − 6) / 2 = 3, 60, 117. y: 3 + 26 × (300 − v) / (300 − 100): 100 → 29, 300 → 3, 200 → 16.
        var line = KpiSparklines.Of("revenue", [("Jan 2025", 100m), ("Feb 2025", 300m), ("Mar 2025", 200m)], Money)!;
        Assert.Equal("M3,29L60,3L117,16", line.Path);
        Assert.Equal(("117", "16"), (line.LastX, line.LastY));
        Assert.Equal("Monthly revenue, Jan 2025 to Mar 2025: low ₹100 in Jan 2025, high ₹300 in Feb 2025", line.Label);
        Assert.Equal((120, 32), (line.BoxWidth, line.BoxHeight));
    }

    [Fact]
    public void An_undefined_month_breaks_the_line_and_the_label_counts_it()
    {
        // Four months, step (120 − 6) / 3 = 38: x = 3, 41, 79, 117. ROAS 1.50 → y 29, 2.50 → y 3, 2.00 → y 16.
        // Jan stands alone before the gap: a zero-length line ("h0") drawn as a dot by the round cap.
        var line = KpiSparklines.Of("ROAS", [("Jan 2025", 1.5m), ("Feb 2025", null), ("Mar 2025", 2.5m), ("Apr 2025", 2m)], v => DisplayFormat.Ratio(v))!;
        Assert.Equal("M3,29h0M79,3L117,16", line.Path);
        Assert.Equal("Monthly ROAS, Jan 2025 to Apr 2025: low 1.50 in Jan 2025, high 2.50 in Mar 2025; undefined in 1 of 4 months", line.Label);
    }

    [Fact]
    public void A_flat_series_is_a_level_line_through_the_middle()
    {
        var line = KpiSparklines.Of("posts", [("Jan 2025", 5m), ("Feb 2025", 5m)], v => DisplayFormat.Count((long?)v))!;
        Assert.Equal("M3,16L117,16", line.Path);
        Assert.Equal("Monthly posts, Jan 2025 to Feb 2025: 5 in every month", line.Label);
    }

    [Fact]
    public void Ties_name_the_first_month_of_the_low_and_of_the_high()
    {
        var line = KpiSparklines.Of("revenue", [("Jan 2025", 100m), ("Feb 2025", 300m), ("Mar 2025", 100m), ("Apr 2025", 300m)], Money)!;
        Assert.Equal("Monthly revenue, Jan 2025 to Apr 2025: low ₹100 in Jan 2025, high ₹300 in Feb 2025", line.Label);
    }

    [Fact]
    public void Fewer_than_two_months_or_two_values_draw_nothing()
    {
        Assert.Null(KpiSparklines.Of("revenue", [], Money));
        Assert.Null(KpiSparklines.Of("revenue", [("Jan 2025", 100m)], Money));
        Assert.Null(KpiSparklines.Of("revenue", [("Jan 2025", 100m), ("Feb 2025", null)], Money));
    }
}
