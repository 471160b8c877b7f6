using System.Globalization;

namespace RoiReportGen.Metrics.Periods;

/// <summary>
/// The months and Indian financial-year quarters of SPEC 2 ("Periods"): a financial year runs April to March, so
/// Q1 FY2025-26 is Apr–Jun 2025 and Q4 FY2025-26 is Jan–Mar 2026.
/// </summary>
internal static class PeriodCalendar
{
    /// <summary>The calendar month holding <paramref name="date"/>: slug "2025-10", label "Oct 2025".</summary>
    public static ReportPeriod MonthOf(DateOnly date)
    {
        var start = new DateOnly(date.Year, date.Month, 1);
        var end = new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
        return new ReportPeriod(
            PeriodKind.Month,
            start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            start.ToString("MMM yyyy", CultureInfo.InvariantCulture),
            start,
            end);
    }

    /// <summary>The financial-year quarter holding <paramref name="date"/>: slug "fy2025-26-q2", label "Q2 FY2025-26".</summary>
    public static ReportPeriod QuarterOf(DateOnly date)
    {
        // The financial year starting in April of fyStart; January to March belong to the year that began the April before.
        var fyStart = date.Month >= 4 ? date.Year : date.Year - 1;
        var quarter = date.Month >= 4 ? ((date.Month - 4) / 3) + 1 : 4;
        var firstMonth = ((quarter - 1) * 3) + 4; // 4, 7, 10, 13 (13 = January of the next calendar year)
        var start = firstMonth <= 12 ? new DateOnly(fyStart, firstMonth, 1) : new DateOnly(fyStart + 1, 1, 1);
        var endMonthStart = start.AddMonths(2);
        var end = new DateOnly(endMonthStart.Year, endMonthStart.Month, DateTime.DaysInMonth(endMonthStart.Year, endMonthStart.Month));
        var year = string.Create(CultureInfo.InvariantCulture, $"{fyStart:D4}-{(fyStart + 1) % 100:D2}");
        return new ReportPeriod(PeriodKind.Quarter, $"fy{year}-q{quarter}", $"Q{quarter} FY{year}", start, end);
    }

    /// <summary>The period of the same kind just before <paramref name="period"/>; null for All time or before 0001-01-01.</summary>
    public static ReportPeriod? Previous(ReportPeriod period)
    {
        if (period.Start is not { } start || start.DayNumber == DateOnly.MinValue.DayNumber)
        {
            return null;
        }

        var dayBefore = start.AddDays(-1);
        return period.Kind switch
        {
            PeriodKind.Month => MonthOf(dayBefore),
            PeriodKind.Quarter => QuarterOf(dayBefore),
            _ => null,
        };
    }

    /// <summary>
    /// All time, then every quarter holding one of <paramref name="months"/> (first days of months with data), then
    /// every one of those months; oldest first within each kind.
    /// </summary>
    public static IReadOnlyList<ReportPeriod> List(IEnumerable<DateOnly> months)
    {
        var monthStarts = months.Select(m => new DateOnly(m.Year, m.Month, 1)).Distinct().Order().ToList();
        var quarters = monthStarts.Select(QuarterOf).DistinctBy(q => q.Slug).ToList();
        return [ReportPeriod.AllTime, .. quarters, .. monthStarts.Select(MonthOf)];
    }
}
