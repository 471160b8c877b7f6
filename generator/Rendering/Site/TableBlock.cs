namespace RoiReportGen.Rendering.Site;

/// <summary>
/// A table that report.js renders from embedded JSON (search, sort, pages), so that 10,000 rows
/// never become 10,000 DOM rows per tab.
/// </summary>
/// <param name="Id">The JSON script block's id: "tbl-{slug}-{name}".</param>
/// <param name="Label">The table's accessible name.</param>
/// <param name="Json">{"columns":[…],"rows":[…],"sort":…,"download":…}, escaped for a script block.</param>
/// <param name="RowCount">How many rows the JSON holds.</param>
public sealed record TableBlock(string Id, string Label, TrustedHtml Json, int RowCount, int PageSize);

/// <summary>The client-side tables of one view.</summary>
public sealed record ViewTables(
    TableBlock Influencers,
    TableBlock Campaigns,
    TableBlock Brands,
    TableBlock Personas,
    TableBlock Issues)
{
    /// <summary>Some campaign's window runs past the view's period: its rows carry the mark, explained under the table.</summary>
    public bool CampaignWindowsRunPast { get; init; }
}

/// <summary>The Data quality section: what was read, issue counts by file and reason, and the issues.</summary>
public sealed record DataQualityView(
    IReadOnlyList<SummaryRow> Files,
    IReadOnlyList<SummaryRow> Reasons,
    int IssueCount,
    int ShownIssues,
    IReadOnlyList<string> Notices)
{
    /// <summary>The page lists only the first <see cref="ShownIssues"/>; data_issues.csv has every one.</summary>
    public bool IssuesCut => ShownIssues < IssueCount;

    public string ShownIssuesText => DisplayFormat.Count(ShownIssues);

    public string IssueCountText => DisplayFormat.Count(IssueCount);
}
