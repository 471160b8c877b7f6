using System.Globalization;
using System.Text;
using RoiReportGen.Data;

namespace RoiReportGen.Tests.Data;

/// <summary>
/// Issue 12 item 6: amounts are rounded to 4 decimal places at load, half away from zero (docs/LOADING.md).
/// Values exactly at a midpoint tell the rounding modes apart: to even, 0.00005 would be 0 and 0.00025
/// 0.0002; toward zero, 0.00015 would be 0.0001. Amounts are never negative, so only the upward side matters.
/// </summary>
public sealed class AmountRoundingTests
{
    [Theory]
    [InlineData("0.00005", "0.0001")]          // midpoint: away from zero (to even: 0)
    [InlineData("0.00015", "0.0002")]          // midpoint: away from zero (toward zero: 0.0001)
    [InlineData("0.00025", "0.0003")]          // midpoint: away from zero (to even: 0.0002)
    [InlineData("1234.56785", "1234.5679")]    // midpoint of a rupee amount (to even: 1234.5678)
    [InlineData("0.000049999", "0")]           // below the midpoint: down
    [InlineData("0.000050001", "0.0001")]      // above it: up
    [InlineData("999999999999999.99995", "1000000000000000")]   // rounds up onto the 10^15 cap, still accepted
    public void AmountsAreRoundedToFourPlacesHalfAwayFromZero(string text, string expected)
    {
        Assert.Equal(FieldStatus.Ok, FieldParser.ParseAmount(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }
}
