using RoiReportGen.Metrics.Incrementality;

namespace RoiReportGen.Simulation;

/// <summary>
/// The festivals knob's world: how much each sale or festival week lifts organic demand on each day, and how
/// strongly each product reacts. The weeks are the calendar a marketer knows (<see cref="SaleWeeks"/>) moved by up
/// to two days either way (a sale opens when the marketplace decides), plus one the report's calendar does not
/// know: the brands' own anniversary sale, on a drawn week of the year.
/// </summary>
internal sealed class SaleSeason
{
    /// <summary>The lift of organic demand at festivals level 1 during each known week, by its name.</summary>
    private static readonly Dictionary<string, double> Lifts = new(StringComparer.Ordinal)
    {
        ["Republic Day sale"] = 0.30,
        ["Holi"] = 0.20,
        ["Summer sale"] = 0.30,
        ["Independence Day sale"] = 0.35,
        ["Festive sales"] = 0.80,
        ["Diwali"] = 0.60,
        ["New Year sale"] = 0.30,
    };

    /// <summary>The anniversary sale's lift at level 1 and its length in days.</summary>
    private const double AnniversaryLift = 0.50;

    private const int AnniversaryDays = 5;

    private readonly double[] lift;
    private readonly double[] sensitivity;

    private SaleSeason(double[] lift, double[] sensitivity)
    {
        this.lift = lift;
        this.sensitivity = sensitivity;
    }

    /// <summary>No sale weeks: every factor is exactly 1.</summary>
    public static SaleSeason None(int days) => new(new double[days], new double[ProductCatalog.All.Count]);

    /// <summary>
    /// The season of the data's days at <paramref name="level"/>: each product's sensitivity is its brand's
    /// (log-normal, median 1, spread 0.3) times its own (median 1, spread 0.5), so some products barely notice a
    /// sale and others double; drawn from <paramref name="rng"/>, its own stream.
    /// </summary>
    public static SaleSeason Create(DateOnly firstDay, int days, double level, SplitMix64 rng)
    {
        if (level == 0)
        {
            return None(days);
        }

        var brandFactor = ProductCatalog.Brands.ToDictionary(b => b, _ => rng.NextLogNormal(1, 0.3), StringComparer.Ordinal);
        var sensitivity = ProductCatalog.All.Select(p => brandFactor[p.Brand] * rng.NextLogNormal(1, 0.5)).ToArray();
        var lift = new double[days];
        var lastDay = firstDay.AddDays(days - 1);
        for (var year = firstDay.Year; year <= lastDay.Year; year++)
        {
            foreach (var week in SaleWeeks.Of(year))
            {
                var shift = rng.NextInt(-2, 2);
                Add(lift, firstDay, week.Start.AddDays(shift), week.End.AddDays(shift + rng.NextInt(-1, 1)), level * Lifts[week.Name]);
            }

            var anniversary = new DateOnly(year, 1, 1).AddDays(rng.NextInt(0, 364 - AnniversaryDays));
            Add(lift, firstDay, anniversary, anniversary.AddDays(AnniversaryDays - 1), level * AnniversaryLift);
        }

        return new SaleSeason(lift, sensitivity);
    }

    /// <summary>Organic demand of catalog product <paramref name="product"/> on day <paramref name="d"/> relative to an ordinary day.</summary>
    public double Factor(int d, int product) => 1 + (lift[d] * sensitivity[product]);

    /// <summary>Whether day <paramref name="d"/> is in a sale week.</summary>
    public bool IsSaleDay(int d) => lift[d] > 0;

    private static void Add(double[] lift, DateOnly firstDay, DateOnly from, DateOnly to, double amount)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var d = day.DayNumber - firstDay.DayNumber;
            if (d >= 0 && d < lift.Length)
            {
                lift[d] += amount;
            }
        }
    }
}
