namespace RoiReportGen.Rendering.Summary;

/// <summary>What `build --summary-md` was asked to write.</summary>
/// <param name="MarkdownPath">The Markdown file to write (`--summary-md FILE`).</param>
/// <param name="CompareDataDirectory">Another data folder (`--compare-data DIR`), e.g. the base branch's: its KPIs are shown beside these with the change of each.</param>
public sealed record SummaryOptions(string MarkdownPath, string? CompareDataDirectory = null);
