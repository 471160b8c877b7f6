namespace RoiReportGen.Simulation;

/// <summary>What to simulate. The defaults produce the shipped <c>data/</c> folder.</summary>
/// <param name="Influencers">Number of influencers (rows of influencers.csv).</param>
/// <param name="TrackingRows">Exact number of rows of tracking_data.csv.</param>
/// <param name="Seed">Same options and seed give byte-identical files.</param>
/// <param name="StartDate">First day of tracking data.</param>
/// <param name="Months">Length of the tracking period; campaigns need at least 3 months.</param>
/// <param name="OrganicShare">Share of tracking rows that are organic (no influencer).</param>
/// <param name="Overlap">
/// How often campaigns share products while they run at the same time, from 0 to 1: each campaign stays where its
/// season puts it (overlapping whatever it overlaps) with this probability, and is otherwise moved to the nearest
/// week where no campaign already placed runs on one of its products. 1 keeps every season (the shipped data, where
/// MusclePush and ProteinWeek both sell Biozyme Whey in September).
/// </param>
/// <param name="Trend">Strength of the slow trends of organic sales (the shared growth and each product's own drift); 0 = flat.</param>
/// <param name="Cannibalisation">
/// Multiplies every deal's anyway share (the share of its attributed orders that would have happened anyway,
/// capped at 0.95); 0 = every attributed order is incremental.
/// </param>
/// <param name="Noise">Strength of the day-to-day noise of organic sales (shared and per product); 0 = only sampling noise.</param>
/// <param name="Halo">Multiplies each campaign's halo rate (unattributed extra sales, 5–15% of its attributed sales at 1); 0 = none.</param>
public sealed record SimulationOptions(
    int Influencers = 60,
    long TrackingRows = 30_000,
    int Seed = 42,
    DateOnly StartDate = default,
    int Months = 12,
    double OrganicShare = 0.88,
    double Overlap = 1.0,
    double Trend = 1.0,
    double Cannibalisation = 1.0,
    double Noise = 1.0,
    double Halo = 1.0)
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
        // 56 days of pre-period plus a campaign (shortened to fit when the data is this short).
        ArgumentOutOfRangeException.ThrowIfLessThan(Months, 3, nameof(Months));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Months, 120, nameof(Months));
        CheckRange(OrganicShare, 1, nameof(OrganicShare));
        CheckRange(Overlap, 1, nameof(Overlap));
        CheckRange(Trend, MaxLevel, nameof(Trend));
        CheckRange(Cannibalisation, MaxLevel, nameof(Cannibalisation));
        CheckRange(Noise, MaxLevel, nameof(Noise));
        CheckRange(Halo, MaxLevel, nameof(Halo));
    }

    /// <summary>The highest trend, cannibalisation, noise and halo level: four times the realistic default.</summary>
    public const double MaxLevel = 4;

    private static void CheckRange(double value, double max, string name)
    {
        if (value < 0 || value > max || double.IsNaN(value))
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"must be between 0 and {max}"));
        }
    }
}
