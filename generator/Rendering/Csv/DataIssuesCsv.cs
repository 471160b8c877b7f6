using RoiReportGen.Data;
using static RoiReportGen.Rendering.Csv.CsvColumns;

namespace RoiReportGen.Rendering.Csv;

/// <summary>data_issues.csv: every row-level problem and what was done about it.</summary>
public static class DataIssuesCsv
{
    public static CsvTable<DataIssue> Table { get; } = new("data_issues.csv",
    [
        Text<DataIssue>("file", r => r.File),
        Count<DataIssue>("line", r => r.Line),
        Text<DataIssue>("column", r => r.Column),
        Text<DataIssue>("value", r => r.Value),
        Text<DataIssue>("reason", r => r.Reason),
        Text<DataIssue>("action", r => DisplayNames.Of(r.Action)),
        Text<DataIssue>("platform", r => r.Platform),
    ]);
}
