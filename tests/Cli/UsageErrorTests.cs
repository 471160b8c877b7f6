using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Cli;

/// <summary>
/// Issue 11 item 7: arguments that used to end in a stack trace and exit 1. A usage error is exit 2
/// and one line; anything unforeseen is exit 2 and one line too, with the trace only under --verbose.
/// </summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("--baseline-days", "740000", "--baseline-days must be at most 3,650, not 740,000.")]
    [InlineData("--baseline-days", "2147483647", "--baseline-days must be at most 3,650, not 2,147,483,647.")]
    [InlineData("--baseline-days", "2147483648", "--baseline-days must be at most 3,650, not 2,147,483,648.")]
    [InlineData("--carryover-days", "-1", "--carryover-days must be at least 0, not -1.")]
    [InlineData("--carryover-days", "366", "--carryover-days must be at most 365, not 366.")]
    [InlineData("--target-roas", "0", "--target-roas must be above 0 and at most 100, not 0.")]
    [InlineData("--target-roas", "-1", "--target-roas must be above 0 and at most 100, not -1.")]
    [InlineData("--target-roas", "100.5", "--target-roas must be above 0 and at most 100, not 100.5.")]
    [InlineData("--target-roas", "abc", "--target-roas needs a number such as 1.5, not 'abc'.")]
    [InlineData("--target-roas", "1,5", "--target-roas needs a number such as 1.5, not '1,5' (decimals take '.', e.g. 1.5; no commas).")]
    [InlineData("--target-roas", "1,000", "--target-roas needs a number such as 1.5, not '1,000' (decimals take '.', e.g. 1.5; no commas).")]
    [InlineData("--target-roas", "1.5.1", "--target-roas needs a number such as 1.5, not '1.5.1'.")]
    [InlineData("--target-roas", " 2", "--target-roas needs a number such as 1.5, not ' 2'.")]
    [InlineData("--min-posts", "-1", "--min-posts must be at least 0, not -1.")]
    [InlineData("--min-orders", "-3", "--min-orders must be at least 0, not -3.")]
    [InlineData("--min-orders", "1000001", "--min-orders must be at most 1,000,000, not 1,000,001.")]
    [InlineData("--out", "", "--out needs a path, not an empty string.")]
    [InlineData("--data", "", "--data needs a path, not an empty string.")]
    [InlineData("--summary-md", "", "--summary-md needs a path, not an empty string.")]
    public void Build_arguments_are_one_line_usage_errors(string option, string value, string message)
    {
        AssertOneLineUsageError(BuildHandchecked(option, value), message);
    }

    [Theory]
    [InlineData(new[] { "--out", "" }, "--out needs a path, not an empty string.")]
    [InlineData(new[] { "--out", "x", "--influencers", "3000000000" }, "--influencers must be at most 1,000,000, not 3,000,000,000.")]
    [InlineData(new[] { "--out", "x", "--influencers", "1000001" }, "--influencers must be at most 1,000,000, not 1,000,001.")]
    [InlineData(new[] { "--out", "x", "--tracking-rows", "100000001" }, "--tracking-rows must be at most 100,000,000, not 100,000,001.")]
    [InlineData(new[] { "--out", "x", "--seed", "99999999999" }, "Cannot parse argument '99999999999' for option '--seed' as expected type 'System.Int32'.")]
    [InlineData(new[] { "--out", "x", "--overlap", "1.5" }, "--overlap must be between 0 and 1, not 1.5.")]
    [InlineData(new[] { "--out", "x", "--persistence", "1" }, "--persistence must be between 0 and 0.99, not 1.")]
    [InlineData(new[] { "--out", "x", "--spill", "1.5" }, "--spill must be between 0 and 1, not 1.5.")]
    [InlineData(new[] { "--out", "x", "--carryover", "-1" }, "--carryover must be between 0 and 4, not -1.")]
    [InlineData(new[] { "--out", "x", "--cannibalisation", "-1" }, "--cannibalisation must be between 0 and 4, not -1.")]
    [InlineData(new[] { "--out", "x", "--noise", "NaN" }, "--noise needs a number such as 1.5, not 'NaN'.")]
    [InlineData(new[] { "--out", "x", "--noise", "0,5" }, "--noise needs a number such as 1.5, not '0,5' (decimals take '.', e.g. 1.5; no commas).")]
    public void Simulate_sizes_and_paths_are_one_line_usage_errors(string[] args, string message)
    {
        using var temp = new TempFolder();
        var outDir = temp.Combine("x");
        AssertOneLineUsageError(CliRun.Of(["simulate", .. args.Select(a => a == "x" ? outDir : a)]), message);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Recommendation_options_at_their_limits_are_accepted() =>
        Assert.Equal(0, BuildHandchecked("--target-roas", "100", "--min-posts", "0", "--min-orders", "1000000").ExitCode);

    [Theory]
    [InlineData("1.5", true)]
    [InlineData("100", true)]
    [InlineData("-0.25", true)]
    [InlineData(".5", true)]
    [InlineData("2.", true)]
    [InlineData("1,5", false)]
    [InlineData("1e3", false)]
    [InlineData("+1", false)]
    [InlineData("-", false)]
    [InlineData(".", false)]
    [InlineData("1..5", false)]
    [InlineData("١٫٥", false)]
    [InlineData("", false)]
    public void Option_numbers_are_digits_with_one_point(string text, bool plain) =>
        Assert.Equal(plain, RoiReportGen.Cli.OptionRules.IsPlainNumber(text));

    [Fact]
    public void The_longest_baseline_is_accepted() =>
        Assert.Equal(0, BuildHandchecked("--baseline-days", "3650").ExitCode);

    [Fact]
    public void Compare_data_dated_in_year_one_is_compared()
    {
        // The other data set's only campaign starts on 0001-01-01: its pre-period would start before
        // the calendar does, so it has no baseline (it used to throw from DateOnly.AddDays). The date window is
        // widened past the calendar, or it would exclude those rows as mistyped years.
        using var temp = new TempFolder();
        var data = temp.CopyFixture("handchecked");
        var other = temp.CopyFixture("handchecked", "other");
        File.WriteAllText(Path.Combine(other, "tracking_data.csv"),
            "date,source,campaign,influencer_id,brand,product,orders,revenue\n"
            + "0001-01-01,instagram,Ancient,I1,MuscleBlaze,Whey,1,100\n"
            + "0001-01-02,organic,,,MuscleBlaze,Whey,1,50\n");
        var summary = temp.Combine("summary.md");

        var run = CliRun.Of("build", "--data", data, "--out", temp.Combine("site"), "--summary-md", summary, "--compare-data", other,
            "--max-date-span-days", "3660000");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Compared with the base data from 0001-01-01 to 0001-01-02", File.ReadAllText(summary), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_exception_is_one_line_and_exit_2()
    {
        // No shell can pass a NUL in an argument, so nothing checks for it: the file system API throws,
        // which is what the last-resort handler is for.
        var run = BuildHandchecked("--out", "bad\0path");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            @"unexpected error: ArgumentException: Null character in path. (Parameter 'path') (a bug in RoiReportGen; --verbose prints where it happened)",
            run.Error.TrimEnd('\n', '\r'));
        Assert.DoesNotMatch(StackTrace.Pattern, run.Error);
    }

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        var run = BuildHandchecked("--verbose", "--out", "bad\0path");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("unexpected error: ArgumentException: ", run.Error, StringComparison.Ordinal);
        Assert.Matches(StackTrace.Pattern, run.Error);
    }

    [Fact]
    public void Verbose_changes_nothing_on_a_good_build() =>
        Assert.Equal(0, BuildHandchecked("--verbose").ExitCode);

    // The fixture into a fresh site folder; a --data or --out in args replaces the default one.
    private static CliRun BuildHandchecked(params string[] args)
    {
        using var temp = new TempFolder();
        string[] data = args.Contains("--data") ? [] : ["--data", temp.CopyFixture("handchecked")];
        string[] site = args.Contains("--out") ? [] : ["--out", temp.Combine("site")];
        var run = CliRun.Of(["build", .. data, .. site, .. args]);
        Assert.False(Directory.Exists(temp.Combine("site")) && run.ExitCode != 0, "a failed build wrote a site");
        return run;
    }

    private static void AssertOneLineUsageError(CliRun run, string message)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message + " Run with --help to see the commands and options.", run.Error.TrimEnd('\n', '\r'));
        Assert.DoesNotMatch(StackTrace.Pattern, run.Error + run.Output);
    }
}
