using System.Globalization;
using System.Text;

namespace RoiReportGen.Tests.Support.Scoring;

/// <summary>One method's figures over a set of scored programmes (null: nothing to measure).</summary>
/// <param name="MeanHeadlineError">Mean signed % error of the headline iROAS over the programmes with one.</param>
/// <param name="MeanAbsoluteHeadlineError">Mean absolute % error of the headline.</param>
/// <param name="WorstHeadlineError">The signed % error of the largest magnitude.</param>
/// <param name="MedianAbsoluteError">Median over the pooled campaigns of |estimated iROAS − true iROAS|.</param>
/// <param name="Coverage">Share of campaigns with an interval whose 90% interval holds the truth; null without intervals.</param>
/// <param name="Estimated">Campaigns (with a true iROAS) that got an iROAS.</param>
/// <param name="NoBaseline">Campaigns the method left at "no baseline data".</param>
/// <param name="Campaigns">Campaigns with a true iROAS.</param>
public sealed record MethodScore(
    double? MeanHeadlineError,
    double? MeanAbsoluteHeadlineError,
    double? WorstHeadlineError,
    double? MedianAbsoluteError,
    double? Coverage,
    int Estimated,
    int NoBaseline,
    int Campaigns);

/// <summary>The scorer's table: the counterfactual method beside the naive one, and the issue 12 targets.</summary>
public sealed class Scorecard(IReadOnlyList<ProgrammeScore> programmes)
{
    public IReadOnlyList<ProgrammeScore> Programmes { get; } = programmes;

    public MethodScore New => Method(
        Programmes.Select(p => p.HeadlineError),
        Programmes.SelectMany(p => p.Campaigns).Select(c => (c.TrueIroas, c.Iroas, c.Covered, c.NoBaseline)));

    public MethodScore Naive => Method(
        Programmes.Select(p => p.NaiveHeadlineError),
        Programmes.SelectMany(p => p.Campaigns).Select(c => (c.TrueIroas, c.NaiveIroas, (bool?)null, c.NaiveNoBaseline)));

    /// <summary>Headline within ±10% on average (mean signed error).</summary>
    public bool MeetsMeanHeadline => New.MeanHeadlineError is { } e && Math.Abs(e) <= 10.0;

    /// <summary>Headline within ±20% on every programme.</summary>
    public bool MeetsWorstHeadline =>
        Programmes.All(p => p.HeadlineError is { } e && Math.Abs(e) <= 20.0);

    /// <summary>The programmes whose headline has an interval, and how many of those intervals hold the truth.</summary>
    public (int Covered, int Of) HeadlineCoverage
    {
        get
        {
            var covered = Programmes.Select(p => p.HeadlineCovered).OfType<bool>().ToList();
            return (covered.Count(c => c), covered.Count);
        }
    }

    /// <summary>The programmes beyond the ±20% target (by their 1-based number in the list), largest miss first.</summary>
    public IReadOnlyList<(int Number, ProgrammeScore Score)> Misses =>
        Programmes
            .Select((p, i) => (Number: i + 1, Score: p))
            .Where(p => p.Score.HeadlineError is not { } e || Math.Abs(e) > 20.0)
            .OrderByDescending(p => Math.Abs(p.Score.HeadlineError ?? double.PositiveInfinity))
            .ThenBy(p => p.Number)
            .ToList();

    /// <summary>Campaign coverage of the 90% interval between 85% and 95%.</summary>
    public bool MeetsCoverage => New.Coverage is >= 0.85 and <= 0.95;

    /// <summary>Campaign median absolute error at most half the naive method's.</summary>
    public bool MeetsMedianError =>
        New.MedianAbsoluteError is { } m && Naive.MedianAbsoluteError is { } n && m <= n / 2.0;

    private static MethodScore Method(
        IEnumerable<double?> headlineErrors, IEnumerable<(decimal? Truth, decimal? Estimate, bool? Covered, bool NoBaseline)> campaigns)
    {
        var errors = headlineErrors.OfType<double>().ToList();
        var all = campaigns.Where(c => c.Truth is not null).ToList();
        var absolute = all.Where(c => c.Estimate is not null).Select(c => Math.Abs((double)(c.Estimate!.Value - c.Truth!.Value))).ToList();
        var covered = all.Select(c => c.Covered).OfType<bool>().ToList();
        return new MethodScore(
            errors.Count == 0 ? null : errors.Average(),
            errors.Count == 0 ? null : errors.Average(Math.Abs),
            errors.Count == 0 ? null : errors.MaxBy(Math.Abs),
            absolute.Count == 0 ? null : Median(absolute),
            covered.Count == 0 ? null : covered.Count(c => c) / (double)covered.Count,
            absolute.Count,
            all.Count(c => c.NoBaseline),
            all.Count);
    }

