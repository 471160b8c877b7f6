namespace RoiReportGen.Metrics.Incrementality;

/// <summary>One known sale or festival week: its name and its days (inclusive).</summary>
public sealed record SaleWeek(string Name, DateOnly Start, DateOnly End)
{
    /// <summary>Whether it shares a day with [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public bool Meets(DateOnly from, DateOnly to) => Start <= to && from <= End;
}

/// <summary>
/// The Indian sale and festival weeks every marketing calendar knows: Republic Day, Holi, the summer sales,
/// Independence Day, the late September / early October festive sales, Diwali and New Year. Demand in these
/// weeks does not follow the weeks around them, and not equally for every product, so a campaign window that
/// meets one is flagged (its estimate leans on how well the control products' spike matches its own).
/// </summary>
/// <remarks>
/// Holi and Diwali follow the lunar calendar: their dates are listed for the years a report is likely to cover
/// and fall back to a typical date outside them. The festive sales open a few days either side of the last week
/// of September; the listed window covers the usual span.
/// </remarks>
public static class SaleWeeks
{
    private static readonly Dictionary<int, (int Month, int Day)> Holi = new()
    {
        [2023] = (3, 8),
        [2024] = (3, 25),
        [2025] = (3, 14),
        [2026] = (3, 4),
        [2027] = (3, 22),
        [2028] = (3, 11),
        [2029] = (3, 1),
        [2030] = (3, 20),
        [2031] = (3, 9),
        [2032] = (3, 27),
    };

    private static readonly Dictionary<int, (int Month, int Day)> Diwali = new()
    {
        [2023] = (11, 12),
        [2024] = (11, 1),
        [2025] = (10, 21),
        [2026] = (11, 8),
        [2027] = (10, 29),
        [2028] = (10, 17),
        [2029] = (11, 5),
        [2030] = (10, 26),
        [2031] = (11, 14),
        [2032] = (11, 2),
    };

    /// <summary>The sale weeks of calendar year <paramref name="year"/> (New Year's week is the one starting in its December), in date order.</summary>
    public static IReadOnlyList<SaleWeek> Of(int year)
    {
        var holi = On(year, Holi.GetValueOrDefault(year, (3, 15)));
        var diwali = On(year, Diwali.GetValueOrDefault(year, (10, 30)));
        return
        [
            new("Republic Day sale", new DateOnly(year, 1, 19), new DateOnly(year, 1, 26)),
            new("Holi", holi.AddDays(-4), holi),
            new("Summer sale", new DateOnly(year, 5, 1), new DateOnly(year, 5, 7)),
            new("Independence Day sale", new DateOnly(year, 8, 8), new DateOnly(year, 8, 15)),
            new("Festive sales", new DateOnly(year, 9, 23), new DateOnly(year, 10, 3)),
            new("Diwali", diwali.AddDays(-5), diwali),
            new("New Year sale", new DateOnly(year, 12, 26), new DateOnly(year, 12, 31)),
        ];
    }

    /// <summary>The sale weeks that meet [<paramref name="from"/>, <paramref name="to"/>], in date order.</summary>
    public static IReadOnlyList<SaleWeek> Meeting(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return [];
        }

        var weeks = new List<SaleWeek>();
        for (var year = from.Year; year <= to.Year; year++)
        {
            weeks.AddRange(Of(year).Where(w => w.Meets(from, to)));
        }

        return weeks;
    }

    private static DateOnly On(int year, (int Month, int Day) day) => new(year, day.Month, day.Day);
}
