namespace RoiReportGen.Data;

/// <summary>One column of an input file's column table (SPEC 1).</summary>
/// <param name="Name">The canonical snake_case name used in messages and issues.</param>
/// <param name="Required">A missing required column is fatal.</param>
/// <param name="Alias">Another header taken as this column when the file has no column of this name.</param>
/// <param name="FreeText">The column may hold line breaks (a caption); in any other column a line break means a quote was left open.</param>
/// <param name="Verbatim">The value is shown as written (a URL): not normalised as ids and names are (<see cref="Unicode.KeyNormalizer"/>).</param>
/// <param name="Date">The column holds the row's date: a line of a free-text value that has a date here and the
/// header's field count is a row of the file that a quote left open swallowed (<see cref="RowLikeLines"/>).</param>
internal sealed record ColumnSpec(string Name, bool Required, string? Alias = null, bool FreeText = false, bool Date = false, bool Verbatim = false);
