using RoiReportGen.Metrics.Recommendations;

namespace RoiReportGen.Tests.Metrics.Recommendations;

/// <summary>Issue 15 item 2: the two what-ifs of <see cref="RecommendationFixture"/>, worked by hand.</summary>
public sealed class WhatIfTests
{
    private static readonly RecommendationReport Report = RecommendationFixture.Compute();

    [Fact]
    public void Moving_the_cut_payout_to_scale_follows_the_square_root_response()
    {
        // Cut: E, M = ₹1,000, it gave ₹450 (₹360 to ₹540). Scale: A, P = ₹1,000, incremental ₹1,000 (₹800 to ₹1,200).
        // m_A = M × 1000/1000 = ₹1,000; gain = iROAS 1 × 1000 × (√(1 + 1000/1000) − 1) = 1000 × 0.41421356 = ₹414.21
        // (800 × 0.41421356 = ₹331.37; 1200 × 0.41421356 = ₹497.06).
        // Net = 414.21 − 450 = −₹35.79; low = 331.37 − 540 = −₹208.63; high = 497.06 − 360 = ₹137.06.
        var w = Report.Reallocation!;
        Assert.Equal((1, 1, 1_000m, 1_000m, 1m), (w.CutInfluencers, w.ScaleInfluencers, w.MovedPayout, w.ScalePayout, w.ExtraSpend));
        Assert.Equal(0.41421356m, w.ResponseFactor, 8);
        Assert.Equal(new RangedAmount(450m, 360m, 540m), w.LostIncremental);
        Assert.Equal(414.21m, w.GainedIncremental.Value, 2);
        Assert.Equal(331.37m, w.GainedIncremental.Low, 2);
        Assert.Equal(497.06m, w.GainedIncremental.High, 2);
        Assert.Equal(-35.79m, w.NetChange.Value, 2);
        Assert.Equal(-208.63m, w.NetChange.Low, 2);
        Assert.Equal(137.06m, w.NetChange.High, 2);
    }

    [Fact]
    public void With_no_scale_influencer_there_is_nothing_to_move_to()
    {
        // A target of 5 scales nobody (the highest iROAS is H's 3, and H is renegotiated anyway).
        Assert.Null(RecommendationFixture.Compute(new RecommendationOptions(TargetRoas: 5m)).Reallocation);
    }

    [Fact]
    public void Paying_per_order_prices_each_post_paid_influencer_at_the_median_rate()
    {
        // Median order rate ₹50. Post-paid alone: B 50 orders → ₹2,500; E 20 → ₹1,000; H 10 → ₹500; order-paid ones get none.
        Assert.Equal(2_500m, Report.Of("B").WhatIfOrderBasisPayout);
        Assert.Equal(1_000m, Report.Of("E").WhatIfOrderBasisPayout);
        Assert.Equal(500m, Report.Of("H").WhatIfOrderBasisPayout);
        Assert.Null(Report.Of("A").WhatIfOrderBasisPayout);
        Assert.Null(Report.Of("I").WhatIfOrderBasisPayout);

        // Paid 500 + 1000 + 1000 = ₹2,500; would cost 2500 + 1000 + 500 = ₹4,000.
        // Their incremental revenue: B 1000 × 0.5 = 500 (400–600), E 450 (360–540), H 3000 (2400–3600) → 3950 (3160–4740);
        // as paid 3950 / 2500 = 1.58 (1.264–1.896); per order 3950 / 4000 = 0.9875 (0.79–1.185).
        var w = Report.OrderBasis!;
        Assert.Equal((3, 50m, 2_500m, 4_000m), (w.Influencers, w.MedianRatePerOrder, w.Paid, w.WouldCost));
        Assert.Equal(new RangedAmount(1.58m, 1.264m, 1.896m), w.IroasAsPaid);
        Assert.Equal(new RangedAmount(0.9875m, 0.79m, 1.185m), w.IroasPerOrder);
    }
}
