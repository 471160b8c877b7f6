namespace RoiReportGen.Data;

/// <summary>A row-level problem: reported on the Data quality section and in data_issues.csv.</summary>
/// <param name="File">The file name, e.g. "posts.csv".</param>
/// <param name="Line">1-based line where the row starts.</param>
/// <param name="Column">The normalised column name (e.g. "revenue"), or "" when the whole row is meant.</param>
/// <param name="Value">The offending raw value, as read.</param>
/// <param name="Reason">Why it is a problem, in plain words.</param>
/// <param name="Action">What was done with the row.</param>
/// <param name="Platform">The platform of the influencer the row belongs to, when known; "" otherwise.</param>
public sealed record DataIssue(
    string File,
    int Line,
    string Column,
    string Value,
    string Reason,
    IssueAction Action,
    string Platform)
{
    /// <summary>The influencer the row belongs to, when known ("" otherwise): the issue is listed on its entity page.</summary>
    public string InfluencerId { get; init; } = "";
}
