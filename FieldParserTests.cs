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
    public void Dates_in_the_three_formats_parse_day_first(string text, int year, int month, int day)
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
    public void Other_dates_are_invalid(string text) =>
        Assert.Equal(FieldStatus.Invalid, FieldParser.ParseDate(Encoding.UTF8.GetBytes(text), out _));

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("42", 42L)]
    [InlineData(" 42 ", 42L)]
    [InlineData("-0", 0L)]
    [InlineData("007", 7L)]
    public void Counts_are_plain_digits(string text, long expected)
    {
        Assert.Equal(FieldStatus.Ok, FieldParser.ParseCount(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("", FieldStatus.Blank)]
    [InlineData("   ", FieldStatus.Blank)]
    [InlineData("-3", FieldStatus.Negative)]
    [InlineData("12.0", FieldStatus.Invalid)]
    [InlineData("+5", FieldStatus.Invalid)]
    [InlineData("1,000", FieldStatus.Invalid)]
    [InlineData("1e3", FieldStatus.Invalid)]
    [InlineData("-", FieldStatus.Invalid)]
    [InlineData("99999999999999999999", FieldStatus.TooLarge)]
    [InlineData("1000000000001", FieldStatus.TooLarge)]
    public void Bad_counts_are_told_apart(string text, FieldStatus expected) =>
        Assert.Equal(expected, FieldParser.ParseCount(Encoding.UTF8.GetBytes(text), out _));

    [Theory]
    [InlineData("12.5", "12.5")]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("+7", "7")]
    [InlineData("1499.00", "1499.00")]
    [InlineData(".5", "0.5")]
    public void Amounts_parse_with_a_dot(string text, string expected)
    {
        Assert.Equal(FieldStatus.Ok, FieldParser.ParseAmount(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.False(value.ToString(System.Globalization.CultureInfo.InvariantCulture).StartsWith('-'));
    }

    [Theory]
    [InlineData("NaN", FieldStatus.Invalid)]
    [InlineData("Infinity", FieldStatus.Invalid)]
    [InlineData("-Infinity", FieldStatus.Invalid)]
    [InlineData("1e309", FieldStatus.Invalid)]
    [InlineData("12,5O0", FieldStatus.Invalid)]
    [InlineData("12,500", FieldStatus.Invalid)]
    [InlineData("12,5", FieldStatus.Invalid)]
    [InlineData("₹100", FieldStatus.Invalid)]
    [InlineData("1.2.3", FieldStatus.Invalid)]
    [InlineData("-1.5", FieldStatus.Negative)]
    [InlineData("", FieldStatus.Blank)]
    [InlineData("1000000000000001", FieldStatus.TooLarge)]
    public void Bad_amounts_are_told_apart(string text, FieldStatus expected) =>
        Assert.Equal(expected, FieldParser.ParseAmount(Encoding.UTF8.GetBytes(text), out _));
}
