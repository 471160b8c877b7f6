using RoiReportGen.Data;
using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

/// <summary>The Data quality counts: issues grouped by file, the reason's words before any quoted value, and action.</summary>
public sealed class IssueReasonsTests
{
    [Fact]
    public void Reasons_that_quote_values_count_together_and_files_come_in_input_order()
    {
        DataIssue Issue(string file, string column, string reason, IssueAction action) => new(file, 2, column, "v", reason, action, "");
        IReadOnlyList<DataIssue> issues =
        [
            Issue("tracking_data.csv", "campaign", "looks like 'Spring' (character 4 is U+0456, not U+0069); they are counted as two campaign values", IssueAction.Kept),
            Issue("tracking_data.csv", "campaign", "looks like 'Glow' (character 2 is U+0406, not U+006C); they are counted as two campaign values", IssueAction.Kept),
            Issue("tracking_data.csv", "revenue", "not a number", IssueAction.Excluded),
            Issue("influencers.csv", "platform", "required value is blank", IssueAction.Excluded),
            Issue("posts.csv", "reach", "reach is 0: left out of engagement rates", IssueAction.Kept),
        ];

        Assert.Equal(
            [
                new IssueReasonCount("influencers.csv", "platform: required value is blank", IssueAction.Excluded, 1),
                new IssueReasonCount("posts.csv", "reach is 0", IssueAction.Kept, 1),
                new IssueReasonCount("tracking_data.csv", "campaign: looks like", IssueAction.Kept, 2),
                new IssueReasonCount("tracking_data.csv", "revenue: not a number", IssueAction.Excluded, 1),
            ],
            IssueReasons.Count(issues));
    }
}
