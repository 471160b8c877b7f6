using RoiReportGen.Rendering.Charts;

namespace RoiReportGen.Tests.Charts;

/// <summary>Issue 16 item 3: money axes read in Indian units (K below a lakh, L, Cr), never Plotly's k and M.</summary>
public sealed class IndianUnitsTests
{
    [Theory]
    [InlineData("0", "₹0")]
    [InlineData("500", "₹500")]
    [InlineData("0.5", "₹0.5")]
    [InlineData("999", "₹999")]
    [InlineData("1000", "₹1K")] // 1,000 = 1 thousand
    [InlineData("50000", "₹50K")] // 50,000 = 50 thousand
    [InlineData("99999", "₹1L")] // 99.999K rounds to 100.00K = 1,00,000: a lakh, not "₹100K"
    [InlineData("99990", "₹99.99K")] // 99,990 / 1,000 = 99.99
    [InlineData("100000", "₹1L")] // 1,00,000 = 1 lakh
    [InlineData("120000", "₹1.2L")] // 1,20,000 / 1,00,000 = 1.2
    [InlineData("123456", "₹1.23L")] // 1.23456 → 1.23
    [InlineData("125000", "₹1.25L")] // a fraction of a lakh: 1,25,000 / 1,00,000 = 1.25
    [InlineData("500000", "₹5L")]
    [InlineData("1000000", "₹10L")] // Plotly's "₹1M"
    [InlineData("999999.5", "₹10L")] // 9.999995 → 10.00 (half away from zero)
    [InlineData("9999999", "₹1Cr")] // 99.99999L rounds to 100L = 1 crore
    [InlineData("10000000", "₹1Cr")]
    [InlineData("12000000", "₹1.2Cr")] // 1,20,00,000 / 1,00,00,000 = 1.2
    [InlineData("123456789012", "₹12,345.68Cr")] // 12,34,56,78,90,12 / 1,00,00,000 = 12,345.6789012; crores grouped the Indian way
    [InlineData("-500000", "−₹5L")] // minus sign U+2212, as DisplayFormat.Money
    [InlineData("-25000", "−₹25K")]
    [InlineData("-0.001", "₹0")] // rounds to zero: no sign
    public void Labels_an_amount_in_its_indian_unit(string amount, string expected) =>
        Assert.Equal(expected, IndianUnits.Label(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Fewer_decimals_round_half_away_from_zero() =>
        Assert.Equal("₹1.3L", IndianUnits.Label(125_000m, decimals: 1)); // 1.25 → 1.3

    [Theory]
    [InlineData("0.2", "1")] // never below ₹1
    [InlineData("1", "1")]
    [InlineData("1.5", "2")]
    [InlineData("2.1", "2.5")]
    [InlineData("3", "5")]
    [InlineData("6", "10")]
    [InlineData("10", "10")]
    [InlineData("336000", "500000")] // ₹16.8L over 5 steps: 3.36L a step, rounded up to 5L
    [InlineData("200001", "250000")]
    public void A_step_is_the_smallest_round_one_that_is_large_enough(string least, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), MoneyAxis.Step(decimal.Parse(least, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Ticks_run_from_zero_past_the_largest_value()
    {
        // Largest ₹16,80,000: 16.8L / 5 steps = 3.36L, step 5L; 0 to ceil(16.8 / 5) × 5L = 20L.
        var ticks = MoneyAxis.Ticks([1_680_000, 120_000, 0]);
        Assert.Equal([0m, 500_000m, 1_000_000m, 1_500_000m, 2_000_000m], ticks);
        Assert.Equal(["₹0", "₹5L", "₹10L", "₹15L", "₹20L"], ticks.Select(t => IndianUnits.Label(t)));
    }

    [Fact]
    public void Ticks_cover_negative_values_and_zero()
    {
        // Lift from −₹30,000 to ₹1,10,000: span 1,40,000 / 2 steps = 70,000, step 1L; floor(−0.3) = −1 to ceil(1.1) = 2.
        var ticks = MoneyAxis.Ticks([-30_000, 50_000, 110_000], maxSteps: 2);
        Assert.Equal([-100_000m, 0m, 100_000m, 200_000m], ticks);
        Assert.Equal(["−₹1L", "₹0", "₹1L", "₹2L"], ticks.Select(t => IndianUnits.Label(t)));
    }

    [Fact]
    public void Ticks_in_crores_mix_lakh_and_crore_labels()
    {
        // Largest ₹1,20,00,000: 1.2Cr / 5 = 24L, step 25L; 0 to ceil(120 / 25) × 25L = 1.25Cr.
        var ticks = MoneyAxis.Ticks([12_000_000]);
        Assert.Equal(["₹0", "₹25L", "₹50L", "₹75L", "₹1Cr", "₹1.25Cr"], ticks.Select(t => IndianUnits.Label(t)));
    }

    [Fact]
    public void Small_amounts_step_in_thousands_and_rupees()
    {
        // Largest ₹9,000: 9,000 / 5 = 1,800, step 2,000 → 0, 2K, … 10K.
        Assert.Equal(["₹0", "₹2K", "₹4K", "₹6K", "₹8K", "₹10K"], MoneyAxis.Ticks([9_000]).Select(t => IndianUnits.Label(t)));
        // Largest ₹3: 3 / 5 = 0.6, but never below ₹1 a step → 0, 1, 2, 3.
        Assert.Equal(["₹0", "₹1", "₹2", "₹3"], MoneyAxis.Ticks([3]).Select(t => IndianUnits.Label(t)));
    }

    [Fact]
    public void No_values_or_only_zeros_give_one_tick_at_zero()
    {
        Assert.Equal([0m], MoneyAxis.Ticks([]));
        Assert.Equal([0m], MoneyAxis.Ticks([0, 0]));
        Assert.Equal([0m], MoneyAxis.Ticks([double.NaN]));
    }

    [Fact]
    public void Every_tick_label_differs_at_the_finest_steps_of_each_unit()
    {
        // 2.5 × 10ⁿ steps need two decimals at most: 1,02,500 must not read as 1,03,000. Largest ₹1,05,000, 5 steps →
        // 21,000 → step 25,000: labels 0, 25K, 50K, 75K, 1L, 1.25L.
        var labels = MoneyAxis.Ticks([105_000]).Select(t => IndianUnits.Label(t)).ToList();
        Assert.Equal(["₹0", "₹25K", "₹50K", "₹75K", "₹1L", "₹1.25L"], labels);
        foreach (var top in new[] { 1_234.0, 12_345, 1_23_456, 12_34_567, 1_23_45_678, 12_34_56_789 })
        {
            var all = MoneyAxis.Ticks([top]).Select(t => IndianUnits.Label(t)).ToList();
            Assert.Equal(all.Count, all.Distinct().Count());
        }
    }
}
