using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>Payout split by basis: "post" then "order", both always present.</summary>
internal static class PayoutBasisCalculator
{
    public static IReadOnlyList<PayoutBasisSummary> Compute(DataSet data)
    {
        var total = data.Payouts.Sum(p => p.TotalPayout);
        var paid = data.Payouts.Select(p => p.InfluencerId).Distinct(StringComparer.Ordinal).Count();
        return
        [
            Summarise(data.Payouts, PayoutBasis.Post, "post", total, paid),
            Summarise(data.Payouts, PayoutBasis.Order, "order", total, paid),
        ];
    }

    private static PayoutBasisSummary Summarise(IReadOnlyList<Payout> payouts, PayoutBasis basis, string label, decimal total, int paid)
    {
        var rows = payouts.Where(p => p.Basis == basis).ToList();
        var influencers = rows.Select(p => p.InfluencerId).Distinct(StringComparer.Ordinal).Count();
        var payout = rows.Sum(p => p.TotalPayout);

        // An influencer paid on both bases counts in both, so the influencer shares may add up past 1.
        return new PayoutBasisSummary(label, influencers, Ratio.Of(influencers, paid), payout, Ratio.Of(payout, total));
    }
}
