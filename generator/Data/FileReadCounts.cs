namespace RoiReportGen.Data;

/// <summary>How many data rows one input file had and how many were left out.</summary>
public sealed record FileReadCounts(string File, long Rows, long Excluded);
