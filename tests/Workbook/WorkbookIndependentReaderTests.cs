using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using RoiReportGen.Rendering.Csv;
using RoiReportGen.Rendering.Workbook;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Workbook;

/// <summary>
/// report.xlsx read by a second implementation: openpyxl from Debian (python3-openpyxl, run by /usr/bin/python3;
/// .ci/run installs it). Its typed values equal the CSVs of the same build, and it sees the formats, the frozen
/// header and the filter. Without the tool the test fails and says what to install.
/// </summary>
public sealed class WorkbookIndependentReaderTests(WorkbookSite site) : IClassFixture<WorkbookSite>
{
    private const string Python = "/usr/bin/python3";

    [Fact]
    public void Openpyxl_reads_the_values_of_the_csvs_with_their_formats()
    {
        var sheets = Read(site.Workbook);
        Assert.Equal(DownloadsWriter.FileNames.Select(f => f[..^".csv".Length]), sheets.Select(s => s.GetProperty("name").GetString()));
        foreach (var sheet in sheets)
        {
            var name = sheet.GetProperty("name").GetString()!;
            var csv = site.Csv(name);
            var kinds = WorkbookSite.Kinds[name];
            Assert.Equal("A2", sheet.GetProperty("freeze").GetString());
            Assert.Equal($"A1:{WorkbookWriter.ColumnName(csv.Header.Count - 1)}{csv.Rows.Count + 1}", sheet.GetProperty("filter").GetString());
            var rows = sheet.GetProperty("rows").EnumerateArray().ToList();
            Assert.Equal(csv.Rows.Count + 1, rows.Count);
            Assert.Equal(csv.Header, rows[0].EnumerateArray().Select(c => c[1].GetString()!));
            for (var r = 0; r < csv.Rows.Count; r++)
            {
                var cells = rows[r + 1].EnumerateArray().ToList();
                for (var c = 0; c < csv.Header.Count; c++)
                {
                    var where = $"{name} row {r + 2} {csv.Header[c]}";
                    var expected = csv.Rows[r][csv.Header[c]];
                    var (type, value, format) = (cells[c][0].GetString(), cells[c][1], cells[c][2].GetString());
                    if (expected.Length == 0)
                    {
                        Assert.True(value.ValueKind == JsonValueKind.Null, $"{where}: a value where the CSV is empty");
                        continue;
                    }

                    Assert.True(format == WorkbookSite.Formats[kinds[c]], $"{where}: format {format}");
                    switch (kinds[c])
                    {
                        case ValueKind.Text:
                            Assert.True(type == "s", $"{where}: type {type}");
                            Assert.Equal(WorkbookSite.Unguarded(expected), value.GetString());
                            break;
                        case ValueKind.Date:
                            Assert.Equal(expected, value.GetString());
                            break;
                        default:
                            Assert.True(type == "n", $"{where}: type {type}");
                            Assert.Equal(double.Parse(expected, CultureInfo.InvariantCulture), double.Parse(value.GetString()!, CultureInfo.InvariantCulture));
                            break;
                    }
                }
            }
        }
    }

    private static List<JsonElement> Read(string workbook)
    {
        Assert.True(File.Exists(Python), $"{Python} is missing: install Debian's python3-openpyxl (apt-get install python3-openpyxl; `dotnet test` does when it can, see tests/Setup/debian-packages.txt)");
        var script = Path.Combine(RepoPaths.Root, "tests", "Workbook", "read_workbook.py");
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(workbook);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error.Result.Contains("No module named 'openpyxl'", StringComparison.Ordinal)
            ? "openpyxl is missing: install Debian's python3-openpyxl (apt-get install python3-openpyxl; `dotnet test` does when it can, see tests/Setup/debian-packages.txt)"
            : $"read_workbook.py failed: {error.Result}");
        return [.. JsonDocument.Parse(output).RootElement.EnumerateArray()];
    }
}
