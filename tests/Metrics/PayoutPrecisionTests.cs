using RoiReportGen.Data;
using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

/// <summary>Issue 12 item 5: allocated payout keeps (nearly) decimal's full precision and still adds up exactly.</summary>
public sealed class PayoutPrecisionTests
{
    // t is paid 1000 without a campaign and sold 1 order in A (revenue 1000) and 2 in B (revenue 2000).
    // The data's largest total is 3000 (4 integer digits), so parts keep 21 − 4 = 17 decimal places.
    private static PlatformReport Thirds() => new DataBuilder()
        .Influencer("t")
        .Sale(0, "A", "t", "P", 1, 1_000m)
        .Sale(1, "B", "t", "P", 2, 2_000m)
        .Pay("t", 1_000m)
        .All();

    [Fact]
    public void AllocatedPartsKeepSeventeenPlacesAndAddUpExactly()
    {
        var r = Thirds();

        // 1000 × 1/3 = 333.333… and 1000 × 2/3 = 666.666…, both cut to 17 places; the one unit the cuts
        // leave over (10^-17) goes to B, whose cut lost more (0.67 units against 0.33).
        Assert.Equal(333.33333333333333333m, r.Campaign("A").Payout);
        Assert.Equal(666.66666666666666667m, r.Campaign("B").Payout);
        Assert.Equal(1_000m, r.Campaign("A").Payout + r.Campaign("B").Payout);
    }

    [Fact]
    public void RoasFromTheAllocatedPayoutEqualsTheFullPrecisionRecomputation()
    {
        var r = Thirds();
        var fullA = 1_000m / (1_000m * 1m / 3m);   // revenue / (payout × 1/3) = 3 (to decimal's 28 digits)
        var fullB = 2_000m / (1_000m * 2m / 3m);   // 3

        // Cut to 4 places A's payout was 333.3333 and its ROAS 3.0000003 (off by 3 × 10^-7); now the
        // difference is below 10^-18, far beyond what the page (2 places) or any analysis can see.
        Assert.InRange(Math.Abs(r.Campaign("A").Roas!.Value - fullA), 0m, 1e-18m);
        Assert.InRange(Math.Abs(r.Campaign("B").Roas!.Value - fullB), 0m, 1e-18m);
    }

    [Theory]
    [InlineData("0.5", 20)]                          // 1 integer digit ("0")
    [InlineData("3000", 17)]                         // 4 digits
    [InlineData("99999999.9999", 13)]                // 8 digits: the shipped data's size
    [InlineData("9999999999999999", 5)]              // 16 digits
    [InlineData("100000000000000000", 4)]            // 10^17: 18 digits, 21 − 18 = 3, but never below 4
    [InlineData("1000000000000000000", 4)]           // 10^18, the cap of a file's total
    public void DecimalsAre21MinusTheIntegerDigitsOfTheLargestTotalAtLeast4(string largestTotal, int decimals)
    {
        Assert.Equal(decimals, AllocationPrecision.Decimals(decimal.Parse(largestTotal, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void TheLargestTotalIsTheLargerOfAllPayoutAndAllTrackingRevenue()
    {
        // Payout 1,00,000 (6 digits) against revenue 12 + 88 organic = 100 (3 digits): 21 − 6 = 15 places.
        var data = new DataBuilder().Influencer("a")
            .Sale(0, "A", "a", "P", 1, 12m)
            .Organic(0, "P", 88m)
            .Pay("a", 100_000m)
            .Build();

        Assert.Equal(15, AllocationPrecision.Decimals(data));
    }

    [Fact]
    public void TheSmallestPartOverTheLargestRevenueDoesNotOverflow()
    {
        // Revenue at a row's cap (10^15, 16 digits: 5 places) in A with 1 order; 999,999 orders in B.
        // 0.0001 × 1/10^6 = 10^-10 is cut to 0 at 5 places; the one unit left (0.00001) goes to B, whose
        // cut lost more. A has payout 0 and an undefined ROAS, never an overflow.
        var r = new DataBuilder().Influencer("t")
            .Sale(0, "A", "t", "P", 1, FieldParser.MaxAmount)
            .Sale(1, "B", "t", "P", 999_999, 1m)
            .Pay("t", 0.0001m)
            .All();

        Assert.Equal(0m, r.Campaign("A").Payout);
        Assert.Null(r.Campaign("A").Roas);
        Assert.Equal(0.0001m, r.Campaign("B").Payout);
        Assert.Equal(10_000m, r.Campaign("B").Roas);            // 1 / 0.0001
    }
}
