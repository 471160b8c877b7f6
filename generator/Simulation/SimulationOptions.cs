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
/// <param name="Carryover">
/// Multiplies the carry-over: unattributed extra sales after a window (people who saw a post buy later), decaying
/// over two to four weeks; at 1 they start at half a steady day's new sales. 0 = the halo stops with the window.
/// </param>
/// <param name="Spill">Share of the halo and carry-over that lands on the brand's products the campaign did not promote (0–1).</param>
/// <param name="Festivals">
/// Multiplies the lift of the Indian sale and festival weeks on organic demand (Republic Day, Holi, summer sales,
/// Independence Day, the festive sales, Diwali, New Year, and the brands' own anniversary sale), each product
/// reacting with its own sensitivity; 0 = no sale weeks.
/// </param>
/// <param name="Persistence">
/// Lag-1 autocorrelation of the day-to-day noise of log demand (0–0.99): 0 = independent days. Above 0 a brand
/// also has its own shared noise (its products move together), growing with the persistence.
/// </param>
/// <param name="PriceStep">
/// Size of a mid-year price change: one brand's demand steps by up to this share (up or down) from a day in the
/// middle third of the data (0–1); 0 = none.
/// </param>
/// <param name="ZeroEffect">Share of campaigns that bring no new buyers: their codes are used by buyers who would have bought anyway, and they have no halo (0–1).</param>
/// <param name="Discount">Multiplies the coupon discount (10, 15 or 20% off at 1), so an anyway order loses revenue; at most 4.</param>
/// <param name="CampaignSize">Multiplies the attributed share of the tracking rows (campaign sales against organic ones); 1 = 12% of the rows.</param>
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
    double Halo = 1.0,
    double Carryover = 0.0,
    double Spill = 0.0,
    double Festivals = 0.0,
    double Persistence = 0.0,
    double PriceStep = 0.0,
    double ZeroEffect = 0.0,
    double Discount = 1.0,
    double CampaignSize = 1.0)
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
        CheckRange(Carryover, MaxLevel, nameof(Carryover));
        CheckRange(Spill, 1, nameof(Spill));
        CheckRange(Festivals, MaxLevel, nameof(Festivals));
        CheckRange(Persistence, MaxPersistence, nameof(Persistence));
        CheckRange(PriceStep, 1, nameof(PriceStep));
        CheckRange(ZeroEffect, 1, nameof(ZeroEffect));
        CheckRange(Discount, MaxLevel, nameof(Discount));
        CheckRange(CampaignSize, MaxLevel, nameof(CampaignSize));
    }

    /// <summary>The highest level of a multiplying knob (trend, noise, halo, carry-over…): four times the realistic default.</summary>
    public const double MaxLevel = 4;

    /// <summary>The highest persistence: at 1 the noise would be a random walk that never returns.</summary>
    public const double MaxPersistence = 0.99;

    private static void CheckRange(double value, double max, string name)
    {
        if (value < 0 || value > max || double.IsNaN(value))
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"must be between 0 and {max}"));
        }
    }
}
