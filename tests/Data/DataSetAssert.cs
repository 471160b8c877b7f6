using RoiReportGen.Data;

namespace RoiReportGen.Tests.Data;

/// <summary>Two loaded data sets are the same in every part the later stages read.</summary>
internal static class DataSetAssert
{
    public static void Equal(DataSet expected, DataSet actual)
    {
        Assert.Equal(expected.Influencers, actual.Influencers);
        Assert.Equal(expected.Posts, actual.Posts);
        Assert.Equal(expected.Tracking, actual.Tracking);
        Assert.Equal(expected.Payouts, actual.Payouts);
        Assert.Equal(expected.TrackingStart, actual.TrackingStart);
        Assert.Equal(expected.TrackingEnd, actual.TrackingEnd);
        Assert.Equal(expected.Issues, actual.Issues);
        Assert.Equal(expected.Notices, actual.Notices);
        Assert.Equal(expected.Counts, actual.Counts);
    }
}
