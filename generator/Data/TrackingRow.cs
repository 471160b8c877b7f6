namespace RoiReportGen.Data;

/// <summary>
/// One tracking_data.csv row as checked by <see cref="TrackingRowReader"/>: its key and amounts when it is used,
/// or the one issue that excluded it. Line and platform name the row in an issue found later (a total's cap).
/// </summary>
internal readonly record struct TrackingRow(TrackingKey Key, long Orders, decimal Revenue, DataIssue? Exclusion, int Line, string Platform);
