using System.Text;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Summary;

/// <summary>
/// A data commit's effect at a glance, in Markdown for a GitHub job summary: KPIs per platform
/// (optionally against another data set's), top and bottom campaigns by ROAS, data issue counts.
/// Like the site writers it only formats the report model; numbers read as on the page.
/// </summary>
public static class SummaryMarkdownWriter
{
    /// <summary>Campaigns shown at most in each of the top and bottom tables.</summary>
    public const int CampaignsShown = 5;

    /// <summary>The summary of <paramref name="model"/>, compared with <paramref name="baseline"/> when given. LF line ends.</summary>
    public static string Format(ReportModel model, string title, ReportModel? baseline = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(title);
        var text = new StringBuilder();
        text.Append("## ").Append(MarkdownText.Escape(title)).Append("\n\n");
        text.Append("Data ").Append(Overview(model)).Append('\n');
        if (baseline is not null)
        {
            text.Append("\nCompared with the base data ").Append(Overview(baseline)).Append('\n');
            text.Append(KpiComparisonTable.Format(baseline, model));
        }
        else
        {
            text.Append(KpiTable(model));
        }

        text.Append(Campaigns(CampaignRanking.Of(model.All.Campaigns, CampaignsShown)));
        text.Append(Issues(model));
        return text.ToString();
    }

    private static string Overview(ReportModel model) =>
        $"from {DisplayFormat.Date(model.DataStart)} to {DisplayFormat.Date(model.DataEnd)}: "
        + $"{DisplayFormat.Count(model.All.Kpis.Influencers)} influencers, {DisplayFormat.Count(model.All.Kpis.Posts)} posts, "
        + $"{DisplayFormat.Count(model.All.Campaigns.Count)} {(model.All.Campaigns.Count == 1 ? "campaign" : "campaigns")}, "
        + $"{DisplayFormat.Count(model.All.Issues.Count)} {(model.All.Issues.Count == 1 ? "data issue" : "data issues")}.";

    private static string KpiTable(ReportModel model)
    {
        var text = new StringBuilder("\n### KPIs by platform\n\n");
        text.Append(MarkdownText.Header(1, ["Platform", .. SummaryKpi.All.Select(k => k.Name)])).Append('\n');
        foreach (var view in model.Views)
        {
            text.Append(MarkdownText.Row([MarkdownText.Escape(view.Name), .. SummaryKpi.All.Select(k => k.Show(view.Kpis))])).Append('\n');
        }

        return text.ToString();
    }

    private static string Campaigns(CampaignRanking ranking)
    {
        var text = new StringBuilder();
        text.Append(CampaignTable("Top campaigns by ROAS", ranking.Top));
        text.Append(CampaignTable("Bottom campaigns by ROAS", ranking.Bottom));
        if (ranking.WithoutRoas > 0)
        {
            text.Append($"\n{DisplayFormat.Count(ranking.WithoutRoas)} campaigns without payout have no ROAS and are not ranked.\n");
        }

        return text.ToString();
    }

    private static string CampaignTable(string heading, IReadOnlyList<CampaignSummary> campaigns)
    {
        if (campaigns.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder($"\n### {heading}\n\n");
        text.Append(MarkdownText.Header(2, "Campaign", "Brand", "Revenue", "Payout", "ROAS", "iROAS")).Append('\n');
        foreach (var c in campaigns)
        {
            text.Append(MarkdownText.Row([
                MarkdownText.Escape(c.Campaign), MarkdownText.Escape(c.Brand), DisplayFormat.Money(c.Revenue),
                DisplayFormat.Money(c.Payout), DisplayFormat.Ratio(c.Roas), DisplayFormat.RatioWithInterval(c.Incremental.Iroas, c.Incremental.IroasLow, c.Incremental.IroasHigh)])).Append('\n');
        }

        return text.ToString();
    }

    private static string Issues(ReportModel model)
    {
        var issuesByFile = model.All.Issues.CountBy(i => i.File, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var text = new StringBuilder("\n### Data issues\n\n");
        text.Append(MarkdownText.Header(1, "File", "Rows read", "Rows excluded", "Data issues")).Append('\n');
        // File names are the loader's own constants, not data: no escaping needed.
        foreach (var file in model.Counts)
        {
            text.Append(MarkdownText.Row([
                file.File, DisplayFormat.Count(file.Rows), DisplayFormat.Count(file.Excluded),
                DisplayFormat.Count(issuesByFile.GetValueOrDefault(file.File))])).Append('\n');
        }

        text.Append(MarkdownText.Row([
            "All files", DisplayFormat.Count(model.Counts.Sum(c => c.Rows)), DisplayFormat.Count(model.Counts.Sum(c => c.Excluded)),
            DisplayFormat.Count(model.All.Issues.Count)])).Append('\n');
        return text.ToString();
    }
}
