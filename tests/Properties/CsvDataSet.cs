using System.Text;
using RoiReportGen.Data;

namespace RoiReportGen.Tests.Properties;

/// <summary>The text of the four input files, as a property test generates them.</summary>
public sealed record CsvDataSet(string Influencers, string Posts, string Tracking, string Payouts)
{
    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(Path.Combine(folder, "influencers.csv"), Influencers, utf8);
        File.WriteAllText(Path.Combine(folder, "posts.csv"), Posts, utf8);
        File.WriteAllText(Path.Combine(folder, "tracking_data.csv"), Tracking, utf8);
        File.WriteAllText(Path.Combine(folder, "payouts.csv"), Payouts, utf8);
    }

    /// <summary>Writes the files into a temp folder and loads them with the real loader.</summary>
    public DataSet Load()
    {
        using var temp = new Support.TempFolder();
        WriteTo(temp.Path);
        return DataSetLoader.Load(temp.Path);
    }

    // FsCheck prints the failing case: show the files, not a type name.
    public override string ToString() =>
        $"\n--- influencers.csv\n{Influencers}--- posts.csv\n{Posts}--- tracking_data.csv\n{Tracking}--- payouts.csv\n{Payouts}";
}
