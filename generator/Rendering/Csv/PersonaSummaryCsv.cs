using RoiReportGen.Metrics;
using static RoiReportGen.Rendering.Csv.CsvColumns;

namespace RoiReportGen.Rendering.Csv;

/// <summary>persona_summary.csv: one row per platform × category × gender × follower tier.</summary>
public static class PersonaSummaryCsv
{
    public static CsvTable<PersonaSummary> Table { get; } = new("persona_summary.csv",
    [
        Text<PersonaSummary>("platform", r => r.Platform),
        Text<PersonaSummary>("category", r => r.Category),
        Text<PersonaSummary>("gender", r => r.Gender),
        Text<PersonaSummary>("follower_tier", r => DisplayNames.Of(r.Tier)),
        Count<PersonaSummary>("influencers", r => r.Influencers),
        Count<PersonaSummary>("posts", r => r.Posts),
        Count<PersonaSummary>("orders", r => r.Orders),
        Money<PersonaSummary>("revenue", r => r.Revenue),
        Money<PersonaSummary>("payout", r => r.Payout),
        Ratio<PersonaSummary>("roas", r => r.Roas),
        Money<PersonaSummary>("net_return", r => r.NetReturn),
        Percentage<PersonaSummary>("engagement_rate", r => r.EngagementRate),
        Percentage<PersonaSummary>("engagement_rate_weighted", r => r.EngagementRateWeighted),
    ]);
}
