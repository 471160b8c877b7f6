using RoiReportGen.Data;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering;

/// <summary>The words users read for enum values, in downloads and on the page.</summary>
public static class DisplayNames
{
    public static string Of(FollowerTier tier) => tier switch
    {
        FollowerTier.Nano => "nano",
        FollowerTier.Micro => "micro",
        FollowerTier.Macro => "macro",
        _ => "mega",
    };

    public static string Of(IssueAction action) => action switch
    {
        IssueAction.Excluded => "excluded",
        IssueAction.Corrected => "corrected",
        _ => "kept",
    };
}
