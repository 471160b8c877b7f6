using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Properties;

/// <summary>Issue 12 item 5: a split payout adds back to the payout exactly, at every precision the report uses.</summary>
public sealed class SplitProperties
{
    [Property(MaxTest = 1_000, Arbitrary = [typeof(SplitProperties)])]
    public void Parts_add_up_to_the_amount_exactly_and_each_is_within_one_unit_of_its_share(SplitSpec spec)
    {
        var weights = spec.Weights.Select((w, i) => new KeyValuePair<int, decimal>(i, w)).ToList();
        var parts = ProportionalSplit.Split(spec.Amount, weights, spec.Decimals);
        var total = spec.Weights.Sum();
        var unit = 1m / (decimal)Math.Pow(10, spec.Decimals);

        if (total == 0m)
        {
            Assert.Empty(parts);
            return;
        }

        Assert.Equal(spec.Amount, parts.Sum(p => p.Value));
        Assert.Equal(weights.Where(w => w.Value > 0m).Select(w => w.Key), parts.Select(p => p.Key));
        Assert.All(parts, p =>
        {
            Assert.True(p.Value >= 0m, $"negative part {p.Value}");
            Assert.Equal(p.Value, Math.Round(p.Value, spec.Decimals));
            Assert.True(Math.Abs(p.Value - (spec.Amount * (weights[p.Key].Value / total))) < unit, $"part {p.Value} of {spec.Amount} is more than one unit off its share");
        });
    }

    public static Arbitrary<SplitSpec> Specs() => Arb.From(
        from amountDigits in Gen.Choose(0, 18)
        from mantissa in Gen.Choose(0, int.MaxValue)
        from fraction in Gen.Choose(0, 9_999)
        let amount = Amount(amountDigits, mantissa, fraction)
        // Any precision up to the one the report would choose for data whose largest total is this amount.
        from decimals in Gen.Choose(4, AllocationPrecision.Decimals(amount))
        from weights in Gen.Choose(1, 7).SelectMany(n => Gen.ArrayOf(
            Gen.OneOf(Gen.Constant(0m), Gen.Choose(1, 1_000_000).Select(w => (decimal)w), Gen.Choose(1, 9_999).Select(w => w / 10_000m)), n))
        select new SplitSpec(amount, decimals, weights));

    // Amounts as the loader hands them over: 4 decimal places, up to the 10^18 cap of a total.
    private static decimal Amount(int digits, int mantissa, int fraction) =>
        Math.Min(1_000_000_000_000_000_000m, (mantissa % 1_000_000_000) * (decimal)Math.Pow(10, Math.Max(0, digits - 9)) + fraction / 10_000m);

    public sealed record SplitSpec(decimal Amount, int Decimals, decimal[] Weights);
}
