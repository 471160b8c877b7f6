using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>How many data issues share a file, a general reason and an action (the Data quality section's counts).</summary>
public sealed record IssueReasonCount(string File, string Reason, IssueAction Action, int Count);

/// <summary>
/// Counts a view's data issues by file and general reason. Issues are about the files, not a period, so a month or
/// quarter takes its platform's All-time counts (<see cref="Periods.AllTimeEstimates"/>) instead of counting again.
/// </summary>
internal static class IssueReasons
{
    /// <summary>Files in input order, then the most frequent reason first, then by reason.</summary>
    public static IReadOnlyList<IssueReasonCount> Count(IReadOnlyList<DataIssue> issues) =>
        // Counted by the exact reason first (no text is cut per issue: a million issues allocate nothing), then by
        // the general reason of each distinct one.
        [.. issues
            .CountBy(i => (i.File, i.Column, i.Reason, i.Action))
            .GroupBy(c => (c.Key.File, Reason: General(c.Key.Column, c.Key.Reason), c.Key.Action), c => c.Value)
            .Select(g => new IssueReasonCount(g.Key.File, g.Key.Reason, g.Key.Action, g.Sum()))
            .OrderBy(g => FileOrder(g.File)).ThenByDescending(g => g.Count).ThenBy(g => g.Reason, StringComparer.Ordinal)];

    // Reasons quote values ("unknown influencer_id 'I9'"); counting groups them by the text before the first quote.
    private static string General(string column, string reason)
    {
        var cut = reason.IndexOfAny(['\'', '"', ':']);
        var general = (cut > 0 ? reason[..cut] : reason).Trim();
        // "reach is 0" names its column already; "not a number" needs it.
        return column.Length > 0 && !general.StartsWith(column, StringComparison.Ordinal) ? $"{column}: {general}" : general;
    }

    private static int FileOrder(string file) => file switch
    {
        "influencers.csv" => 0,
        "posts.csv" => 1,
        "tracking_data.csv" => 2,
        "payouts.csv" => 3,
        _ => 4,
    };
}
