using System.Globalization;
using RoiReportGen.Metrics.Recommendations;
using RoiReportGen.Rendering.Csv;
using RoiReportGen.Rendering.Workbook;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Workbook;

/// <summary>
/// The hand-checked data with one influencer renamed to a hostile name, built once by the real command line with
/// --zip: report.xlsx, the CSV downloads of the same build and report.zip, for the workbook tests to read back.
/// </summary>
public sealed class WorkbookSite : IDisposable
{
    /// <summary>Starts with '=', holds tabs and Devanagari, 300 characters long.</summary>
    public static readonly string HostileName = ("=HYPERLINK(\"http://x\")\tनमस्ते राहुल\tEnd " + new string('क', 300))[..300];

    public WorkbookSite()
    {
        Data = temp.CopyFixture("handchecked");
        var influencers = Path.Combine(Data, "influencers.csv");
        File.WriteAllText(influencers, File.ReadAllText(influencers).Replace("Asha Rao", "\"" + HostileName.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", StringComparison.Ordinal));
        Root = temp.Combine("site");
        var run = CliRun.Of("build", "--data", Data, "--out", Root, "--zip");
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"build failed ({run.ExitCode}): {run.Error}");
        }

        Workbook = Path.Combine(Root, ReportWorkbook.FileName);
        Sheets = XlsxSheet.ReadAll(Workbook);
    }

    private readonly TempFolder temp = new();

    /// <summary>The data folder: the hand-checked fixture with the hostile name.</summary>
    public string Data { get; }

    public TempFolder Temp => temp;

    /// <summary>The site built from the data with the hostile name.</summary>
    public string Root { get; }

    public string Workbook { get; }

    public IReadOnlyList<XlsxSheet> Sheets { get; }

    /// <summary>The CSV download of the All × All-time view that sheet <paramref name="name"/> mirrors.</summary>
    public CsvDownload Csv(string name) => CsvDownload.Read(Path.Combine(Root, DownloadsWriter.Folder, name + ".csv"));

    /// <summary>Each sheet's column kinds, from the download tables' own definitions.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ValueKind>> Kinds { get; } = new Dictionary<string, IReadOnlyList<ValueKind>>
    {
        ["influencer_summary"] = KindsOf(InfluencerSummaryCsv.Table),
        ["campaign_summary"] = KindsOf(CampaignSummaryCsv.Table),
        ["persona_summary"] = KindsOf(PersonaSummaryCsv.Table),
        ["brand_summary"] = KindsOf(BrandSummaryCsv.Table),
        ["payout_summary"] = KindsOf(PayoutSummaryCsv.Table),
        ["data_issues"] = KindsOf(DataIssuesCsv.Table),
        ["recommendations"] = KindsOf(RecommendationsCsv.Table(new RecommendationOptions())),
    };

    /// <summary>The number format each kind must show with (Excel's codes, written out here by hand).</summary>
    public static IReadOnlyDictionary<ValueKind, string> Formats { get; } = new Dictionary<ValueKind, string>
    {
        [ValueKind.Text] = "@",
        [ValueKind.Count] = "[>=10000000]##\\,##\\,##\\,##0;[>=100000]##\\,##\\,##0;##,##0",
        [ValueKind.Money] = "[>=10000000]\"₹\"##\\,##\\,##\\,##0.00;[>=100000]\"₹\"##\\,##\\,##0.00;\"₹\"##,##0.00",
        [ValueKind.Ratio] = "0.00",
        [ValueKind.Percentage] = "0.00%",
        [ValueKind.Date] = "yyyy-mm-dd",
    };

    /// <summary>
    /// The text a spreadsheet should hold for a CSV text cell: the CSV's formula-injection guard (a leading ' before
    /// = + - @ tab or CR) is a CSV matter; the workbook keeps the text itself, safe as a string cell.
    /// </summary>
    public static string Unguarded(string csvText) =>
        csvText.Length >= 2 && csvText[0] == '\'' && csvText[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? csvText[1..] : csvText;

    /// <summary>An Excel date serial (days since 1899-12-30) as yyyy-MM-dd.</summary>
    public static string DateOf(string serial) =>
        new DateOnly(1899, 12, 30).AddDays(int.Parse(serial, CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IReadOnlyList<ValueKind> KindsOf<T>(CsvTable<T> table) => [.. table.Columns.Select(c => c.Kind)];

    public void Dispose() => temp.Dispose();
}
