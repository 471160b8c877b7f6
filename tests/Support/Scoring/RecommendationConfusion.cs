using System.Globalization;
using System.Text;

namespace RoiReportGen.Tests.Support.Scoring;

/// <summary>One action's row of the confusion table: its calls by what the influencers truly did.</summary>
/// <param name="LosesMoney">Calls whose influencer's true iROAS is below 1.</param>
/// <param name="PaysBack">Calls whose influencer's true iROAS is 1 or more.</param>
/// <param name="Unpaid">Calls whose influencer was paid nothing, so has no true iROAS (left out of the rates).</param>
public sealed record ActionCounts(string Action, int LosesMoney, int PaysBack, int Unpaid)
{
    public int Total => LosesMoney + PaysBack + Unpaid;
}

/// <summary>
/// The recommendations against the simulator's truth (issue 15 item 5): per action, how many of the influencers it
/// was given to truly lose money (true iROAS &lt; 1) or truly pay back (≥ 1), and how often `cut` and `scale` are right.
/// </summary>
public sealed class RecommendationConfusion
{
    /// <summary>The actions of SPEC 2 in the table's order; any other action the file holds follows them.</summary>
    public static readonly IReadOnlyList<string> Actions = ["scale", "keep", "renegotiate", "cut", "too early"];

    public RecommendationConfusion(IReadOnlyList<RecommendationCall> calls, int programmes)
    {
        ArgumentNullException.ThrowIfNull(calls);
        Programmes = programmes;
        var others = calls.Select(c => c.Action).Where(a => !Actions.Contains(a)).Distinct().Order(StringComparer.Ordinal);
        Rows = [.. Actions.Concat(others).Select(action =>
        {
            var of = calls.Where(c => c.Action == action).ToList();
            return new ActionCounts(action, of.Count(c => c.LosesMoney == true), of.Count(c => c.LosesMoney == false), of.Count(c => c.LosesMoney is null));
        })];
    }

    public int Programmes { get; }

    public IReadOnlyList<ActionCounts> Rows { get; }

    public ActionCounts Cut => Row("cut");

    public ActionCounts Scale => Row("scale");

    /// <summary>`cut` calls that truly lose money, of the `cut` calls with a true iROAS.</summary>
    public (int Right, int Of) CutRight => (Cut.LosesMoney, Cut.LosesMoney + Cut.PaysBack);

    /// <summary>`scale` calls that truly pay back, of the `scale` calls with a true iROAS.</summary>
    public (int Right, int Of) ScaleRight => (Scale.PaysBack, Scale.LosesMoney + Scale.PaysBack);

    /// <summary>(cut ∧ loses money + scale ∧ pays back) ÷ (cut + scale), over the calls with a true iROAS.</summary>
    public (int Right, int Of) Agreement => (CutRight.Right + ScaleRight.Right, CutRight.Of + ScaleRight.Of);

    /// <summary>Issue 15's target: the truth agrees with the `cut` and `scale` calls at least 8 times in 10.</summary>
    public bool MeetsAgreement => Agreement.Of > 0 && Agreement.Right * 10 >= Agreement.Of * 8;

    /// <summary>A share in [0, 1]; null when there is nothing to divide by.</summary>
    public static double? Share((int Right, int Of) count) => count.Of == 0 ? null : count.Right / (double)count.Of;

    /// <summary>The confusion table (actions × truth), then the two rates, the agreement and the target.</summary>
    public string ToMarkdown()
    {
        var b = new StringBuilder();
        var all = new ActionCounts("all", Rows.Sum(r => r.LosesMoney), Rows.Sum(r => r.PaysBack), Rows.Sum(r => r.Unpaid));
        b.AppendLine(CultureInfo.InvariantCulture, $"{Programmes} programmes, {all.Total} influencers with a recommendation (All platforms × All time).");
        b.AppendLine();
        b.AppendLine("| action | truly loses money (true iROAS < 1) | truly pays back (true iROAS ≥ 1) | unpaid (no true iROAS) | total |");
        b.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var r in Rows.Append(all))
        {
            Row(b, r.Action == "all" ? "**all**" : $"`{r.Action}`", Number(r.LosesMoney), Number(r.PaysBack), Number(r.Unpaid), Number(r.Total));
        }

        b.AppendLine();
        b.AppendLine("| headline | result |");
        b.AppendLine("|---|---:|");
        Row(b, "`cut` calls that truly lose money", Rate(CutRight));
        Row(b, "`scale` calls that truly pay back", Rate(ScaleRight));
        Row(b, "`cut` and `scale` calls that agree with truth", Rate(Agreement));
        Row(b, "target (issue 15): at least 8 in 10 agree", MeetsAgreement ? "met" : "**missed**");
        return b.ToString();
    }

    private ActionCounts Row(string action) => Rows.Single(r => r.Action == action);

    private static void Row(StringBuilder b, params string[] cells) => b.AppendLine("| " + string.Join(" | ", cells) + " |");

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Rate((int Right, int Of) count) => Share(count) is { } s
        ? string.Create(CultureInfo.InvariantCulture, $"{count.Right} of {count.Of} ({s * 100:0.0}%)")
        : string.Create(CultureInfo.InvariantCulture, $"{count.Right} of {count.Of} (n/a)");
}
