namespace RoiReportGen.Data;

/// <summary>How an influencer is paid.</summary>
public enum PayoutBasis
{
    /// <summary>A rate per post.</summary>
    Post,

    /// <summary>A rate per attributed order.</summary>
    Order,
}
