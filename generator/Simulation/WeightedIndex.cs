namespace RoiReportGen.Simulation;

/// <summary>Picks an index with probability proportional to its weight, in O(log n) per pick.</summary>
internal sealed class WeightedIndex
{
    private readonly double[] cumulative;

    public WeightedIndex(IReadOnlyList<double> weights)
    {
        cumulative = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += Math.Max(0, weights[i]);
            cumulative[i] = sum;
        }
    }

    public int Count => cumulative.Length;

    public double Total => cumulative.Length == 0 ? 0 : cumulative[^1];

    public int Pick(SplitMix64 rng) => Pick(rng.NextDouble() * Total);

    /// <summary>The index whose cumulative weight band contains <paramref name="point"/>.</summary>
    public int Pick(double point)
    {
        var lo = 0;
        var hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid] > point)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
