using System.Text;
using RoiReportGen.Data;

namespace RoiReportGen.Tests.Data;

/// <summary>
/// A throw-away data folder holding the four input files. Files a test does not pass get a
/// minimal valid default: two influencers and header-only posts, tracking and payouts.
/// </summary>
internal sealed class TempDataFolder : IDisposable
{
    public const string InfluencersHeader = "influencer_id,name,platform,category,gender,follower_count";
    public const string PostsHeader = "post_id,influencer_id,platform,date,url,caption,reach,likes,comments";
    public const string TrackingHeader = "date,source,campaign,influencer_id,user_id,brand,product,orders,revenue";
    public const string PayoutsHeader = "influencer_id,campaign,basis,rate,orders,total_payout";

    public const string DefaultInfluencers =
        InfluencersHeader + "\nI1,Asha,Instagram,Fitness,Female,1000\nI2,Ravi,YouTube,Nutrition,Male,50000\n";

    public TempDataFolder(string? influencers = null, string? posts = null, string? tracking = null, string? payouts = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "roi-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        Write("influencers.csv", influencers ?? DefaultInfluencers);
        Write("posts.csv", posts ?? PostsHeader + "\n");
        Write("tracking_data.csv", tracking ?? TrackingHeader + "\n");
        Write("payouts.csv", payouts ?? PayoutsHeader + "\n");
    }

    public string Path { get; }

    public void Write(string file, string content) =>
        File.WriteAllText(System.IO.Path.Combine(Path, file), content, new UTF8Encoding(false));

    public void WriteBytes(string file, byte[] content) => File.WriteAllBytes(System.IO.Path.Combine(Path, file), content);

    public void Delete(string file) => File.Delete(System.IO.Path.Combine(Path, file));

    public DataSet Load() => DataSetLoader.Load(Path);

    /// <summary>Loads the folder expecting a fatal problem, and returns its message.</summary>
    public string LoadFails() => Assert.Throws<InputFileException>(Load).Message;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>Loads the given files (the others default) and returns the data set.</summary>
    public static DataSet LoadWith(string? influencers = null, string? posts = null, string? tracking = null, string? payouts = null)
    {
        using var folder = new TempDataFolder(influencers, posts, tracking, payouts);
        return folder.Load();
    }

    /// <summary>Loads the given files expecting a fatal problem, and returns its message.</summary>
    public static string FailsWith(string? influencers = null, string? posts = null, string? tracking = null, string? payouts = null)
    {
        using var folder = new TempDataFolder(influencers, posts, tracking, payouts);
        return folder.LoadFails();
    }

    /// <summary>The issues as compact strings: "file:line column Action: reason [value] (platform)".</summary>
    public static string[] Describe(DataSet data) =>
        data.Issues.Select(i => $"{i.File}:{i.Line} {i.Column} {i.Action}: {i.Reason} [{i.Value}] ({i.Platform})").ToArray();
}
