namespace RoiReportGen.Metrics;

/// <summary>A campaign's window and products, for the overlap check.</summary>
internal sealed record CampaignWindow(string Campaign, DateOnly Start, DateOnly End, IReadOnlySet<string> Products);