    /// <summary>The middle value; the mean of the two middle values of an even count.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    /// <summary>The Markdown table of both methods, then the targets with met / missed.</summary>
    public string ToMarkdown()
    {
        var n = New;
        var v = Naive;
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{Programmes.Count} programmes, {n.Campaigns} campaigns with a true iROAS.");
        b.AppendLine();
        b.AppendLine("| | counterfactual (new) | naive (28-day pre-period) |");
        b.AppendLine("|---|---:|---:|");
        Row(b, "headline iROAS, mean signed error", Percent(n.MeanHeadlineError), Percent(v.MeanHeadlineError));
        Row(b, "headline iROAS, mean absolute error", Percent(n.MeanAbsoluteHeadlineError, signed: false), Percent(v.MeanAbsoluteHeadlineError, signed: false));
        Row(b, "headline iROAS, worst error", Percent(n.WorstHeadlineError), Percent(v.WorstHeadlineError));
        var measured = Programmes.Select(p => p.HeadlineErrorMeasured).OfType<double>().ToList();
        Row(
            b,
            "headline iROAS against the truth of the campaigns it pools: mean / mean absolute / worst",
            measured.Count == 0 ? "n/a" : $"{Percent(measured.Average())} / {Percent(measured.Average(Math.Abs), signed: false)} / {Percent(measured.MaxBy(Math.Abs))}",
            "(pools all)");
        var (headlineCovered, headlineOf) = HeadlineCoverage;
        Row(
            b,
            "headline 90% interval holds the programme's true iROAS",
            headlineOf == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{headlineCovered} of {headlineOf} programmes ({headlineCovered * 100.0 / headlineOf:0.0}%)"),
            "n/a");
        Row(b, "campaign iROAS, median absolute error", Number(n.MedianAbsoluteError), Number(v.MedianAbsoluteError));
        Row(b, "campaign 90% interval coverage", n.Coverage is { } c ? Percent(c * 100.0, signed: false) : "n/a", "n/a");
        Row(b, "… of campaigns estimated alone", Coverage(c => !c.Grouped), "n/a");
        Row(b, "… of campaigns sharing an overlap group's lift", Coverage(c => c.Grouped), "n/a");
        Row(b, "campaigns with an iROAS", Count(n.Estimated, n.Campaigns), Count(v.Estimated, v.Campaigns));
        Row(b, "campaigns at \"no baseline data\"", Count(n.NoBaseline, n.Campaigns), Count(v.NoBaseline, v.Campaigns));
        b.AppendLine();
        b.AppendLine("| target (issue 12) | result |");
        b.AppendLine("|---|---|");
        Row(b, "headline within ±10% on average", Met(MeetsMeanHeadline));
        Row(b, "headline within ±20% on every programme", Met(MeetsWorstHeadline));
        Row(b, "campaign coverage between 85% and 95%", Met(MeetsCoverage));
        Row(b, "campaign median absolute error ≤ half the naive method's", Met(MeetsMedianError));
        AppendMisses(b);
        return b.ToString();
    }

    // Each programme beyond ±20% with the headline's own interval, so a reader sees whether the miss lies within
    // the uncertainty the report states (the interval holds the truth) or outside it.
    private void AppendMisses(StringBuilder b)
    {
        var misses = Misses;
        b.AppendLine();
        if (misses.Count == 0)
        {
            b.AppendLine("No programme's headline is beyond ±20% of its truth.");
            return;
        }

        b.AppendLine("Programmes beyond ±20% (settings; the headline with its 90% interval; whether that interval holds the truth):");
        b.AppendLine();
        b.AppendLine("| programme | influencers | overlap | trend | cannibalisation | noise | halo | true iROAS | headline [90% interval] | error | interval holds truth |");
        b.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|");
        foreach (var (number, p) in misses)
        {
            var o = p.Options;
            Row(
                b,
                number.ToString(CultureInfo.InvariantCulture),
                o.Influencers.ToString(CultureInfo.InvariantCulture),
                Setting(o.Overlap),
                Setting(o.Trend),
                Setting(o.Cannibalisation),
                Setting(o.Noise),
                Setting(o.Halo),
                Number((double?)p.TrueHeadline),
                p.Headline is { } h
                    ? $"{Number((double)h)} [{Number((double?)p.HeadlineLow)}, {Number((double?)p.HeadlineHigh)}]"
                    : "n/a",
                Percent(p.HeadlineError),
                p.HeadlineCovered switch { true => "yes", false => "**no**", null => "n/a" });
        }
    }

    private static string Setting(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private string Coverage(Func<CampaignScore, bool> which)
    {
        var covered = Programmes.SelectMany(p => p.Campaigns).Where(which).Select(c => c.Covered).OfType<bool>().ToList();
        return covered.Count == 0
            ? "n/a"
            : string.Create(CultureInfo.InvariantCulture, $"{covered.Count(c => c) * 100.0 / covered.Count:0.0}% of {covered.Count}");
    }

    private static void Row(StringBuilder b, params string[] cells) => b.AppendLine("| " + string.Join(" | ", cells) + " |");

    private static string Met(bool met) => met ? "met" : "**missed**";

    private static string Percent(double? value, bool signed = true) => value is { } v
        ? v.ToString(signed ? "+0.0;−0.0;0.0" : "0.0", CultureInfo.InvariantCulture) + "%"
        : "n/a";

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    private static string Count(int count, int of) => string.Create(CultureInfo.InvariantCulture, $"{count} of {of}");
}
