using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering;

/// <summary>How a campaign's overlaps read in notes and hover text: a few names, and the exact count when there are more.</summary>
public static class OverlapText
{
    /// <summary>"A, B" when every overlapping campaign is listed; "998 campaigns: A, B, C and 995 more" otherwise.</summary>
    public static string Names(CampaignOverlaps overlaps)
    {
        var listed = string.Join(", ", overlaps.First);
        var more = overlaps.Count - overlaps.First.Count;
        return more <= 0
            ? listed
            : $"{DisplayFormat.Count(overlaps.Count)} campaigns: {listed} and {DisplayFormat.Count(more)} more";
    }
}
