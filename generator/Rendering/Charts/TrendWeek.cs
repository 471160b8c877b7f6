namespace RoiReportGen.Rendering.Charts;

/// <summary>One row of the trend's table: a 7-day block and its revenue.</summary>
public sealed record TrendWeek(DateOnly Start, DateOnly End, int Days, decimal AttributedRevenue, decimal OrganicRevenue);
