using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Summary;

/// <summary>One headline figure of the summary: its name, where it comes from and how it reads.</summary>
/// <param name="Shown">How the summary's KPI table shows it when more than its value (iROAS with its interval); <paramref name="Format"/> of the value otherwise.</param>
public sealed record SummaryKpi(string Name, Func<KpiSummary, decimal?> Value, Func<decimal?, string> Format, Func<KpiSummary, string>? Shown = null)
{
    /// <summary>The KPIs of the report's cards (SPEC 3) plus net return, in the order they are shown.</summary>
    public static IReadOnlyList<SummaryKpi> All { get; } =
    [
        new("Revenue", k => k.Revenue, DisplayFormat.Money),
        new("Payout", k => k.Payout, DisplayFormat.Money),
        new("ROAS", k => k.Roas, DisplayFormat.Ratio),
        new("iROAS", k => k.Iroas.Iroas, DisplayFormat.Ratio, k => DisplayFormat.RatioWithInterval(k.Iroas.Iroas, k.Iroas.Low, k.Iroas.High)),
        new("Net return", k => k.NetReturn, DisplayFormat.Money),
        new("Orders", k => k.Orders, Count),
        new("Influencers", k => k.Influencers, Count),
        new("Posts", k => k.Posts, Count),
    ];

    /// <summary>This KPI of <paramref name="kpis"/> as the report shows it.</summary>
    public string Show(KpiSummary kpis) => Shown is null ? Format(Value(kpis)) : Shown(kpis);

    /// <summary>The change from <paramref name="before"/> to <paramref name="after"/>, signed ("+₹500", "−0.12", "0"); "—" when either is undefined.</summary>
    public string Change(decimal? before, decimal? after)
    {
        if (before is not { } b || after is not { } a)
        {
            return DisplayFormat.Undefined;
        }

        // Formatted from the full-precision difference; a rise that rounds to nothing gets no sign.
        var text = Format(a - b);
        return a > b && text.Any(c => c is >= '1' and <= '9') ? "+" + text : text;
    }

    private static string Count(decimal? value) => DisplayFormat.Count(value is { } v ? (long)v : null);
}
