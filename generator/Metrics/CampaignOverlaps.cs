namespace RoiReportGen.Metrics;

/// <summary>
/// How many other campaigns overlap one campaign (window and a shared product), and the first few of
/// them by name. Not the full list: with 1,000 campaigns on one product and day, full lists are a
/// million names, repeated in every note, hover text and view (issue 11 item 8).
/// </summary>
/// <param name="Count">The exact number of overlapping campaigns.</param>
/// <param name="First">The first <see cref="Listed"/> of them at most, ordinal order.</param>
public sealed record CampaignOverlaps(int Count, IReadOnlyList<string> First)
{
    /// <summary>How many names are kept.</summary>
    public const int Listed = 3;

    public static CampaignOverlaps None { get; } = new(0, []);
}
