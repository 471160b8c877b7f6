using System.Text.Json.Nodes;
using RoiReportGen.Metrics.Incrementality;
using RoiReportGen.Rendering.Charts;
using static RoiReportGen.Tests.Charts.CounterfactualSamples;

namespace RoiReportGen.Tests.Charts;

/// <summary>The figure of one counterfactual picture, from a hand-made series.</summary>
public sealed class CounterfactualFigureTests
{
    // Two pre-period days, then a two-day window (2025-03-03 to 2025-03-04). Sub-rupee amounts check the rounding
    // to whole rupees (half away from zero) the figure uses to stay small.
    private static readonly CounterfactualSeries Series = new(
        ["Whey"], Date("2025-03-03"), Date("2025-03-04"),
        [
            Day("2025-03-01", 1000.4m, 1000m, 900m, 1100m, 0m),
            Day("2025-03-02", 1199.5m, 1100.49m, 990m, 1210m, 0m),
            Day("2025-03-03", 1500m, 1000m, 900m, 1100m, 500m),       // lift 1500 − 1000 = 500
            Day("2025-03-04", 1300.5m, 1000m, 900.5m, 1100m, 800.5m), // 500 + (1300.5 − 1000) = 800.5
        ]);

    private static JsonObject Figure(CounterfactualSeries series) => JsonNode.Parse(CounterfactualFigure.Json(series))!.AsObject();

    private static double[] Y(JsonNode trace) => [.. trace["y"]!.AsArray().Select(n => n!.GetValue<double>())];

    [Fact]
    public void Draws_actual_against_the_counterfactual_with_the_band_filled_between_low_and_high_and_the_lift_below()
    {
        var data = Figure(Series)["data"]!.AsArray();
        Assert.Equal(5, data.Count);

        // The band: Low (no legend, no line) and then High filled to it, so the fill lies between the two.
        Assert.Equal("90% band, low", data[0]!["name"]!.GetValue<string>());
        Assert.False(data[0]!["showlegend"]!.GetValue<bool>());
        Assert.Equal([900, 990, 900, 901], Y(data[0]!));               // 900.5 → 901
        Assert.Equal("tonexty", data[1]!["fill"]!.GetValue<string>());
        Assert.Equal([1100, 1210, 1100, 1100], Y(data[1]!));
        Assert.Equal(0, data[0]!["line"]!["width"]!.GetValue<double>());

        Assert.Equal("dash", data[2]!["line"]!["dash"]!.GetValue<string>());
        Assert.Equal([1000, 1100, 1000, 1000], Y(data[2]!));           // 1100.49 → 1100
        Assert.Equal("Actual", data[3]!["name"]!.GetValue<string>());
        Assert.Equal([1000, 1200, 1500, 1301], Y(data[3]!));           // 1000.4 → 1000, 1199.5 → 1200, 1300.5 → 1301

        Assert.Equal("y2", data[4]!["yaxis"]!.GetValue<string>());
        Assert.Equal([0, 0, 500, 801], Y(data[4]!));                   // 800.5 → 801
        Assert.All(data.Take(4), t => Assert.Equal("y", t!["yaxis"]!.GetValue<string>()));

        // Consecutive days: x0 + one day in ms, no date per point.
        Assert.All(data, t =>
        {
            Assert.Equal("2025-03-01", t!["x0"]!.GetValue<string>());
            Assert.Equal(86_400_000, t["dx"]!.GetValue<long>());
            Assert.Null(t["x"]);
        });
    }

    [Fact]
    public void Shades_the_window_over_both_panels_from_its_first_day_to_the_end_of_its_last()
    {
        var layout = Figure(Series)["layout"]!;
        var shape = Assert.Single(layout["shapes"]!.AsArray())!;
        Assert.Equal("rect", shape["type"]!.GetValue<string>());
        Assert.Equal("2025-03-03", shape["x0"]!.GetValue<string>());
        Assert.Equal("2025-03-05", shape["x1"]!.GetValue<string>());   // the day after 2025-03-04
        Assert.Equal("paper", shape["yref"]!.GetValue<string>());
        Assert.Equal(0, shape["y0"]!.GetValue<double>());
        Assert.Equal(1, shape["y1"]!.GetValue<double>());

        // Two stacked panels on one date axis: revenue above, the lift below.
        Assert.Equal("date", layout["xaxis"]!["type"]!.GetValue<string>());
        Assert.Equal("y2", layout["xaxis"]!["anchor"]!.GetValue<string>());
        var top = layout["yaxis"]!["domain"]!.AsArray().Select(n => n!.GetValue<double>()).ToList();
        var bottom = layout["yaxis2"]!["domain"]!.AsArray().Select(n => n!.GetValue<double>()).ToList();
        Assert.True(bottom[1] < top[0], "the lift panel sits below the revenue panel");
    }

    [Fact]
    public void Hover_values_use_indian_grouping_through_the_figures_locale()
    {
        var figure = Figure(Series);
        var format = figure["config"]!["locales"]!["en-IN"]!["format"]!;
        Assert.Equal("en-IN", figure["config"]!["locale"]!.GetValue<string>());
        // d3-format cycles the list: 3 then twos gives 12,34,56,789.
        Assert.Equal([3, 2, 2, 2, 2, 2, 2, 2], format["grouping"]!.AsArray().Select(n => n!.GetValue<int>()));
        Assert.Equal("₹", format["currency"]![0]!.GetValue<string>());
        // Both panels' hover values: currency (₹ from the locale), grouped, whole rupees.
        Assert.Equal("$,.0f", figure["layout"]!["yaxis"]!["hoverformat"]!.GetValue<string>());
        Assert.Equal("$,.0f", figure["layout"]!["yaxis2"]!["hoverformat"]!.GetValue<string>());
        Assert.Equal("x unified", figure["layout"]!["hovermode"]!.GetValue<string>());
    }

    [Fact]
    public void A_series_with_left_out_days_gives_each_point_its_date()
    {
        // 2025-03-02 was contaminated by another campaign and is not in the series.
        var gappy = Series with { Days = [Series.Days[0], Series.Days[2], Series.Days[3]] };
        var trace = Figure(gappy)["data"]!.AsArray()[3]!;
        Assert.Equal(["2025-03-01", "2025-03-03", "2025-03-04"], trace["x"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Null(trace["x0"]);
    }

    [Fact]
    public void The_same_series_gives_the_same_bytes()
    {
        var start = Date("2025-03-10");
        Assert.Equal(
            CounterfactualFigure.Json(Synthetic(start, start.AddDays(9), 12_345.67m, 2_000m)),
            CounterfactualFigure.Json(Synthetic(start, start.AddDays(9), 12_345.67m, 2_000m)));
    }

    [Fact]
    public void One_series_is_serialised_once_however_many_views_and_pages_draw_it()
    {
        // Overlapping campaigns share one estimate: every page that draws it gets the very same string, not a copy.
        var series = Synthetic(Date("2025-03-10"), Date("2025-03-19"), 12_345.67m, 2_000m);
        Assert.Same(CounterfactualFigure.Json(series), CounterfactualFigure.Json(series));
    }
}
