namespace RoiReportGen.Data;

/// <summary>One accepted row of payouts.csv.</summary>
/// <param name="Campaign">"" when the row names no campaign (it is then allocated, see SPEC 2).</param>
/// <param name="Orders">Orders paid for, when the file gives them.</param>
/// <param name="TotalPayout">The amount actually paid: the source of truth for spend.</param>
/// <param name="Date">The payment date (optional column): places the row in its period; null when blank, and then
/// the row is spread over periods by its basis activity (generator/Metrics/README.md, "Periods").</param>
public sealed record Payout(
    string InfluencerId,
    string Campaign,
    PayoutBasis Basis,
    decimal Rate,
    long? Orders,
    decimal TotalPayout,
    int Line,
    DateOnly? Date = null);
