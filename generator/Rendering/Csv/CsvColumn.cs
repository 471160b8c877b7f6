using CsvHelper;

namespace RoiReportGen.Rendering.Csv;

/// <summary>
/// One column of a download table: its header, the kind of value it holds, the row's value (for formats that want
/// it typed, such as report.xlsx) and how the CSV writer writes it (CsvHelper's typed overloads, no boxing).
/// Built by <see cref="CsvColumns"/> from one accessor, so the two never disagree.
/// </summary>
public sealed record CsvColumn<TRow>(string Name, ValueKind Kind, Func<TRow, ColumnValue> Value, Action<CsvWriter, TRow> WriteCell);
