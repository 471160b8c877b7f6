using System.Text.Json.Nodes;
using RoiReportGen.Rendering.Charts;

namespace RoiReportGen.Tests.Charts;

/// <summary>
/// The influencer page's weekly figure is filled into a template made once by Plotly.NET; it must be the figure Plotly.NET
/// builds from the same values (numbers compared as numbers: Plotly.NET writes 479.0 where the template writes 479).
/// </summary>
public sealed class InfluencerWeeksChartTests
{
    private static readonly InfluencerWeeksChart.Window[] Windows =
    [
        new("Diwali Dhamaka", new DateOnly(2025, 10, 6), new DateOnly(2025, 11, 2), "campaigns/diwali-dhamaka.html"),
        new("</script><b>x</b> & \"quoted\" campaign with a long name", new DateOnly(2025, 10, 20), new DateOnly(2025, 10, 20), null),
        new("Last", new DateOnly(2025, 12, 1), DateOnly.MaxValue, "campaigns/last.html"),
    ];

    private static void AssertSameFigure(string expected, string actual)
    {
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}{Environment.NewLine}actual   {actual}");
        // Safe inside a script block: no raw '<', '>' or '&' left.
        Assert.DoesNotContain('<', actual);
        Assert.DoesNotContain('>', actual);
        Assert.DoesNotContain('&', actual);
    }

    [Fact]
    public void A_filled_span_is_the_figure_plotly_net_builds_with_its_windows_and_labels()
    {
        // Three blocks from 2025-10-07: ₹479, nothing, ₹1,250.
        double[] y = [479, 0, 1250];
        (string, object?)[] x = [("x0", "2025-10-07"), ("dx", 7 * 86_400_000L)];
        var filled = InfluencerWeeksChart.Fill(y, x, Windows);
        AssertSameFigure(InfluencerWeeksChart.Plotly(y, x, Windows), filled);

        var figure = JsonNode.Parse(filled)!;
        Assert.Equal("2025-10-07", figure["data"]![0]!["x0"]!.GetValue<string>());
        Assert.Equal(604_800_000L, figure["data"]![0]!["dx"]!.GetValue<long>()); // 7 × 86,400,000 ms
        var shapes = figure["layout"]!["shapes"]!.AsArray();
        Assert.Equal(["2025-10-06", "2025-10-20", "2025-12-01"], shapes.Select(s => s!["x0"]!.GetValue<string>()));
        // A window is shaded to the next midnight; 9999-12-31 has none, so its last millisecond.
        Assert.Equal(["2025-11-03", "2025-10-21", "9999-12-31 23:59:59.999"], shapes.Select(s => s!["x1"]!.GetValue<string>()));

        // A label with a campaign page takes clicks and carries the page; one without is plain text.
        var labels = figure["layout"]!["annotations"]!.AsArray();
        Assert.Equal("campaigns/diwali-dhamaka.html", labels[0]!["name"]!.GetValue<string>());
        Assert.True(labels[0]!["captureevents"]!.GetValue<bool>());
        Assert.Null(labels[1]!["name"]);
        Assert.Null(labels[1]!["captureevents"]);
        Assert.Equal("&lt;/script&gt;&lt;b&gt;x&lt;/b&gt; &amp; &quot;quoted&quot; campaign with a long name", labels[1]!["hovertext"]!.GetValue<string>());
        // Labels stagger over three rows, 0.08 apart.
        Assert.Equal([0.98, 0.9, 0.82], labels.Select(l => Math.Round(l!["y"]!.GetValue<double>(), 10)));
    }

    [Fact]
    public void A_span_too_long_to_fill_gives_its_dates_and_no_windows_gives_no_shapes()
    {
        double[] y = [100, 200];
        (string, object?)[] x = [("x", new[] { "2025-01-06", "2040-01-02" })];
        var filled = InfluencerWeeksChart.Fill(y, x, []);
        AssertSameFigure(InfluencerWeeksChart.Plotly(y, x, []), filled);
        var trace = JsonNode.Parse(filled)!["data"]![0]!;
        Assert.Null(trace["x0"]);
        Assert.Null(trace["dx"]);
        Assert.Empty(JsonNode.Parse(filled)!["layout"]!["shapes"]!.AsArray());
    }

    [Fact]
    public void Filling_twice_gives_the_same_bytes_and_leaves_the_template_as_it_was()
    {
        double[] y = [479, 0, 1250];
        (string, object?)[] x = [("x0", "2025-10-07"), ("dx", 7 * 86_400_000L)];
        var first = InfluencerWeeksChart.Fill(y, x, Windows);
        _ = InfluencerWeeksChart.Fill([1], [("x0", "2026-01-05"), ("dx", 7 * 86_400_000L)], []);
        Assert.Equal(first, InfluencerWeeksChart.Fill(y, x, Windows));
    }
}
