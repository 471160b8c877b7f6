using System.Globalization;
using System.IO.Compression;
using RoiReportGen.Rendering.Csv;
using RoiReportGen.Rendering.Workbook;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Workbook;

/// <summary>report.xlsx read back with the Open XML SDK's DOM and compared, sheet by sheet, with the CSVs of the same build.</summary>
public sealed class ReportWorkbookTests(WorkbookSite site) : IClassFixture<WorkbookSite>
{
    [Fact]
    public void Every_download_table_is_a_sheet_with_a_valid_name_in_the_downloads_order()
    {
        Assert.Equal(DownloadsWriter.FileNames.Select(f => f[..^".csv".Length]), site.Sheets.Select(s => s.Name));
        Assert.All(site.Sheets, s => Assert.True(s.Name.Length <= 31 && s.Name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0, s.Name));
    }

    [Fact]
    public void Every_cell_equals_the_csv_of_the_same_build()
    {
        foreach (var sheet in site.Sheets)
        {
            var csv = site.Csv(sheet.Name);
            var kinds = WorkbookSite.Kinds[sheet.Name];
            Assert.Equal(csv.Rows.Count + 1, sheet.RowCount);
            for (var c = 0; c < csv.Header.Count; c++)
            {
                Assert.Equal(new XlsxCell("s", csv.Header[c], false, "@"), sheet.Cells[WorkbookWriter.ColumnName(c) + "1"]);
            }

            for (var r = 0; r < csv.Rows.Count; r++)
            {
                for (var c = 0; c < csv.Header.Count; c++)
                {
                    var where = $"{sheet.Name}!{WorkbookWriter.ColumnName(c)}{r + 2} ({csv.Header[c]})";
                    var expected = csv.Rows[r][csv.Header[c]];
                    if (!sheet.Cells.TryGetValue(WorkbookWriter.ColumnName(c) + (r + 2).ToString(CultureInfo.InvariantCulture), out var cell))
                    {
                        Assert.True(expected.Length == 0, $"{where}: no cell, CSV has '{expected}'");
                        continue;
                    }

                    Assert.True(expected.Length > 0, $"{where}: a cell where the CSV is empty");
                    switch (kinds[c])
                    {
                        case ValueKind.Text:
                            Assert.True(cell.Type == "s", $"{where}: text must be a string cell, is '{cell.Type}'");
                            Assert.Equal(WorkbookSite.Unguarded(expected), cell.Value);
                            break;
                        case ValueKind.Date:
                            Assert.Equal("n", cell.Type);
                            Assert.Equal(expected, WorkbookSite.DateOf(cell.Value));
                            break;
                        default:
                            Assert.Equal("n", cell.Type);
                            Assert.Equal(double.Parse(expected, CultureInfo.InvariantCulture), double.Parse(cell.Value, CultureInfo.InvariantCulture));
                            break;
                    }
                }
            }
        }
    }

    [Fact]
    public void Each_column_kind_has_its_number_format()
    {
        // By hand, the kinds the issue names: money, counts, ratios, percentages (fractions), dates, text.
        var influencers = WorkbookSite.Kinds["influencer_summary"];
        var header = site.Csv("influencer_summary").Header.ToList();
        Assert.Equal(ValueKind.Money, influencers[header.IndexOf("revenue")]);
        Assert.Equal(ValueKind.Money, influencers[header.IndexOf("net_return")]);
        Assert.Equal(ValueKind.Count, influencers[header.IndexOf("follower_count")]);
        Assert.Equal(ValueKind.Ratio, influencers[header.IndexOf("roas")]);
        Assert.Equal(ValueKind.Percentage, influencers[header.IndexOf("engagement_rate")]);
        Assert.Equal(ValueKind.Text, influencers[header.IndexOf("influencer_id")]);
        var campaigns = site.Csv("campaign_summary").Header.ToList();
        Assert.Equal(ValueKind.Date, WorkbookSite.Kinds["campaign_summary"][campaigns.IndexOf("start_date")]);
        Assert.Equal(ValueKind.Percentage, WorkbookSite.Kinds["campaign_summary"][campaigns.IndexOf("incremental_share")]);
        Assert.Equal(ValueKind.Ratio, WorkbookSite.Kinds["campaign_summary"][campaigns.IndexOf("iroas")]);

        foreach (var sheet in site.Sheets)
        {
            var kinds = WorkbookSite.Kinds[sheet.Name];
            foreach (var (reference, cell) in sheet.Cells.Where(c => !IsHeader(c.Key)))
            {
                var column = ColumnIndex(reference);
                Assert.True(WorkbookSite.Formats[kinds[column]] == cell.Format, $"{sheet.Name}!{reference}: format '{cell.Format}', kind {kinds[column]}");
            }
        }
    }

