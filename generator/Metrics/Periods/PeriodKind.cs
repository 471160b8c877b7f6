namespace RoiReportGen.Metrics.Periods;

/// <summary>The kinds of period a view covers (SPEC 2, "Periods").</summary>
public enum PeriodKind
{
    /// <summary>Every row, whatever its date.</summary>
    AllTime,

    /// <summary>A quarter of the Indian financial year (April–March): Q1 is April–June.</summary>
    Quarter,

    /// <summary>A calendar month.</summary>
    Month,
}
