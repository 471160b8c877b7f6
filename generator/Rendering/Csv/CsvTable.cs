namespace RoiReportGen.Rendering.Csv;

/// <summary>A CSV download: its file name and its columns, in order.</summary>
public sealed record CsvTable<TRow>(string FileName, IReadOnlyList<CsvColumn<TRow>> Columns);
