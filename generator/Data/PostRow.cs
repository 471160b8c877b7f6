namespace RoiReportGen.Data;

/// <summary>
/// One accepted post as its influencer's page lists it (SPEC 3, "Entity pages"). Only the latest
/// <see cref="PostRowKeeper.PerInfluencer"/> posts of each influencer are kept, and caption and URL are cut to
/// <see cref="PostRowKeeper.MaxTextLength"/> characters, so memory grows with influencers, never with posts; the
/// figures (<see cref="PostStats"/>) still count every post.
/// </summary>
/// <param name="PostId">"" when the file has no post_id.</param>
/// <param name="Url">As read (not checked here: the page links it only when it is http or https).</param>
/// <param name="Caption">As read, possibly cut (then it ends with "…").</param>
/// <param name="Line">1-based line in posts.csv where the row starts.</param>
public sealed record PostRow(
    string InfluencerId,
    DateOnly Date,
    string PostId,
    string Url,
    string Caption,
    long Reach,
    long Likes,
    long Comments,
    int Line);
