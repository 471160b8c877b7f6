using RoiReportGen.Rendering.Csv;
using RoiReportGen.Tests.Support;
using static RoiReportGen.Rendering.Csv.CsvColumns;

namespace RoiReportGen.Tests.Rendering;

public sealed class CsvTableWriterTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private sealed record Row(string Name, decimal? Value, long Count);

    private static readonly CsvTable<Row> Table = new("t.csv",
    [
        Text<Row>("name", r => r.Name),
        Money<Row>("value", r => r.Value),
        Count<Row>("count", r => r.Count),
    ]);

    private string Write(params Row[] rows)
    {
        var path = temp.Combine("t.csv");
        CsvTableWriter.Write(path, Table, rows);
        return CsvDownload.Read(path).Text;
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+91 98", "\"'+91 98\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@sum", "\"'@sum\"")]
    [InlineData("\tx", "\"'\tx\"")]
    public void Text_that_a_spreadsheet_would_run_is_prefixed_with_a_quote(string name, string expected) =>
        Assert.Contains("\r\n" + expected + ",1,1\r\n", Write(new Row(name, 1m, 1)), StringComparison.Ordinal);

    [Fact]
    public void Numbers_keep_full_precision_without_exponent_and_negatives_stay_numbers()
    {
        var text = Write(new Row("a", 2m / 3m, 5), new Row("b", -500.50m, 0), new Row("c", 0.0000000001m, 0));
        Assert.Contains("a,0.6666666666666666666666666667,5\r\n", text, StringComparison.Ordinal);
        Assert.Contains("b,-500.5,0\r\n", text, StringComparison.Ordinal);
        Assert.Contains("c,0.0000000001,0\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_is_an_empty_cell()
    {
        Assert.Contains("\r\nx,,3\r\n", Write(new Row("x", null, 3)), StringComparison.Ordinal);
    }

    [Fact]
    public void Commas_quotes_and_newlines_are_quoted_per_rfc_4180()
    {
        Assert.Contains("\r\n\"a, \"\"b\"\"\nc\",1,1\r\n", Write(new Row("a, \"b\"\nc", 1m, 1)), StringComparison.Ordinal);
    }
}
