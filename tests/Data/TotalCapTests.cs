using System.Text;
using RoiReportGen.Data;
using static RoiReportGen.Tests.Data.TempDataFolder;

namespace RoiReportGen.Tests.Data;

/// <summary>
/// Issue 11, item 10: long counters overflowed silently (9.3M rows of orders = 10^12 summed to a negative number).
/// A file's total of each summed column is capped (corpus case 140 shows the caps on every file); these tests show
/// the caps keep every later sum and product in range, and hold on the parallel read too.
/// </summary>
public sealed class TotalCapTests
{
    [Fact]
    public void The_caps_leave_room_for_every_sum_and_product_the_report_makes()
    {
        // Engagements add two capped columns; a long must still hold several capped totals.
        Assert.True(TotalCaps.MaxCountTotal <= long.MaxValue / 1000);

        // An amount total times a rate of 10^15 INR would not fit, and is guarded where it is made (payout
        // consistency); an amount total times every day a DateOnly can hold, or times 1,000 (CPM), must fit.
        var days = DateOnly.MaxValue.DayNumber + 1m;
        Assert.True(TotalCaps.MaxAmountTotal * days * 1000m < decimal.MaxValue);
    }

    [Fact]
    public void A_tracking_row_that_would_take_a_total_over_its_cap_is_excluded_on_one_thread_and_on_several()
    {
        // 1,001 rows at the per-row cap: the 1,001st takes the file's orders over 10^15.
        var rows = new StringBuilder(TrackingHeader + "\n");
        for (var i = 0; i < 1001; i++)
        {
            rows.Append("2025-01-01,,C1,I1,u,MB,Whey,1000000000000,1\n");
        }

        using var folder = new TempDataFolder(tracking: rows.ToString());
        foreach (var options in new[] { new TrackingReadOptions(long.MaxValue, 1), new TrackingReadOptions(0, 3) })
        {
            var data = DataSetLoader.Load(folder.Path, null, options);

            Assert.Equal(
                ["tracking_data.csv:1002 orders Excluded: orders would take the file's total over 10^15: the row is left out so that no sum can overflow [1000000000000] (Instagram)"],
                Describe(data));
            Assert.Equal(TotalCaps.MaxCountTotal, Assert.Single(data.Tracking).Orders);
            Assert.Equal(1000, data.Tracking[0].Rows);
        }
    }
}
