using System.Text;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Summary;

/// <summary>Every KPI of every platform in two data sets side by side: base, this, and the change.</summary>
public static class KpiComparisonTable
{
    public static string Format(ReportModel baseline, ReportModel current)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        var text = new StringBuilder("\n### KPIs by platform: base data → this data\n");
        foreach (var (name, before, after) in Pairs(baseline, current))
        {
            text.Append("\n#### ").Append(MarkdownText.Escape(name)).Append("\n\n");
            text.Append(MarkdownText.Header(1, "KPI", "Base", "This", "Change")).Append('\n');
            foreach (var kpi in SummaryKpi.All)
            {
                var b = before is null ? null : kpi.Value(before.Kpis);
                var a = after is null ? null : kpi.Value(after.Kpis);
                text.Append(MarkdownText.Row([kpi.Name, kpi.Format(b), kpi.Format(a), kpi.Change(b, a)])).Append('\n');
            }
        }

        return text.ToString();
    }

    // All first, then every platform of either data set, matched by name ignoring case (each data set
    // keeps the first spelling it saw) and ordered like the report's tabs.
    private static IEnumerable<(string Name, PlatformReport? Before, PlatformReport? After)> Pairs(ReportModel baseline, ReportModel current)
    {
        yield return (current.All.Name, baseline.All, current.All);
        var names = current.Platforms.Select(p => p.Name)
            .Concat(baseline.Platforms.Select(p => p.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ThenBy(n => n, StringComparer.Ordinal);
        foreach (var name in names)
        {
            yield return (
                name,
                baseline.Platforms.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)),
                current.Platforms.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)));
        }
    }
}
