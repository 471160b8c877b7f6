using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Properties;

/// <summary>Issue 11 item 8: the sweep finds exactly the overlaps of the pairwise definition.</summary>
public sealed class OverlapProperties
{
    private static readonly DateOnly Day0 = new(2025, 1, 1);
    private static readonly string[] Products = ["P", "Q", "R", "S"];

    [Property(MaxTest = 500, Arbitrary = [typeof(OverlapProperties)])]
    public void Sweep_matches_the_pairwise_definition(WindowSpec[] specs)
    {
        var windows = specs.Select((s, i) => new CampaignWindow(
            $"C{i:00}", Day0.AddDays(s.Start), Day0.AddDays(s.Start + s.Days - 1),
            Products.Where((_, p) => (s.ProductMask & (1 << p)) != 0).ToHashSet(StringComparer.Ordinal))).ToList();

        var found = OverlapDetector.Find(windows);

        foreach (var a in windows)
        {
            // The definition: window intersects (inclusive) and at least one product is shared.
            var expected = windows
                .Where(b => b != a && a.Start <= b.End && b.Start <= a.End && a.Products.Overlaps(b.Products))
                .Select(b => b.Campaign)
                .Order(StringComparer.Ordinal)
                .ToList();
            Assert.Equal(expected.Count, found[a.Campaign].Count);
            Assert.Equal(expected.Take(CampaignOverlaps.Listed), found[a.Campaign].First);
        }
    }

    public static Arbitrary<WindowSpec[]> Specs() => Arb.From(
        from count in Gen.Choose(0, 14)
        from specs in Gen.ArrayOf(
            from start in Gen.Choose(0, 20)
            from days in Gen.Choose(1, 6)
            from mask in Gen.Choose(1, 15)
            select new WindowSpec(start, days, mask),
            count)
        select specs);

    /// <summary>A campaign window: first day offset, length in days, and which of P, Q, R, S it sells (bits).</summary>
    public sealed record WindowSpec(int Start, int Days, int ProductMask);
}
