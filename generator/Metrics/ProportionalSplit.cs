namespace RoiReportGen.Metrics;

/// <summary>Splits an amount over keys in proportion to their weights, conserving it exactly.</summary>
internal static class ProportionalSplit
{
    /// <summary>
    /// The parts of <paramref name="amount"/> for every key with a positive weight, in the given order;
    /// empty when no weight is positive (the caller decides what "unallocated" means).
    /// </summary>
    public static IReadOnlyList<KeyValuePair<TKey, decimal>> Split<TKey>(
        decimal amount,
        IReadOnlyList<KeyValuePair<TKey, decimal>> weights)
    {
        var positive = weights.Where(w => w.Value > 0m).ToList();
        var total = positive.Sum(w => w.Value);
        var parts = new List<KeyValuePair<TKey, decimal>>(positive.Count);
        var given = 0m;
        for (var i = 0; i < positive.Count; i++)
        {
            // Decimal division can round in the 28th digit; the last key takes the remainder so the
            // parts always add up to the amount exactly (spend is never created or lost).
            var part = i == positive.Count - 1
                ? amount - given
                // weight / total first: amount × weight can exceed decimal's range (10^15 × 10^15).
                // Parts are cut to the loader's 4 decimal places so that adding up the parts of many
                // influencers stays exact too (28-digit fractions lose their last digit when summed).
                : Math.Round(amount * (Ratio.Of(positive[i].Value, total) ?? 0m), Data.FieldParser.AmountDecimals, MidpointRounding.AwayFromZero);
            given += part;
            parts.Add(new(positive[i].Key, part));
        }

        return parts;
    }
}
