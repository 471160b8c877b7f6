using RoiReportGen.Data;
using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

/// <summary>Builds small in-memory data sets the way the loader would hand them over.</summary>
internal sealed class DataBuilder
{
    private readonly List<Influencer> _influencers = [];
    private readonly List<PostStats> _posts = [];
    private readonly List<PostDay> _postDays = [];
    private readonly List<TrackingTotal> _tracking = [];
    private readonly List<Payout> _payouts = [];
    private readonly List<DataIssue> _issues = [];
    private DateOnly? _start;

    /// <summary>Day 0 of every fixture: 2025-01-01.</summary>
    public static DateOnly Day(int n) => new DateOnly(2025, 1, 1).AddDays(n);

    public DataBuilder Influencer(
        string id,
        string platform = "Instagram",
        long followers = 5_000,
        string category = "Fitness",
        string gender = "Female")
    {
        _influencers.Add(new Influencer(id, "Name " + id, platform, category, gender, followers, _influencers.Count + 2));
        return this;
    }

    /// <summary>Post sums; by default every post is rated (reach &gt; 0).</summary>
    public DataBuilder Posts(
        string id,
        long posts,
        long reach,
        long likes,
        long comments,
        decimal rateSum = 0m,
        long? ratedPosts = null,
        long? ratedEngagements = null)
    {
        _posts.Add(new PostStats(id, posts, reach, likes, comments, ratedPosts ?? posts, ratedEngagements ?? likes + comments, rateSum));
        return this;
    }

    /// <summary>Posts of one day (every one rated): counted in the all-time sums and in that day's period.</summary>
    public DataBuilder PostsOn(DateOnly date, string id, long posts = 1, long reach = 1_000, long likes = 50, long comments = 10)
    {
        _postDays.Add(new PostDay(date, new PostStats(id, posts, reach, likes, comments, posts, likes + comments, (decimal)(likes + comments) / reach * posts)));
        return this;
    }

    /// <summary>A payout row with a payment date.</summary>
    public DataBuilder PayOn(DateOnly date, string influencer, decimal total, string campaign = "", PayoutBasis basis = PayoutBasis.Post)
    {
        _payouts.Add(new Payout(influencer, campaign, basis, 0m, null, total, _payouts.Count + 2, date));
        return this;
    }

    public DataBuilder Sale(int day, string campaign, string influencer, string product, long orders, decimal revenue, string brand = "MuscleBlaze")
    {
        _tracking.Add(new TrackingTotal(Day(day), false, campaign, influencer, brand, product, orders, revenue, 1));
        return this;
    }

    /// <summary>An attributed row on any date (the day-number helpers start at 2025-01-01).</summary>
    public DataBuilder SaleOn(DateOnly date, string campaign, string influencer, string product, long orders, decimal revenue)
    {
        _tracking.Add(new TrackingTotal(date, false, campaign, influencer, "MuscleBlaze", product, orders, revenue, 1));
        return this;
    }

    /// <summary>An organic row on any date.</summary>
    public DataBuilder OrganicOn(DateOnly date, string product, decimal revenue)
    {
        _tracking.Add(new TrackingTotal(date, true, "", "", "MuscleBlaze", product, 1, revenue, 1));
        return this;
    }

    public DataBuilder Organic(int day, string product, decimal revenue, string brand = "MuscleBlaze", long orders = 1)
    {
        _tracking.Add(new TrackingTotal(Day(day), true, "", "", brand, product, orders, revenue, 1));
        return this;
    }

    public DataBuilder Pay(string influencer, decimal total, string campaign = "", PayoutBasis basis = PayoutBasis.Post)
    {
        _payouts.Add(new Payout(influencer, campaign, basis, 0m, null, total, _payouts.Count + 2));
        return this;
    }

    public DataBuilder Issue(string platform, string file = "posts.csv")
    {
        _issues.Add(new DataIssue(file, _issues.Count + 2, "reach", "-1", "negative", IssueAction.Excluded, platform));
        return this;
    }

    /// <summary>Makes the data start earlier than its first tracking row (as if rows before had been read).</summary>
    public DataBuilder StartingAt(int day)
    {
        _start = Day(day);
        return this;
    }

    public DataSet Build()
    {
        var tracking = _tracking
            .OrderBy(t => t.Date)
            .ThenBy(t => !t.IsOrganic)
            .ThenBy(t => t.Campaign, StringComparer.Ordinal)
            .ThenBy(t => t.InfluencerId, StringComparer.Ordinal)
            .ThenBy(t => t.Brand, StringComparer.Ordinal)
            .ThenBy(t => t.Product, StringComparer.Ordinal)
            .ToList();
        DateOnly? first = tracking.Count == 0 ? null : tracking[0].Date;
        DateOnly? last = tracking.Count == 0 ? null : tracking[^1].Date;
        var days = _postDays.OrderBy(d => _influencers.FindIndex(i => i.Id == d.Stats.InfluencerId)).ThenBy(d => d.Date).ToList();
        return new DataSet(
            _influencers,
            days.Count == 0 ? _posts : PostStatsIndex.ByInfluencer(_posts.Concat(days.Select(d => d.Stats))).Values.ToList(),
            tracking,
            _payouts,
            _start ?? first,
            last,
            _issues,
            ["a notice"],
            [new FileReadCounts("influencers.csv", _influencers.Count, 0)])
        {
            PostDays = days,
        };
    }

    public ReportModel Report(int baselineDays = 56, int carryoverDays = MetricsOptions.DefaultCarryoverDays) =>
        ReportCalculator.Compute(Build(), new MetricsOptions(baselineDays, CarryoverDays: carryoverDays));

    public PlatformReport All(int baselineDays = 56, int carryoverDays = MetricsOptions.DefaultCarryoverDays) => Report(baselineDays, carryoverDays).All;
}
