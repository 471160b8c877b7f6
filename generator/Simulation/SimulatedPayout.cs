using RoiReportGen.Data;

namespace RoiReportGen.Simulation;

/// <summary>
/// One payouts.csv row; <paramref name="Orders"/> is null on post-basis rows (the column stays blank), and so is
/// <paramref name="Date"/> on rows without a payment date (<see cref="PaymentDates"/>).
/// </summary>
internal sealed record SimulatedPayout(
    string InfluencerId, string Campaign, PayoutBasis Basis, decimal Rate, long? Orders, decimal TotalPayout, DateOnly? Date = null);
