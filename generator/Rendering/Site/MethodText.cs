namespace RoiReportGen.Rendering.Site;

/// <summary>The model of templates/method.md.sbn: the options and data range the numbers were computed with.</summary>
public sealed record MethodText(int BaselineDays, string DataStart, string DataEnd);