    [Fact]
    public void The_header_row_is_frozen_and_the_autofilter_covers_the_table()
    {
        foreach (var sheet in site.Sheets)
        {
            var csv = site.Csv(sheet.Name);
            Assert.NotNull(sheet.Pane);
            Assert.Equal(1d, sheet.Pane.VerticalSplit?.Value);
            Assert.Null(sheet.Pane.HorizontalSplit);
            Assert.Equal("A2", sheet.Pane.TopLeftCell?.Value);
            Assert.Equal("frozen", sheet.Pane.State?.InnerText);
            Assert.Equal($"A1:{WorkbookWriter.ColumnName(csv.Header.Count - 1)}{csv.Rows.Count + 1}", sheet.AutoFilter);
        }

        // Hand-checked: 3 influencers under the header (rows 2..4), 22 columns (A..V) → A1:V4.
        Assert.Equal("A1:V4", site.Sheets[0].AutoFilter);
    }

    [Fact]
    public void A_hostile_name_stays_a_text_cell_and_no_cell_is_a_formula()
    {
        Assert.Equal(300, WorkbookSite.HostileName.Length);
        var sheet = site.Sheets.Single(s => s.Name == "influencer_summary");
        var name = Assert.Single(sheet.Cells.Values, c => c.Value == WorkbookSite.HostileName);
        Assert.Equal(new XlsxCell("s", WorkbookSite.HostileName, false, "@"), name);
        // The CSV of the same build carries it with its guard quote.
        Assert.Contains(site.Csv("influencer_summary").Rows, r => r["name"] == "'" + WorkbookSite.HostileName);
        Assert.All(site.Sheets.SelectMany(s => s.Cells.Values), c => Assert.False(c.HasFormula));
        using var zip = ZipFile.OpenRead(site.Workbook);
        Assert.All(zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)), e =>
        {
            using var reader = new StreamReader(e.Open());
            Assert.DoesNotContain("<x:f", reader.ReadToEnd(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_workbook_is_byte_identical_across_builds_and_report_zip_holds_it()
    {
        var again = site.Temp.Combine("again");
        Assert.Equal(0, CliRun.Of("build", "--data", site.Data, "--out", again).ExitCode);
        var bytes = File.ReadAllBytes(site.Workbook);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(again, ReportWorkbook.FileName)));

        using var zip = ZipFile.OpenRead(Path.Combine(site.Root, "report.zip"));
        using var inZip = new MemoryStream();
        zip.GetEntry(ReportWorkbook.FileName)!.Open().CopyTo(inZip);
        Assert.Equal(bytes, inZip.ToArray());

        // Every entry of the workbook carries the fixed stamp, and the content types come first.
        using var workbook = ZipFile.OpenRead(site.Workbook);
        Assert.Equal("[Content_Types].xml", workbook.Entries[0].FullName);
        Assert.All(workbook.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.DoesNotContain(workbook.Entries, e => e.FullName.StartsWith("docProps/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_all_time_all_platforms_downloads_link_the_workbook_and_no_other_view_does()
    {
        var document = SiteDocument.Load(site.Root);
        var links = document.QuerySelectorAll(".workbook-download a");
        var link = Assert.Single(links);
        Assert.Equal(ReportWorkbook.FileName, link.GetAttribute("href"));
        Assert.Equal("view-all--downloads", link.Closest("section")!.Id);
        // Beside, not inside, the view's CSV list: that list stays exactly the view's seven files.
        Assert.Equal(DownloadsWriter.FileNames.Count, document.QuerySelectorAll("#view-all--downloads ul.downloads a").Length);
        Assert.True(File.Exists(Path.Combine(site.Root, ReportWorkbook.FileName)));
    }

    private static bool IsHeader(string reference) => reference.SkipWhile(char.IsLetter).SequenceEqual("1");

    private static int ColumnIndex(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (n, letter) => (n * 26) + (letter - 'A' + 1)) - 1;
}
