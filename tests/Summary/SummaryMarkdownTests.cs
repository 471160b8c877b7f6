namespace RoiReportGen.Tests.Summary;

/// <summary>
/// `build --summary-md` on tests/Fixtures/handchecked (see its README), compared exactly with text
/// worked out by hand:
/// revenue Instagram = I1 3000 + 1500 + I3 1000 = 5500 (the I9 row is excluded), YouTube = I2 2400 + 800 = 3200, All 8700;
/// payout Instagram = I1 1500 + 200 + I3 1200 = 2900, YouTube 4000, All 6900;
/// ROAS 8700 / 6900 = 1.26, 5500 / 2900 = 1.90, 3200 / 4000 = 0.80; net return 1800, 2600, −800;
/// iROAS (counterfactual, worked in HandCheckedReportTests) SummerFit = (6000 − 350) / 2900 = 5650 / 2900 = 1.95,
/// 90% 5650 ∓ 1663.40: 3986.60 / 2900 = 1.37 to 7313.40 / 2900 = 2.52; MusclePush = (3200 − 0) / 4000 = 0.80 with no
/// residual error (0.80–0.80); All = (5650 + 3200) / 6900 = 1.28, half √(1663.40² + 0²) = 1663.40:
/// 7186.60 / 6900 = 1.04 to 10513.40 / 6900 = 1.52;
/// orders 2 + 1 + 1 = 4 and 3 + 1 = 4; posts P1, P2, P4 on Instagram and P3 on YouTube.
/// Issues: P4 reach 0 (posts), I9 unknown (tracking, excluded), I3 payout 1200 ≠ 1000 × 1 (payouts).
/// </summary>
public sealed class SummaryMarkdownTests : IDisposable
{
    private const string HandChecked = """
        ## Influencer marketing ROI report

        Data from 2025-01-01 to 2025-03-05: 3 influencers, 4 posts, 2 campaigns, 3 data issues.

        ### KPIs by platform

        | Platform | Revenue | Payout | ROAS | iROAS | Net return | Orders | Influencers | Posts |
        | :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
        | All | ₹8,700 | ₹6,900 | 1.26 | 1.28 (90%: 1.04–1.52) | ₹1,800 | 8 | 3 | 4 |
        | Instagram | ₹5,500 | ₹2,900 | 1.90 | 1.95 (90%: 1.37–2.52) | ₹2,600 | 4 | 2 | 3 |
        | YouTube | ₹3,200 | ₹4,000 | 0.80 | 0.80 (90%: 0.80–0.80) | −₹800 | 4 | 1 | 1 |

        ### Top campaigns by ROAS

        | Campaign | Brand | Revenue | Payout | ROAS | iROAS |
        | :--- | :--- | ---: | ---: | ---: | ---: |
        | SummerFit | MuscleBlaze | ₹5,500 | ₹2,900 | 1.90 | 1.95 (90%: 1.37–2.52) |

        ### Bottom campaigns by ROAS

        | Campaign | Brand | Revenue | Payout | ROAS | iROAS |
        | :--- | :--- | ---: | ---: | ---: | ---: |
        | MusclePush | MuscleBlaze | ₹3,200 | ₹4,000 | 0.80 | 0.80 (90%: 0.80–0.80) |

        ### Data issues

        | File | Rows read | Rows excluded | Data issues |
        | :--- | ---: | ---: | ---: |
        | influencers.csv | 3 | 0 | 0 |
        | posts.csv | 4 | 0 | 1 |
        | tracking_data.csv | 10 | 1 | 1 |
        | payouts.csv | 4 | 0 | 1 |
        | All files | 21 | 1 | 3 |

        """;

    private readonly SummaryRun run = new("handchecked");

    public void Dispose() => run.Dispose();

    [Fact]
    public void Summary_of_the_hand_checked_fixture_is_exactly_the_hand_worked_text() =>
        Assert.Equal(HandChecked.ReplaceLineEndings("\n"), run.Markdown());

    [Fact]
    public void Same_data_gives_the_same_bytes()
    {
        run.Markdown();
        var first = File.ReadAllBytes(run.SummaryPath);
        run.Markdown();
        Assert.Equal(first, File.ReadAllBytes(run.SummaryPath));
        Assert.False(first.AsSpan().StartsWith("\uFEFF"u8), "no BOM: the file is appended to $GITHUB_STEP_SUMMARY");
    }

    [Fact]
    public void The_title_is_the_reports_title_escaped()
    {
        var markdown = run.Markdown("--title", "Q1 *launch* | <b>HK</b>");
        Assert.StartsWith("## Q1 \\*launch\\* \\| \\<b\\>HK\\</b\\>\n", markdown, StringComparison.Ordinal);
    }
}
