using CsvHelper;

namespace RoiReportGen.Rendering.Csv;

/// <summary>One column of a CSV download: its header and how to write one row's cell.</summary>
public sealed record CsvColumn<TRow>(string Name, Action<CsvWriter, TRow> WriteCell);
