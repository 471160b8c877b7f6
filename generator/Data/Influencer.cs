namespace RoiReportGen.Data;

/// <summary>One accepted row of influencers.csv.</summary>
/// <param name="Id">The trimmed influencer_id (the join key everywhere; matched case-sensitively).</param>
/// <param name="Platform">Normalised to the first spelling seen for that platform (case-insensitive).</param>
/// <param name="Category">Persona type; blank becomes "Uncategorised".</param>
/// <param name="Gender">Blank becomes "Unspecified".</param>
/// <param name="Line">1-based line in influencers.csv where the row starts.</param>
public sealed record Influencer(
    string Id,
    string Name,
    string Platform,
    string Category,
    string Gender,
    long FollowerCount,
    int Line);
