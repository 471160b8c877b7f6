using FsCheck.Xunit;
using RoiReportGen.Rendering;

namespace RoiReportGen.Tests.Rendering;

/// <summary>
/// <see cref="DecimalScale.WithoutTrailingZeros"/> replaced dividing by 1.000…0 in the tables' JSON: it must give the very
/// decimal the division gives (value, sign bit and scale), since the JSON writer prints the scale it is given.
/// </summary>
public sealed class DecimalScaleTests
{
    [Theory]
    [InlineData("1.500000", "1.5")]
    [InlineData("100.00", "100")]
    [InlineData("-0.10", "-0.1")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("1234567.89", "1234567.89")]
    [InlineData("0.00", "0")]
    [InlineData("7922816251426433759354395033.50", "7922816251426433759354395033.5")] // past 64 bits: the 128-bit path
    public void Trailing_zeros_are_dropped_and_nothing_else(string given, string expected)
    {
        var value = decimal.Parse(given, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, DecimalScale.WithoutTrailingZeros(value).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_rounded_negative_zero_keeps_its_sign_bit_as_the_division_did()
    {
        var negativeZero = Math.Round(-0.004m, 2, MidpointRounding.AwayFromZero); // -0.00: sign bit set, scale 2

        Assert.Equal(decimal.GetBits(negativeZero / Divisor), decimal.GetBits(DecimalScale.WithoutTrailingZeros(negativeZero)));
    }

    [Property(MaxTest = 5000)]
    public void Gives_the_decimal_that_dividing_by_one_gives(int low, int middle, int high, bool negative, byte scale)
    {
        var value = new decimal(low, middle, high, negative, (byte)(scale % 29));

        Assert.Equal(decimal.GetBits(value / Divisor), decimal.GetBits(DecimalScale.WithoutTrailingZeros(value)));
    }

    [Property(MaxTest = 5000)]
    public void Gives_the_same_for_the_tables_rounded_amounts(long cents, byte decimals)
    {
        // The tables round money to 2 and ratios to 6 places before this step.
        var value = Math.Round(cents / 100m, decimals % 7, MidpointRounding.AwayFromZero);

        Assert.Equal(decimal.GetBits(value / Divisor), decimal.GetBits(DecimalScale.WithoutTrailingZeros(value)));
    }

    // What the tables divided by: 1 with the largest scale a decimal holds.
    private const decimal Divisor = 1.000000000000000000000000000000000m;
}
