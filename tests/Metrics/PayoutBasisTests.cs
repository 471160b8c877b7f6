using RoiReportGen.Data;

namespace RoiReportGen.Tests.Metrics;

public sealed class PayoutBasisTests
{
    [Fact]
    public void SharesOfPayoutAndOfInfluencers()
    {
        var r = new DataBuilder()
            .Influencer("a").Influencer("b").Influencer("c").Influencer("e").Influencer("unpaid")
            .Pay("a", 100m, basis: PayoutBasis.Post).Pay("a", 50m, basis: PayoutBasis.Order)
            .Pay("b", 200m, basis: PayoutBasis.Post)
            .Pay("c", 150m, basis: PayoutBasis.Order)
            .Pay("e", 0m, basis: PayoutBasis.Order)
            .All();
        var (post, order) = (r.PayoutBasis[0], r.PayoutBasis[1]);

        Assert.Equal("post", post.Basis);
        Assert.Equal(2, post.Influencers);              // a, b
        Assert.Equal(0.5m, post.InfluencerShare);       // 2 / 4 paid influencers (a, b, c, e)
        Assert.Equal(300m, post.Payout);                // 100 + 200
        Assert.Equal(0.6m, post.PayoutShare);           // 300 / 500

        Assert.Equal("order", order.Basis);
        Assert.Equal(3, order.Influencers);             // a, c, e
        Assert.Equal(0.75m, order.InfluencerShare);     // 3 / 4
        Assert.Equal(200m, order.Payout);               // 50 + 150 + 0
        Assert.Equal(0.4m, order.PayoutShare);          // 200 / 500
    }

    [Fact]
    public void BothRowsArePresentWithoutPayouts()
    {
        var r = new DataBuilder().Influencer("a").All();

        Assert.Equal(["post", "order"], r.PayoutBasis.Select(b => b.Basis));
        Assert.All(r.PayoutBasis, b =>
        {
            Assert.Equal(0, b.Influencers);
            Assert.Equal(0m, b.Payout);
            Assert.Null(b.InfluencerShare);
            Assert.Null(b.PayoutShare);
        });
    }
}
