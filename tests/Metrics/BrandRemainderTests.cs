namespace RoiReportGen.Tests.Metrics;

/// <summary>Issue 12 item 6: where the rounding remainder of a brand split goes, and that nothing is lost.</summary>
public sealed class BrandRemainderTests
{
    [Fact]
    public void ThreeEqualBrandSharesAddUpAndTheTiedRemainderGoesToTheFirstBrandByName()
    {
        // x is paid 100 on C and sold 1 order of each of three brands. Largest total: 100 (payout; revenue
        // is 30), 3 integer digits, so parts keep 21 − 3 = 18 places: 100 / 3 = 33.333333333333333333 each,
        // which leaves 10^-18 over. The three cut equally, so the tie goes to the first brand (ordinal).
        var r = new DataBuilder().Influencer("x")
            .Sale(0, "C", "x", "Whey", 1, 10m, "MuscleBlaze")
            .Sale(0, "C", "x", "Kids", 1, 10m, "Gritzo")
            .Sale(0, "C", "x", "Multi", 1, 10m, "HKVitals")
            .Pay("x", 100m, "C")
            .All();

        Assert.Equal(33.333333333333333334m, r.Brand("Gritzo").Payout);
        Assert.Equal(33.333333333333333333m, r.Brand("HKVitals").Payout);
        Assert.Equal(33.333333333333333333m, r.Brand("MuscleBlaze").Payout);
        Assert.Equal(100m, r.Brands.Sum(b => b.Payout));
    }

    [Fact]
    public void TheRemainderGoesToTheBrandWhoseCutLostMost()
    {
        // 100 over orders 1 : 2 (Gritzo : MuscleBlaze): 33.333… and 66.666…; MuscleBlaze's cut lost 0.67
        // of a unit against Gritzo's 0.33, so MuscleBlaze takes the left-over unit although it is named later.
        var r = new DataBuilder().Influencer("x")
            .Sale(0, "C", "x", "Kids", 1, 10m, "Gritzo")
            .Sale(0, "C", "x", "Whey", 2, 20m, "MuscleBlaze")
            .Pay("x", 100m, "C")
            .All();

        Assert.Equal(33.333333333333333333m, r.Brand("Gritzo").Payout);
        Assert.Equal(66.666666666666666667m, r.Brand("MuscleBlaze").Payout);
    }
}
