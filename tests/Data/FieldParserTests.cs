using System.Globalization;
using System.Text;
using RoiReportGen.Data;

namespace RoiReportGen.Tests.Data;

public sealed class FieldParserTests
{
    [Theory]
    [InlineData("2025-03-07", 2025, 3, 7)]
    [InlineData("07-03-2025", 2025, 3, 7)]
    [InlineData("07/03/2025", 2025, 3, 7)]
    [InlineData(" 2024-02-29 ", 2024, 2, 29)]
    [InlineData("31/12/2025", 2025, 12, 31)]
    public void DatesInTheThreeFormatsParseDayFirst(string text, int year, int month, int day)
    {
        Assert.Equal(FieldStatus.Ok, FieldParser.ParseDate(Encoding.UTF8.GetBytes(text), out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("12/31/2025")] // month first: never accepted
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("2025/03/07")]
    [InlineData("7-3-2025")]
    [InlineData("2025-3-7")]
    [InlineData("07.03.2025")]
    [InlineData("2025-03-07T00:00")]
    [InlineData("0000-01-01")]
    [InlineData("abcd-ef-gh")]
    [InlineData("2023-02-29")]
    public void OtherDatesAreInvalid(string text) =>
        Assert.Equal(FieldStatus.Invalid, FieldParser.ParseDate(Encoding.UTF8.GetBytes(text), out _));

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("42", 42L)]
    [InlineData(" 42 ", 42L)]
    [InlineData("-0", 0L)]
    [InlineData("007", 7L)]
    public void CountsArePlainDigits(string text, long expected)
    {
        Assert.Equal(FieldStatus.Ok, FieldParser.ParseCount(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("", "Blank")]
    [InlineData("   ", "Blank")]
    [InlineData("-3", "Negative")]
    [InlineData("12.0", "Invalid")]
    [InlineData("+5", "Invalid")]
    [InlineData("1,000", "Invalid")]
    [InlineData("1e3", "Invalid")]
    [InlineData("-", "Invalid")]
    [InlineData("99999999999999999999", "TooLarge")]
    [InlineData("1000000000001", "TooLarge")]
    public void BadCountsAreToldApart(string text, string expected) =>
        Assert.Equal(Enum.Parse<FieldStatus>(expected), FieldParser.ParseCount(Encoding.UTF8.GetBytes(text), out _));

    [Theory]
    [InlineData("12.5", "12.5")]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("+7", "7")]
    [InlineData("1499.00", "1499.00")]
    [InlineData(".5", "0.5")]
    public void AmountsParseWithADot(string text, string expected)
    {
        Assert.Equal(FieldStatus.Ok, FieldParser.ParseAmount(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
        Assert.False(value.ToString(CultureInfo.InvariantCulture).StartsWith('-'));
    }

    [Theory]
    [InlineData("NaN", "Invalid")]
    [InlineData("Infinity", "Invalid")]
    [InlineData("-Infinity", "Invalid")]
    [InlineData("1e309", "Invalid")]
    [InlineData("12,5O0", "Invalid")]
    [InlineData("12,500", "Invalid")]
    [InlineData("12,5", "Invalid")]
    [InlineData("₹100", "Invalid")]
    [InlineData("1.2.3", "Invalid")]
    [InlineData("-1.5", "Negative")]
    [InlineData("", "Blank")]
    [InlineData("1000000000000001", "TooLarge")]
    public void BadAmountsAreToldApart(string text, string expected) =>
        Assert.Equal(Enum.Parse<FieldStatus>(expected), FieldParser.ParseAmount(Encoding.UTF8.GetBytes(text), out _));
}
