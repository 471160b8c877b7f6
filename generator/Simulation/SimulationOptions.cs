namespace RoiReportGen.Simulation;

/// <summary>What to simulate. The defaults produce the shipped <c>data/</c> folder.</summary>
/// <param name="Influencers">Number of influencers (rows of influencers.csv).</param>
/// <param name="TrackingRows">Exact number of rows of tracking_data.csv.</param>
/// <param name="Seed">Same options and seed give byte-identical files.</param>
/// <param name="StartDate">First day of tracking data.</param>
/// <param name="Months">Length of the tracking period; campaigns need at least 3 months.</param>
/// <param name="OrganicShare">Share of tracking rows that are organic (no influencer).</param>
public sealed record SimulationOptions(
    int Influencers = 60,
    long TrackingRows = 4000,
    int Seed = 42,
    DateOnly StartDate = default,
    int Months = 12,
    double OrganicShare = 0.4)
{
    /// <summary>
    /// The most influencers `simulate` writes: far more than any real programme; a million take about
    /// 40 s and 2.5 GB of memory (the roster, posts and payouts are held in memory while written).
    /// </summary>
    public const int MaxInfluencers = 1_000_000;

    /// <summary>The most tracking rows `simulate` writes: streamed, but 10^8 rows are already a 6 GB file.</summary>
    public const long MaxTrackingRows = 100_000_000;

    /// <summary>The first day of India's financial year 2025-26, the default data start.</summary>
    public static readonly DateOnly DefaultStartDate = new(2025, 4, 1);

    /// <summary>The options that made the shipped data set.</summary>
    public static SimulationOptions Default { get; } = new();

    /// <summary>The start date, with <c>default</c> meaning <see cref="DefaultStartDate"/>.</summary>
    public DateOnly FirstDay => StartDate == default ? DefaultStartDate : StartDate;

    /// <summary>The last day of tracking data (inclusive).</summary>
    public DateOnly LastDay => FirstDay.AddMonths(Months).AddDays(-1);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Influencers, 1, nameof(Influencers));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Influencers, MaxInfluencers, nameof(Influencers));
        ArgumentOutOfRangeException.ThrowIfNegative(TrackingRows, nameof(TrackingRows));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(TrackingRows, MaxTrackingRows, nameof(TrackingRows));
        // 35 days of pre-period plus a campaign of up to six weeks plus room to move it.
        ArgumentOutOfRangeException.ThrowIfLessThan(Months, 3, nameof(Months));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Months, 120, nameof(Months));
        if (OrganicShare is < 0 or > 1 || double.IsNaN(OrganicShare))
        {
            throw new ArgumentOutOfRangeException(nameof(OrganicShare), OrganicShare, "must be between 0 and 1");
        }
    }
}
