using RoiReportGen.Metrics.Periods;

namespace RoiReportGen.Tests.Metrics.Periods;

/// <summary>SPEC 2 "Periods": the Indian financial year runs April to March.</summary>
public sealed class PeriodCalendarTests
{
    [Theory]
    [InlineData("2025-04-01", "fy2025-26-q1", "Q1 FY2025-26", "2025-04-01", "2025-06-30")]
    [InlineData("2025-08-15", "fy2025-26-q2", "Q2 FY2025-26", "2025-07-01", "2025-09-30")]
    [InlineData("2025-12-31", "fy2025-26-q3", "Q3 FY2025-26", "2025-10-01", "2025-12-31")]
    [InlineData("2026-02-28", "fy2025-26-q4", "Q4 FY2025-26", "2026-01-01", "2026-03-31")]
    [InlineData("2000-03-31", "fy1999-00-q4", "Q4 FY1999-00", "2000-01-01", "2000-03-31")]
    [InlineData("0001-01-01", "fy0000-01-q4", "Q4 FY0000-01", "0001-01-01", "0001-03-31")]
    [InlineData("9999-12-31", "fy9999-00-q3", "Q3 FY9999-00", "9999-10-01", "9999-12-31")]
    public void QuartersOfTheFinancialYear(string date, string slug, string label, string start, string end)
    {
        var q = PeriodCalendar.QuarterOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((PeriodKind.Quarter, slug, label), (q.Kind, q.Slug, q.Label));
        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (q.Start!.Value, q.End!.Value));
    }

    [Fact]
    public void MonthsAndWhatComesBefore()
    {
        var oct = PeriodCalendar.MonthOf(new DateOnly(2025, 10, 17));

        Assert.Equal(("2025-10", "Oct 2025", new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 31)), (oct.Slug, oct.Label, oct.Start!.Value, oct.End!.Value));
        Assert.Equal("2025-09", PeriodCalendar.Previous(oct)!.Slug);
        Assert.Equal("2024-12", PeriodCalendar.Previous(PeriodCalendar.MonthOf(new DateOnly(2025, 1, 5)))!.Slug);
        // Q1 of a financial year follows Q4 of the previous one.
        Assert.Equal("fy2024-25-q4", PeriodCalendar.Previous(PeriodCalendar.QuarterOf(new DateOnly(2025, 4, 1)))!.Slug);
        Assert.Null(PeriodCalendar.Previous(ReportPeriod.AllTime));
        Assert.Null(PeriodCalendar.Previous(PeriodCalendar.MonthOf(new DateOnly(1, 1, 1))));
    }
}
