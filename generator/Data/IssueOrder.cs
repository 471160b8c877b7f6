namespace RoiReportGen.Data;

/// <summary>Puts issues in report order: by file, then line, then column in the file's column-table order.</summary>
internal static class IssueOrder
{
    public static List<DataIssue> Sort(IReadOnlyList<IssueLog> logs)
    {
        var sorted = new List<DataIssue>();
        foreach (var log in logs)
        {
            var columns = ColumnsOf(log.File);

            // OrderBy is stable: issues on the same line and column keep the order they were found in.
            sorted.AddRange(log.Issues
                .OrderBy(i => i.Line)
                .ThenBy(i => Rank(columns, i.Column)));
        }

        return sorted;
    }

    private static IReadOnlyList<ColumnSpec> ColumnsOf(string file) => file switch
    {
        InfluencerLoader.FileName => InfluencerLoader.Columns,
        PostLoader.FileName => PostLoader.Columns,
        TrackingLoader.FileName => TrackingLoader.Columns,
        _ => PayoutLoader.Columns,
    };

    // Whole-row issues (column "") come first.
    private static int Rank(IReadOnlyList<ColumnSpec> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Name == column)
            {
                return i;
            }
        }

        return -1;
    }
}
