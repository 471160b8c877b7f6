namespace RoiReportGen.Simulation;

/// <summary>One post, before it gets its id (ids follow date order).</summary>
internal sealed record SimulatedPost(
    SimulatedInfluencer Influencer, DateOnly Date, int Sequence, string Url, string Caption, long Reach, long Likes, long Comments);
