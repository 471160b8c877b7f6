namespace RoiReportGen.Rendering.Site;

/// <summary>The totals row of a table over all its rows, by each column's <see cref="ColumnTotal"/>.</summary>
public static class TableTotals
{
    /// <summary>
    /// One value per column: a sum, a ratio of sums (null when its denominator's sum is 0: undefined, like a cell), or
    /// null for a column without a total (<see cref="HasTotal{TRow}"/> tells the two nulls apart).
    /// </summary>
    public static IReadOnlyList<decimal?> Of<TRow>(IReadOnlyList<TableColumn<TRow>> columns, IReadOnlyList<TRow> rows) =>
        [.. columns.Select(column => Total(column.Total, columns, rows, column))];

    public static bool HasTotal<TRow>(TableColumn<TRow> column) => column.Total.Kind != ColumnTotalKind.None;

    private static decimal? Total<TRow>(ColumnTotal rule, IReadOnlyList<TableColumn<TRow>> columns, IReadOnlyList<TRow> rows, TableColumn<TRow> column)
    {
        switch (rule.Kind)
        {
            case ColumnTotalKind.Sum:
                return rows.Sum(row => Number(column.Value(row)) ?? 0m);
            case ColumnTotalKind.Ratio:
                var numerator = ColumnOf(columns, rule.Numerator);
                var denominator = ColumnOf(columns, rule.Denominator);
                decimal top = 0m, bottom = 0m;
                foreach (var row in rows)
                {
                    // A row whose numerator or denominator is undefined is left out of both sums.
                    if (Number(numerator.Value(row)) is { } n && Number(denominator.Value(row)) is { } d)
                    {
                        top += n;
                        bottom += d;
                    }
                }

                return bottom == 0m ? null : top * rule.Scale / bottom;
            default:
                return null;
        }
    }

    private static TableColumn<TRow> ColumnOf<TRow>(IReadOnlyList<TableColumn<TRow>> columns, string? key) =>
        columns.SingleOrDefault(c => c.Key == key)
        ?? throw new InvalidOperationException($"a ratio total names column '{key}', which the table does not have");

    private static decimal? Number(object? value) => value switch
    {
        decimal d => d,
        long l => l,
        int i => i,
        _ => null,
    };
}
