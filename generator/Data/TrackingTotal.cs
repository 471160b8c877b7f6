namespace RoiReportGen.Data;

/// <summary>
/// tracking_data.csv rolled up while it is read: one entry per date, source kind, campaign,
/// influencer, brand and product, so memory grows with those, never with the number of rows.
/// </summary>
/// <param name="IsOrganic">True for revenue not driven by any influencer (then <see cref="Campaign"/> and <see cref="InfluencerId"/> are "").</param>
/// <param name="Brand">Blank brands become "Unbranded".</param>
/// <param name="Rows">How many accepted rows were summed into this entry.</param>
public sealed record TrackingTotal(
    DateOnly Date,
    bool IsOrganic,
    string Campaign,
    string InfluencerId,
    string Brand,
    string Product,
    long Orders,
    decimal Revenue,
    long Rows);
