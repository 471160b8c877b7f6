namespace RoiReportGen.Tests.Summary;

/// <summary>
/// `--compare-data`: the hand-checked fixture as the base, and a copy with one more MusclePush order
/// (I2, 2025-03-04, Creatine, ₹800) as this data. Worked by hand:
/// YouTube revenue 3200 → 4000 (+800), ROAS 0.80 → 4000 / 4000 = 1.00, net −800 → 0, orders 4 → 5,
/// iROAS (window 03-03..03-04 unchanged, counterfactual 0) 0.80 → 1.00;
/// All revenue 8700 → 9500, ROAS 1.2609 → 1.3768 (+0.1159 → +0.12), iROAS (SummerFit's 5650 + MusclePush's)
/// 8850 / 6900 = 1.28 → 9650 / 6900 = 1.40 (+0.1159 → +0.12),
/// net 1800 → 2600; Instagram unchanged.
/// </summary>
public sealed class SummaryComparisonTests : IDisposable
{
    private const string ExtraOrder = "2025-03-04,youtube,MusclePush,I2,U11,MuscleBlaze,Creatine,1,800\n";

    private readonly SummaryRun run = new("handchecked");

    public void Dispose() => run.Dispose();

    private string CompareWithBase()
    {
        var baseData = run.Temp.CopyFixture("handchecked", "base");
        File.AppendAllText(Path.Combine(run.Data, "tracking_data.csv"), ExtraOrder);
        return run.Markdown("--compare-data", baseData);
    }

    [Fact]
    public void Every_kpi_of_all_shows_base_this_and_change()
    {
        Assert.Contains("""

            #### All

            | KPI | Base | This | Change |
            | :--- | ---: | ---: | ---: |
            | Revenue | ₹8,700 | ₹9,500 | +₹800 |
            | Payout | ₹6,900 | ₹6,900 | ₹0 |
            | ROAS | 1.26 | 1.38 | +0.12 |
            | iROAS | 1.28 | 1.40 | +0.12 |
            | Net return | ₹1,800 | ₹2,600 | +₹800 |
            | Orders | 8 | 9 | +1 |
            | Influencers | 3 | 3 | 0 |
            | Posts | 4 | 4 | 0 |

            """.ReplaceLineEndings("\n"), CompareWithBase(), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_platform_has_its_own_comparison_and_a_fall_reads_negative()
    {
        var markdown = CompareWithBase();
        Assert.Contains("| ROAS | 0.80 | 1.00 | +0.20 |\n| iROAS | 0.80 | 1.00 | +0.20 |\n| Net return | −₹800 | ₹0 | +₹800 |", markdown, StringComparison.Ordinal);
        Assert.Contains("#### Instagram\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Revenue | ₹5,500 | ₹5,500 | ₹0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("Compared with the base data from 2025-01-01 to 2025-03-05: 3 influencers, 4 posts, 2 campaigns, 3 data issues.\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("### KPIs by platform\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_platform_only_one_side_has_shows_dashes()
    {
        var baseData = run.Temp.CopyFixture("handchecked", "base");
        File.AppendAllText(Path.Combine(run.Data, "influencers.csv"), "I4,Dev Shah,Twitter,Lifestyle,Male,500\n");
        var markdown = run.Markdown("--compare-data", baseData);
        Assert.Contains("#### Twitter\n\n| KPI | Base | This | Change |\n| :--- | ---: | ---: | ---: |\n| Revenue | — | ₹0 | — |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Influencers | 3 | 4 | +1 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fall_in_revenue_is_signed_with_a_minus()
    {
        var baseData = run.Temp.CopyFixture("handchecked", "base");
        File.AppendAllText(Path.Combine(baseData, "tracking_data.csv"), ExtraOrder);
        var markdown = run.Markdown("--compare-data", baseData);
        Assert.Contains("| Revenue | ₹9,500 | ₹8,700 | −₹800 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| ROAS | 1.38 | 1.26 | −0.12 |", markdown, StringComparison.Ordinal);
    }
}
