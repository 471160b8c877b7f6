namespace RoiReportGen.Metrics;

/// <summary>Splits an amount over keys in proportion to their weights, conserving it exactly.</summary>
internal static class ProportionalSplit
{
    /// <summary>
    /// The parts of <paramref name="amount"/> for every key with a positive weight, in the given order;
    /// empty when no weight is positive (the caller decides what "unallocated" means). Every part has at
    /// most <paramref name="decimals"/> decimal places (<see cref="AllocationPrecision"/>) and the parts
    /// add up to the amount exactly (largest remainder). A negative amount gives the mirrored parts of its magnitude.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<TKey, decimal>> Split<TKey>(
        decimal amount,
        IReadOnlyList<KeyValuePair<TKey, decimal>> weights,
        int decimals)
    {
        if (amount < 0m)
        {
            // A negative amount (a lift below the counterfactual) splits as its magnitude does, mirrored, so
            // the largest-remainder rule below only ever deals with non-negative parts.
            return [.. Split(-amount, weights, decimals).Select(p => new KeyValuePair<TKey, decimal>(p.Key, -p.Value))];
        }

        var positive = weights.Where(w => w.Value > 0m).ToList();
        if (positive.Count == 0)
        {
            return [];
        }

        var total = positive.Sum(w => w.Value);
        var unit = Unit(decimals);

        // Each part is first cut down to the grid of `decimals` places; the units the cuts left over go,
        // one each, to the parts that lost the most (ties: the earlier key), so every part is within one
        // unit of its exact share, never negative, and the parts add up to the amount exactly.
        var parts = new decimal[positive.Count];
        var cut = new decimal[positive.Count];
        for (var i = 0; i < positive.Count; i++)
        {
            // weight / total first: amount × weight can exceed decimal's range (10^18 × 10^15).
            var exact = amount * (Ratio.Of(positive[i].Value, total) ?? 0m);
            parts[i] = Math.Round(exact, decimals, MidpointRounding.ToZero);
            cut[i] = exact - parts[i];
        }

        var left = amount - parts.Sum();
        var byCut = Enumerable.Range(0, parts.Length).OrderByDescending(i => cut[i]).ThenBy(i => i).ToList();
        // The cuts lose less than one unit each, so at most one unit per part is left over.
        for (var k = 0; k < byCut.Count && left >= unit; k++)
        {
            parts[byCut[k]] += unit;
            left -= unit;
        }

        // Only an amount finer than the grid (never the loader's 4-place amounts, nor sums of parts)
        // leaves something here: it goes to the part that lost the most, so nothing is created or lost.
        parts[byCut[0]] += left;
        return positive.Select((w, i) => new KeyValuePair<TKey, decimal>(w.Key, parts[i])).ToList();
    }

    private static decimal Unit(int decimals) => new(1, 0, 0, false, (byte)decimals);
}
