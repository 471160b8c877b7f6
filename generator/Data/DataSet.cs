namespace RoiReportGen.Data;

/// <summary>Everything the loader accepted from the four files, plus what it had to say about them.</summary>
/// <param name="Influencers">In file order.</param>
/// <param name="Posts">One entry per influencer that has accepted posts, in influencer file order.</param>
/// <param name="Tracking">Rolled-up tracking, ordered by date, then organic first, campaign, influencer, brand, product (ordinal).</param>
/// <param name="Payouts">In file order.</param>
/// <param name="TrackingStart">Earliest date of any accepted tracking row (the start of the data, for the iROAS baseline), or null when there is none.</param>
/// <param name="TrackingEnd">Latest date of any accepted tracking row.</param>
/// <param name="Issues">Every row-level problem, ordered by file (influencers, posts, tracking_data, payouts), then line, then column.</param>
/// <param name="Notices">One-off remarks such as unknown columns; never about single rows.</param>
/// <param name="Counts">Rows read and excluded per file, in the same file order.</param>
public sealed record DataSet(
    IReadOnlyList<Influencer> Influencers,
    IReadOnlyList<PostStats> Posts,
    IReadOnlyList<TrackingTotal> Tracking,
    IReadOnlyList<Payout> Payouts,
    DateOnly? TrackingStart,
    DateOnly? TrackingEnd,
    IReadOnlyList<DataIssue> Issues,
    IReadOnlyList<string> Notices,
    IReadOnlyList<FileReadCounts> Counts)
{
    /// <summary>
    /// The accepted posts per influencer and day (influencer file order, then date), for the period views: a month's
    /// or quarter's post sums are made from these. <see cref="Posts"/> stays the all-time sums, added in file order.
    /// </summary>
    public IReadOnlyList<PostDay> PostDays { get; init; } = [];

    /// <summary>
    /// The posts the influencer pages list: each influencer's latest <see cref="PostRowKeeper.PerInfluencer"/>
    /// (influencer file order, then latest first), captions and URLs cut to a bound; see <see cref="PostRow"/>.
    /// </summary>
    public IReadOnlyList<PostRow> PostRows { get; init; } = [];
}
