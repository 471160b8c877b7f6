using RoiReportGen.Data;
using RoiReportGen.Rendering;

namespace RoiReportGen.Pipeline;

/// <summary>How a data issue reads on the console: the same file:line: column shape as fatal errors.</summary>
public static class IssueText
{
    public static string Format(DataIssue issue)
    {
        var where = issue.Column.Length == 0 ? $"{issue.File}:{issue.Line}" : $"{issue.File}:{issue.Line}: column '{issue.Column}'";
        return $"{where}: {issue.Reason} (value '{issue.Value}'; {DisplayNames.Of(issue.Action)})";
    }
}
