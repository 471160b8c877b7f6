namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// A money axis labelled in Indian units (<see cref="IndianUnits"/>): plotly.js cannot format lakh or crore, so the
/// ticks are chosen here and given as tickvals/ticktext. The axis always reaches zero (rangemode "tozero"), so the
/// ticks run from the round step at or below the smallest value (or 0) to the one at or above the largest (or 0).
/// </summary>
public static class MoneyAxis
{
    /// <summary>At most this many steps between ticks on a value axis: five labels such as "₹12.5L" fit a 360 px phone.</summary>
    public const int MaxSteps = 5;

    // Round steps per power of ten: in rupees, and so also in thousands, lakhs and crores (all powers of ten).
    private static readonly decimal[] Multiples = [1m, 2m, 2.5m, 5m, 10m];

    /// <summary>
    /// Tick values covering the values and zero with at most <paramref name="maxSteps"/> steps of 1, 2, 2.5 or 5 × 10ⁿ
    /// rupees (never below ₹1: chart money is whole rupees). No values, or only zeros: just 0.
    /// </summary>
    public static IReadOnlyList<decimal> Ticks(IEnumerable<double> values, int maxSteps = MaxSteps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSteps, 1);
        decimal low = 0m, high = 0m;
        foreach (var value in values.Where(double.IsFinite))
        {
            low = Math.Min(low, (decimal)value);
            high = Math.Max(high, (decimal)value);
        }

        if (high == low)
        {
            return [0m];
        }

        var step = Step((high - low) / maxSteps);
        var first = decimal.Floor(low / step);
        var last = decimal.Ceiling(high / step);
        var ticks = new List<decimal>();
        for (var n = first; n <= last; n++)
        {
            ticks.Add(n * step);
        }

        return ticks;
    }

    /// <summary>The smallest round step (1, 2, 2.5 or 5 × 10ⁿ, at least ₹1) not below <paramref name="least"/>.</summary>
    public static decimal Step(decimal least)
    {
        var power = 1m;
        while (power * 10m <= least)
        {
            power *= 10m;
        }

        return Multiples.Select(m => m * power).First(step => step >= least);
    }

    /// <summary>A value axis titled <paramref name="title"/>, ticks in Indian units over <paramref name="values"/>.</summary>
    internal static DynamicObj.DynamicObj Of(string title, IEnumerable<double> values, int maxSteps = MaxSteps) =>
        Dyn.Set(
            Dyn.Obj(("title", Dyn.Obj(("text", title))), ("automargin", true), ("zeroline", true), ("rangemode", "tozero")),
            TickProperties(Ticks(values, maxSteps)));

    /// <summary>The tick properties of an axis: tickmode "array", the values and their labels.</summary>
    public static (string Key, object? Value)[] TickProperties(IReadOnlyList<decimal> ticks) =>
    [
        ("tickmode", "array"),
        ("tickvals", ticks.Select(t => (double)t).ToArray()),
        ("ticktext", ticks.Select(t => IndianUnits.Label(t)).ToArray()),
    ];
}
