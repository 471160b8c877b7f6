using RoiReportGen.Rendering.Csv;
using RoiReportGen.Rendering.Workbook;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Workbook;

/// <summary>The workbook writer's parts on small hand-made sheets: escaping, widths, names, the row cap.</summary>
public sealed class WorkbookPartsTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("tab\tand\nline", "tab\tand\nline")]
    [InlineData("esc\u001b", "esc_x001B_")]
    [InlineData("_x0041_ stays", "_x005F_x0041_ stays")]
    [InlineData("pair 😀", "pair 😀")]
    public void Text_is_escaped_as_an_xml_spreadsheet_string(string text, string expected)
    {
        Assert.Equal(expected, XmlText.Escape(text));
        Assert.Equal(text, XlsxSheet.Unescape(expected));
    }

    [Fact]
    public void A_lone_surrogate_is_escaped()
    {
        // Built in code: an attribute argument cannot carry a lone surrogate intact.
        var text = "lone " + (char)0xD800;
        Assert.Equal("lone _xD800_", XmlText.Escape(text));
        Assert.Equal(text, XlsxSheet.Unescape("lone _xD800_"));
    }

    [Fact]
    public void Text_longer_than_a_cell_holds_is_cut_to_32767()
    {
        Assert.Equal(32767, XmlText.Escape(new string('a', 40000)).Length);
        // A pair straddling the limit is dropped whole: 32766 a's, then the pair at 32766..32767.
        Assert.Equal(32766, XmlText.Escape(new string('a', 32766) + "😀").Length);
    }

    [Theory]
    [InlineData("influencer_summary.csv", "influencer_summary")]
    [InlineData("a[b]:c*d?e/f\\g.csv", "a_b__c_d_e_f_g")]
    [InlineData("a_name_that_is_much_longer_than_thirty_one.csv", "a_name_that_is_much_longer_than")]
    public void Sheet_names_are_valid(string file, string expected)
    {
        Assert.Equal(expected, SheetNames.Of(file));
        Assert.True(expected.Length <= 31);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(21, "V")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_names_are_excel_letters(int index, string expected) => Assert.Equal(expected, WorkbookWriter.ColumnName(index));

    [Fact]
    public void Widths_fit_the_widest_shown_value_within_bounds()
    {
        var sheet = new WorkbookSheet("s", ["name", "revenue", "roas", "er", "n", "when", "long"],
            [ValueKind.Text, ValueKind.Money, ValueKind.Ratio, ValueKind.Percentage, ValueKind.Count, ValueKind.Date, ValueKind.Text],
            [
                [ColumnValue.Of("Simran Joshi"), ColumnValue.Of(450127.65m), ColumnValue.Of(15.9181m), ColumnValue.Of(0.0674m), ColumnValue.Of(12345678m), ColumnValue.Of(new DateOnly(2025, 10, 6)), ColumnValue.Of(new string('x', 300))],
                [ColumnValue.Of((string?)null), ColumnValue.Of(-1500m), ColumnValue.Of((decimal?)null), ColumnValue.Of(-0.5m), ColumnValue.Of(1234m), ColumnValue.Of((DateOnly?)null), ColumnValue.Of("x")],
            ]);
        // name: "Simran Joshi" 12 (> header 4 + 2) + 1 = 13. revenue: "₹4,50,127.65" 12 + 1 = 13.
        // roas: "15.92" 5 < header 4 + 2 = 6, + 1 = 7 → the minimum 8. er: "-50.00%" 7 > "6.74%" 5 and header 4 → 8.
        // n: "1,23,45,678" 11 + 1 = 12. when: "2025-10-06" 10 + 1 = 11. long: 301 → the maximum 60.
        Assert.Equal([13d, 13d, 8d, 8d, 12d, 11d, 60d], ColumnWidths.Of(sheet));
    }

    [Fact]
    public void A_sheet_holds_at_most_max_rows_and_its_filter_says_so()
    {
        var sheet = new WorkbookSheet("s", ["n"], [ValueKind.Count], [[ColumnValue.Of(1m)], [ColumnValue.Of(2m)], [ColumnValue.Of(3m)]]);
        var path = temp.Combine("capped.xlsx");
        WorkbookWriter.Write(path, [sheet], maxRows: 2);
        var read = Assert.Single(XlsxSheet.ReadAll(path));
        Assert.Equal(3, read.RowCount);
        Assert.Equal("A1:A3", read.AutoFilter);
        Assert.Equal("2", read.Cells["A3"].Value);
        Assert.False(read.Cells.ContainsKey("A4"));
    }
}
