using Plotly.NET;
using RoiReportGen.Metrics;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RoiReportGen.Rendering.Charts;

/// <summary>Two donuts side by side: share of payout and share of influencers, per post vs per order.</summary>
public static class PayoutBasisChart
{
    public const string Name = "payout-basis";
    public const string Title = "Payout basis: per post vs per order";

    private static readonly double[] FullHeight = [0.0, 1.0];

    public static ChartFigure Build(ChartView view)
    {
        var bases = view.View.PayoutBasis;
        var table = ChartView.Table(
            ["Basis", "Payout", "Share of payout", "Influencers", "Share of influencers"],
            bases.Select(b => (IReadOnlyList<string>)[b.Basis, DisplayFormat.Money(b.Payout), DisplayFormat.Percent(b.PayoutShare), DisplayFormat.Count(b.Influencers), DisplayFormat.Percent(b.InfluencerShare)]));
        if (bases.All(b => b.Payout <= 0 && b.Influencers == 0))
        {
            return view.Figure(Name, Title, ChartLayout.Empty("No payout in this view"), table);
        }

        var labels = bases.Select(b => ChartText.Escape(b.Basis)).ToList();
        var colours = bases.Select(b => Color.fromString(b.Basis == "order" ? SeriesColors.Order : SeriesColors.Post));
        var payout = Donut("Payout", bases.Select(b => ChartText.Rupees(b.Payout)), labels, colours, bases.Select(PayoutHover), 0.0, 0.48);
        var people = Donut("Influencers", bases.Select(b => (double)b.Influencers), labels, colours, bases.Select(InfluencerHover), 0.52, 1.0);
        return view.Figure(Name, Title, ChartLayout.With(Chart.combine([payout, people]), ChartLayout.Base(320)), table);
    }

    private static GenericChart Donut(
        string name, IEnumerable<double> values, IReadOnlyList<string> labels, IEnumerable<Color> colours, IEnumerable<string> hover, double from, double to)
    {
        var chart = CSharpChart.Doughnut<double, string, string>(
            values: values.ToArray(), Name: name, Labels: labels.ToArray(), SectionColors: colours.ToArray(), Hole: 0.55, Sort: false, UseDefaults: false);
        // Each donut's name under it (the pie's own title follows the donut wherever it is drawn): in the hole, on a 360 px
        // phone, "Payout" and "Influencers" ran into each other and over the percentages.
        Dyn.Traces(
            chart,
            ("domain", Dyn.Obj(("x", new[] { from, to }), ("y", FullHeight))),
            ("textinfo", "percent"),
            ("title", Dyn.Obj(("text", name), ("position", "bottom center"), ("font", Dyn.Obj(("size", 13))))));
        return Dyn.Hover(chart, hover);
    }

    private static string PayoutHover(PayoutBasisSummary b) => ChartText.Hover(
        "Paid per " + b.Basis, DisplayFormat.Money(b.Payout) + " of payout", DisplayFormat.Percent(b.PayoutShare) + " of the total");

    // An influencer paid on both bases counts in both, so the shares can add up to more than 100%.
    private static string InfluencerHover(PayoutBasisSummary b) => ChartText.Hover(
        "Paid per " + b.Basis, ChartText.Count(b.Influencers, "influencer"), DisplayFormat.Percent(b.InfluencerShare) + " of influencers with payout");
}
