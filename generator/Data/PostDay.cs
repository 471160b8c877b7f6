namespace RoiReportGen.Data;

/// <summary>
/// One influencer's accepted posts of one day, summed while posts.csv is read: what a period view slices (SPEC 2,
/// "Periods"). Memory grows with influencers × days with posts, never with posts (several posts of a day are one entry).
/// </summary>
public sealed record PostDay(DateOnly Date, PostStats Stats);
