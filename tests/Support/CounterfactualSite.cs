using System.Text;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Incrementality;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Charts;
using RoiReportGen.Rendering.Site;
using RoiReportGen.Tests.Charts;

namespace RoiReportGen.Tests.Support;

/// <summary>
/// A report page with the counterfactual pictures drawn, before the estimator is wired in: the same steps as
/// SiteWriter (assets, charts, page, index.html), fed hand-made estimates shaped after each campaign's window.
/// </summary>
internal static class CounterfactualSite
{
    /// <summary>Writes assets/ and index.html into <paramref name="root"/>; returns the index.html path.</summary>
    public static string Write(string root, ReportModel model, Func<PlatformReport, IReadOnlyList<CounterfactualPicture>>? pictures)
    {
        var templates = TemplateSet.Default;
        Directory.CreateDirectory(root);
        SiteAssets.Write(root, templates);
        var slugs = ViewSlugs.Assign(model.Views);
        var charts = ReportCharts.Build(model, slugs, pictures);
        var page = SitePageBuilder.Build(model, slugs, charts, SiteOptions.Default, templates);
        var index = Path.Combine(root, SiteWriter.IndexFile);
        File.WriteAllText(index, templates.RenderHtml("layout.sbn", page), new UTF8Encoding(false));
        return index;
    }

    /// <summary>
    /// One estimate per campaign of the model: campaigns that overlap (by their listed overlaps) form one group
    /// with one series over the union of their windows; a campaign without a naive baseline gets "no baseline data".
    /// </summary>
    public static Func<PlatformReport, IReadOnlyList<CounterfactualPicture>> Pictures(ReportModel model)
    {
        var campaigns = model.All.Campaigns.ToDictionary(c => c.Campaign, StringComparer.Ordinal);
        var groupOf = Groups(model.All.Campaigns);
        var series = new Dictionary<string, CounterfactualSeries>(StringComparer.Ordinal);
        var estimates = new Dictionary<string, IncrementalEstimate>(StringComparer.Ordinal);
        foreach (var c in model.All.Campaigns)
        {
            if (c.StartDate is null || c.EndDate is null)
            {
                estimates[c.Campaign] = CounterfactualSamples.Estimate(Verdicts.NoWindow, null);
                continue;
            }

            if (c.BaselineRevenue is null)
            {
                estimates[c.Campaign] = CounterfactualSamples.Estimate(Verdicts.NoBaselineData, null);
                continue;
            }

            var group = groupOf[c.Campaign];
            var key = string.Join('|', group);
            if (!series.TryGetValue(key, out var shared))
            {
                var members = group.Select(g => campaigns[g]).Where(m => m.StartDate is not null).ToList();
                var days = Math.Max(1, members.Sum(m => m.WindowDays));
                var level = members.Sum(m => m.WindowRevenue ?? 0m) / days;
                shared = CounterfactualSamples.Synthetic(
                    members.Min(m => m.StartDate!.Value), members.Max(m => m.EndDate!.Value), level * 0.7m, level * 0.3m);
                series[key] = shared;
            }

            estimates[c.Campaign] = CounterfactualSamples.Estimate(
                Verdicts.Incremental, shared, group.Count > 1 ? [.. group] : []);
        }

        return view => [.. view.Campaigns.Select(c => new CounterfactualPicture(c.Campaign, c.Payout, estimates[c.Campaign]))];
    }

    // A stand-in for the estimator's overlap groups: two campaigns that overlap only each other form a pair
    // (the shipped MusclePush and ProteinWeek); every other campaign stays alone, so a simulated programme keeps
    // many pictures. Names in ordinal order.
    private static Dictionary<string, IReadOnlyList<string>> Groups(IReadOnlyList<CampaignSummary> campaigns)
    {
        var byName = campaigns.ToDictionary(c => c.Campaign, StringComparer.Ordinal);
        return campaigns.ToDictionary(
            c => c.Campaign,
            c => c.Overlaps is { Count: 1, First: [var other] } && byName.TryGetValue(other, out var o) && o.Overlaps is { Count: 1, First: [var back] } && back == c.Campaign
                ? (IReadOnlyList<string>)[.. new[] { c.Campaign, other }.Order(StringComparer.Ordinal)]
                : [c.Campaign],
            StringComparer.Ordinal);
    }
}
