using System.Text;
using RoiReportGen.Data;
using static RoiReportGen.Tests.Data.TempDataFolder;

namespace RoiReportGen.Tests.Data;

/// <summary>
/// Issue 11, item 6: rows dated far from the bulk of the data are excluded (corpus cases 143-146). These check the
/// median and that reading tracking_data.csv on several threads excludes exactly the same rows.
/// </summary>
public sealed class DateWindowTests
{
    private static readonly DateOnly Day = new(2025, 3, 1);

    [Fact]
    public void The_median_is_the_lower_median_of_the_rows_not_of_the_days()
    {
        // 3 rows on Day, 1 far later, 2 far earlier: rows in order E E D D D L, lower median = row 3 (0-based 2) = D.
        var window = DateWindow.Around(
            [KeyValuePair.Create(Day.AddDays(9000), 1L), KeyValuePair.Create(Day, 3L), KeyValuePair.Create(Day.AddDays(-9000), 2L)], 3650);

        Assert.Equal(new DateWindow(Day, 3650), window);
        Assert.True(window!.Contains(Day.AddDays(3650)));
        Assert.False(window.Contains(Day.AddDays(-3651)));
        Assert.Null(DateWindow.Around([], 3650));
    }

    [Fact]
    public void One_thread_and_several_exclude_the_same_far_dates()
    {
        var text = new StringBuilder(TrackingHeader + "\n");
        for (var i = 0; i < 30_000; i++)
        {
            var date = (i % 997) switch
            {
                0 => "01-03-2205",
                1 => "0001-01-01",
                2 => "9999-12-30",
                _ => Day.AddDays(i % 40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            text.Append(date).Append(i % 2 == 0 ? ",organic,,,u,MB,Whey,1,10\n" : ",,C1,I1,u,MB,Whey,2,20\n");
        }

        using var folder = new TempDataFolder(tracking: text.ToString());
        var sequential = DataSetLoader.Load(folder.Path, null, new TrackingReadOptions(long.MaxValue, 1));
        var parallel = DataSetLoader.Load(folder.Path, null, new TrackingReadOptions(0, 3));

        Assert.Equal(Describe(sequential), Describe(parallel));
        Assert.Equal(sequential.Tracking, parallel.Tracking);
        Assert.Equal(sequential.Counts, parallel.Counts);
        Assert.Equal(3 * 31, sequential.Issues.Count(i => i.Column == "date"));
        Assert.Equal(Day, sequential.TrackingStart);
        Assert.Equal(Day.AddDays(39), sequential.TrackingEnd);
        Assert.Equal(30_000, sequential.Counts[2].Rows);
    }
}
