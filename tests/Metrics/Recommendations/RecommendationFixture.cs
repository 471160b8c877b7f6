using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Incrementality;
using RoiReportGen.Metrics.Recommendations;

namespace RoiReportGen.Tests.Metrics.Recommendations;

/// <summary>
/// A programme worked out by hand: one influencer per action and per boundary of SPEC 2's rules.
/// Campaigns (their lifts given, as the estimator would hand them over):
///   C1: attributed ₹10,000, incremental ₹5,000 (90%: ₹4,000 to ₹6,000) → share 0.5 (0.4–0.6), verdict incremental;
///   C2: attributed ₹10,000, incremental ₹2,000 (90%: −₹1,000 to ₹5,000) → share 0.2 (−0.1–0.5), no measurable lift;
///   C3: no estimate (no baseline data).
/// Influencers (posts, orders, sales, payout on basis at rate):
///   A  3 posts, 10 orders, C1 ₹2,000,  ₹1,000 order @100 → ROAS 2,  iROAS 2000×0.5/1000 = 1.00 (0.80–1.20), CPO 100 → scale (exactly at target, exactly 3 posts, exactly 10 orders)
///   B  2 posts, 50 orders, C1 ₹1,000,    ₹500 post       → too early (posts); CPO 10
///   C  3 posts,  9 orders, C1 ₹1,000,    ₹900 order @100 → too early (orders); CPO 100
///   D  5 posts, 20 orders, C3 ₹1,000,    ₹500 order @25  → too early (no estimate); CPO 25
///   E  5 posts, 20 orders, C1 ₹900,    ₹1,000 post       → ROAS 0.9, iROAS 450/1000 = 0.45 (0.36–0.54) → cut; CPO 50
///   F  5 posts, 20 orders, C1 ₹1,000,  ₹1,000 order @50  → ROAS exactly 1, iROAS 0.5 (0.4–0.6) → renegotiate (not cut); CPO 50
///   G  5 posts, 20 orders, C2 ₹10,000, ₹1,000 order @50  → ROAS 10, iROAS 2000/1000 = 2 (−1–5), C2 not incremental → keep; CPO 50
///   H  5 posts, 10 orders, C1 ₹6,000,  ₹1,000 post       → ROAS 6, iROAS 3 (2.4–3.6), CPO 100 &gt; median 50 → renegotiate
///   I  5 posts, 10 orders, C1 ₹1,000,  no payout         → too early (no payout); no CPO
/// Median cost per order over A–H (I has none): 10, 25, 50, 50, 50, 100, 100, 100 → (50 + 50) / 2 = 50.
/// Median rate per order over the order-basis rows (A, C, D, F, G): 25, 50, 50, 100, 100 → 50.
/// </summary>
internal static class RecommendationFixture
{
    public static DataSet Data()
    {
        var b = new DataBuilder();
        (string Id, long Posts, long Orders, string Campaign, decimal Revenue)[] rows =
        [
            ("A", 3, 10, "C1", 2_000m), ("B", 2, 50, "C1", 1_000m), ("C", 3, 9, "C1", 1_000m),
            ("D", 5, 20, "C3", 1_000m), ("E", 5, 20, "C1", 900m), ("F", 5, 20, "C1", 1_000m),
            ("G", 5, 20, "C2", 10_000m), ("H", 5, 10, "C1", 6_000m), ("I", 5, 10, "C1", 1_000m),
        ];
        foreach (var r in rows)
        {
            b.Influencer(r.Id).Posts(r.Id, r.Posts, 1_000, 50, 10).Sale(10, r.Campaign, r.Id, "P", r.Orders, r.Revenue);
        }

        var line = 2;
        Payout Row(string id, PayoutBasis basis, decimal rate, decimal total) => new(id, "", basis, rate, null, total, line++);
        return b.Build() with
        {
            Payouts =
            [
                Row("A", PayoutBasis.Order, 100m, 1_000m),
                Row("B", PayoutBasis.Post, 250m, 500m),
                Row("C", PayoutBasis.Order, 100m, 900m),
                Row("D", PayoutBasis.Order, 25m, 500m),
                Row("E", PayoutBasis.Post, 500m, 1_000m),
                Row("F", PayoutBasis.Order, 50m, 1_000m),
                Row("G", PayoutBasis.Order, 50m, 1_000m),
                Row("H", PayoutBasis.Post, 200m, 1_000m),
            ],
        };
    }

    public static IReadOnlyDictionary<string, CampaignLift> Lifts { get; } = new Dictionary<string, CampaignLift>(StringComparer.Ordinal)
    {
        ["C1"] = Lift("C1", LiftWords.Incremental, 5_000m, 4_000m, 6_000m),
        ["C2"] = Lift("C2", LiftWords.NoMeasurableLift, 2_000m, -1_000m, 5_000m),
        ["C3"] = new("C3", "", LiftWords.NoBaselineData, 1_000m, null, null, null, null, 0m, [], 3, null),
    };

    public static RecommendationReport Compute(RecommendationOptions? options = null)
    {
        var data = Data();
        return RecommendationCalculator.Compute(data, InfluencerCalculator.Compute(data), Lifts, options ?? RecommendationOptions.Default);
    }

    public static InfluencerRecommendation Of(this RecommendationReport report, string id) =>
        report.Influencers.Single(r => r.InfluencerId == id);

    private static CampaignLift Lift(string name, string verdict, decimal inc, decimal low, decimal high) =>
        new(name, EstimateMethods.TbrControls, verdict, 10_000m, 10_000m - inc, inc, low, high, (high - low) / 2m, [], 56, null);
}
