using Plotly.NET;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// The iROAS picture: per campaign with a baseline, the revenue its products made in the window
/// against what the pre-period says they would have made anyway. Campaigns without a baseline are
/// in the data table with their note.
/// </summary>
public static class CampaignBaselineChart
{
    public const string Name = "campaign-baseline";
    public const string Title = "Campaign window revenue against baseline (iROAS)";

    public static ChartFigure Build(ChartView view)
    {
        var campaigns = view.View.Campaigns
            .Where(c => c.Naive.WindowRevenue is not null && c.Naive.BaselineRevenue is not null)
            .OrderByDescending(c => c.Naive.IncrementalRevenue)
            .ThenBy(c => c.Campaign, StringComparer.Ordinal)
            .ToList();
        // Readable at hundreds of campaigns: the chart draws the ones with the most payout at stake;
        // the table below it lists every campaign.
        var drawn = MostPaid.Campaigns(campaigns).OrderByDescending(c => c.Naive.IncrementalRevenue).ThenBy(c => c.Campaign, StringComparer.Ordinal).ToList();
        var table = ChartView.Table(
            ["Campaign", "Window", "Window revenue", "Baseline revenue", "Incremental revenue", "Payout", "iROAS", "Note"],
            campaigns.Concat(view.View.Campaigns.Where(c => !campaigns.Contains(c)))
                .Select(c => (IReadOnlyList<string>)[
                    c.Campaign, Window(c), DisplayFormat.Money(c.Naive.WindowRevenue), DisplayFormat.Money(c.Naive.BaselineRevenue),
                    DisplayFormat.Money(c.Naive.IncrementalRevenue), DisplayFormat.Money(c.Payout), DisplayFormat.Ratio(c.Naive.Iroas), Note(c)]));
        if (campaigns.Count == 0)
        {
            return view.Figure(Name, Title, ChartLayout.Empty("No campaigns with baseline data in this view"), table);
        }

        var positions = Enumerable.Range(0, drawn.Count).ToList();
        var hover = drawn.Select(Hover).ToList();
        var window = Bars.Horizontal("Window revenue", drawn.Select(c => ChartText.Rupees(c.Naive.WindowRevenue!.Value)).ToList(), positions, [SeriesColors.Revenue], hover);
        var baseline = Bars.Horizontal("Baseline (expected without campaign)", drawn.Select(c => ChartText.Rupees(c.Naive.BaselineRevenue!.Value)).ToList(), positions, [SeriesColors.Baseline], hover);
        var layout = Dyn.Set(
            ChartLayout.Base(ChartLayout.BarHeight(drawn.Count, perRow: 34), leftMargin: 8),
            ("barmode", "group"),
            ("xaxis", ChartLayout.ValueAxis("INR", tickFormat: "~s", tickPrefix: "₹")),
            ("yaxis", ChartLayout.RankAxis(drawn.Select(c => ChartText.Escape(c.Campaign)).ToList())));
        return view.Figure(Name, Title, ChartLayout.With(Chart.combine([window, baseline]), layout), table);
    }

    private static string Window(CampaignSummary c) =>
        c.StartDate is null ? DisplayFormat.Undefined : $"{DisplayFormat.Date(c.StartDate)} to {DisplayFormat.Date(c.EndDate)}";

    private static string Note(CampaignSummary c) =>
        string.Join("; ", new[] { c.Naive.Note, c.OverlapFlag ? "overlaps " + OverlapText.Names(c.Overlaps) : string.Empty }.Where(s => s.Length > 0));

    private static string Hover(CampaignSummary c)
    {
        string[] lines =
        [
            ChartText.Escape(Window(c)) + $" ({ChartText.Count(c.WindowDays, "day")})",
            "Window revenue " + DisplayFormat.Money(c.Naive.WindowRevenue),
            "Baseline " + DisplayFormat.Money(c.Naive.BaselineRevenue),
            "Incremental " + DisplayFormat.Money(c.Naive.IncrementalRevenue),
            "Payout " + DisplayFormat.Money(c.Payout),
            "iROAS " + DisplayFormat.Ratio(c.Naive.Iroas),
        ];
        return c.OverlapFlag
            ? ChartText.Hover(c.Campaign, [.. lines, "Overlaps " + ChartText.Escape(OverlapText.Names(c.Overlaps)) + ": double counted"])
            : ChartText.Hover(c.Campaign, lines);
    }
}
