namespace RoiReportGen.Simulation;

/// <summary>
/// A tiny seeded pseudo-random generator (Steele, Lea and Flood's SplitMix64).
/// </summary>
/// <remarks>
/// We own the algorithm so a seed gives the same data set on every runtime:
/// System.Random's sequence is an implementation detail that has changed before.
/// </remarks>
internal sealed class SplitMix64
{
    private ulong state;

    public SplitMix64(ulong seed) => state = seed;

    /// <summary>A generator for one stage of the simulation, independent of the others.</summary>
    /// <remarks>
    /// Each stage draws from its own stream, so changing how many tracking rows are
    /// written, say, leaves the influencers and posts of the same seed untouched.
    /// </remarks>
    public static SplitMix64 ForStage(long seed, ulong stage) =>
        new(Mix(unchecked((ulong)seed) ^ Mix(stage * 0x9E3779B97F4A7C15UL)));

    public ulong NextUInt64()
    {
        state = unchecked(state + 0x9E3779B97F4A7C15UL);
        return Mix(state);
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, maxExclusive); multiply-shift, whose bias is far below anything a report could show.</summary>
    public int NextInt(int maxExclusive) => (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);

    /// <summary>Uniform in [minInclusive, maxInclusive].</summary>
    public int NextInt(int minInclusive, int maxInclusive) => minInclusive + NextInt(maxInclusive - minInclusive + 1);

    public double NextDouble(double min, double max) => min + ((max - min) * NextDouble());

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Standard normal (Box–Muller; one value per call keeps the stream easy to reason about).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Log-normal with the given median and spread (sigma of the logarithm).</summary>
    public double NextLogNormal(double median, double sigma) => median * Math.Exp(sigma * NextGaussian());

    /// <summary>Log-uniform in [min, max): every order of magnitude equally likely.</summary>
    public double NextLogUniform(double min, double max) => min * Math.Pow(max / min, NextDouble());

    public T Pick<T>(IReadOnlyList<T> items) => items[NextInt(items.Count)];

    /// <summary>A shuffled copy (Fisher–Yates).</summary>
    public List<T> Shuffle<T>(IReadOnlyList<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
