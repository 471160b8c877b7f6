using static RoiReportGen.Tests.Simulation.SimulatedFiles;

namespace RoiReportGen.Tests.Simulation;

/// <summary>Consistency and realism of the default data set (the shipped data/).</summary>
[Collection(DefaultDataSetGroup.Name)]
public sealed class SimulatedDataTests(DefaultDataSetFixture fixture)
{
    private static readonly string[] AttributedSources = ["instagram", "youtube", "twitter", "influencer"];

    private readonly SimulatedFiles files = fixture.Files;

    [Fact]
    public void EveryReferencedInfluencerExists()
    {
        var ids = files.Influencers.Values("influencer_id").ToHashSet();

        Assert.Equal(files.Influencers.Rows.Count, ids.Count);
        Assert.All(files.Posts.Values("influencer_id"), id => Assert.Contains(id, ids));
        Assert.All(files.Payouts.Values("influencer_id"), id => Assert.Contains(id, ids));
        Assert.All(files.Tracking.Values("influencer_id").Where(id => id.Length > 0), id => Assert.Contains(id, ids));
    }

    [Fact]
    public void DatesAreIsoAndSorted()
    {
        var tracking = files.Tracking.Values("date").Select(Date).ToList();
        var posts = files.Posts.Values("date").Select(Date).ToList();

        Assert.Equal(tracking.Order(), tracking);
        Assert.Equal(posts.Order(), posts);
        Assert.True(tracking[^1].DayNumber - tracking[0].DayNumber >= 180, "at least six months of tracking data");
    }

    [Fact]
    public void AboutHalfTheCampaignPayoutsCarryAPaymentDateAfterTheCampaign()
    {
        // The window of a campaign = first to last date of its attributed tracking rows (what the report measures).
        var t = files.Tracking;
        var lastDay = t.Rows
            .Where(r => r[t.Column("campaign")].Length > 0)
            .GroupBy(r => r[t.Column("campaign")])
            .ToDictionary(g => g.Key, g => g.Max(r => Date(r[t.Column("date")])));
        var dataEnd = t.Values("date").Select(Date).Max();
        var p = files.Payouts;
        var (campaign, date) = (p.Column("campaign"), p.Column("date"));
        var dated = p.Rows.Where(r => r[date].Length > 0).ToList();

        // Both paths of SPEC 2 "Periods" are exercised: dated rows and undated ones, bonus rows (no campaign) undated.
        Assert.InRange(dated.Count, p.Rows.Count / 4, p.Rows.Count * 3 / 4);
        Assert.All(p.Rows.Where(r => r[campaign].Length == 0), r => Assert.Equal("", r[date]));
        Assert.All(dated, r =>
        {
            var paid = Date(r[date]);
            Assert.True(paid <= dataEnd, $"{paid} after the data's last day");
            if (lastDay.TryGetValue(r[campaign], out var lastSale))
            {
                // Paid once the campaign closed: its last planned day is on or after its last attributed sale.
                Assert.True(paid >= lastSale, $"{r[campaign]} paid {paid}, before its last sale {lastSale}");
            }
        });
    }

    [Fact]
    public void OrganicRowsHaveNoCampaignOrInfluencerAndAttributedRowsHaveBoth()
    {
        var t = files.Tracking;
        var (source, campaign, influencer) = (t.Column("source"), t.Column("campaign"), t.Column("influencer_id"));
        var organic = t.Rows.Where(r => r[source] == "organic").ToList();
        var attributed = t.Rows.Where(r => r[source] != "organic").ToList();

        Assert.All(organic, r => Assert.Equal(("", ""), (r[campaign], r[influencer])));
        Assert.All(attributed, r => Assert.True(r[campaign].Length > 0 && r[influencer].Length > 0));
        Assert.All(attributed, r => Assert.Contains(r[source], AttributedSources));
        // OrganicShare 0.88 of the rows planned; anyway orders turn some organic sales into attributed ones.
        Assert.InRange(organic.Count / (double)t.Rows.Count, 0.85, 0.92);
    }

    [Fact]
    public void EveryPayoutRowIsConsistentWithItsBasis()
    {
        var postsPerInfluencer = files.Posts.Values("influencer_id").CountBy(id => id).ToDictionary();
        var t = files.Tracking;
        var ordersByDeal = t.Rows
            .Where(r => r[t.Column("source")] != "organic")
            .GroupBy(r => (r[t.Column("influencer_id")], r[t.Column("campaign")]))
            .ToDictionary(g => g.Key, g => g.Sum(r => Count(r[t.Column("orders")])));
        var p = files.Payouts;

        foreach (var row in p.Rows)
        {
            var (id, campaign, basis) = (row[p.Column("influencer_id")], row[p.Column("campaign")], row[p.Column("basis")]);
            var (rate, total) = (Money(row[p.Column("rate")]), Money(row[p.Column("total_payout")]));
            if (basis == "post")
            {
                // SPEC 1: rate × ALL of the influencer's posts.
                Assert.Equal(rate * postsPerInfluencer[id], total);
                continue;
            }

            Assert.Equal("order", basis);
            var orders = Count(row[p.Column("orders")]);
            Assert.Equal(rate * orders, total);
            // Campaign rows pay for the orders tracked there; a campaign-less bonus for all of them.
            var tracked = campaign.Length > 0
                ? ordersByDeal.GetValueOrDefault((id, campaign))
                : ordersByDeal.Where(kv => kv.Key.Item1 == id).Sum(kv => kv.Value);
            Assert.Equal(tracked, orders);
        }

        Assert.Contains(p.Rows, r => r[p.Column("campaign")].Length == 0);
        Assert.InRange(p.Values("basis").Count(b => b == "post") / (double)p.Rows.Count, 0.2, 0.6);
    }

    [Fact]
    public void EveryCampaignHasAtLeast56DaysOfDataBeforeItsFirstAttributedDate()
    {
        var t = files.Tracking;
        var dataStart = Date(t.Rows[0][t.Column("date")]);
        var windows = t.Rows
            .Where(r => r[t.Column("campaign")].Length > 0)
            .GroupBy(r => r[t.Column("campaign")])
            .ToDictionary(g => g.Key, g => (First: g.Min(r => Date(r[t.Column("date")])), Last: g.Max(r => Date(r[t.Column("date")]))));
        var firstAttributed = windows.ToDictionary(kv => kv.Key, kv => kv.Value.First);

        Assert.InRange(firstAttributed.Count, 6, 12);
        Assert.Contains("SummerFit", firstAttributed.Keys);
        Assert.Contains("MusclePush", firstAttributed.Keys);
        // The estimator's default pre-period (SPEC 2: --baseline-days 56).
        Assert.All(firstAttributed.Values, first => Assert.True(first.DayNumber - dataStart.DayNumber >= 56));
        // Windows of two to six weeks (a short one may sell on fewer days than it runs).
        Assert.All(windows.Values, w => Assert.InRange(w.Last.DayNumber - w.First.DayNumber + 1, 7, 42));
    }

    [Fact]
    public void RoasVariesWidelyAcrossInfluencers()
    {
        var t = files.Tracking;
        var revenue = t.Rows
            .Where(r => r[t.Column("influencer_id")].Length > 0)
            .GroupBy(r => r[t.Column("influencer_id")])
            .ToDictionary(g => g.Key, g => g.Sum(r => Money(r[t.Column("revenue")])));
        var p = files.Payouts;
        var roas = p.Rows
            .GroupBy(r => r[p.Column("influencer_id")])
            .Select(g => (Id: g.Key, Payout: g.Sum(r => Money(r[p.Column("total_payout")]))))
            .Where(x => x.Payout > 0)
            .Select(x => revenue.GetValueOrDefault(x.Id) / x.Payout)
            .ToList();

        Assert.Contains(roas, r => r < 1);
        Assert.Contains(roas, r => r > 5);
    }

    [Fact]
    public void CaptionsExerciseCsvQuotingAndNamesIncludeDevanagari()
    {
        var captions = files.Posts.Values("caption").ToList();

        Assert.Contains(captions, c => c.Contains(',', StringComparison.Ordinal));
        Assert.Contains(captions, c => c.Contains('"', StringComparison.Ordinal));
        Assert.Contains(captions, c => c.Contains('\n', StringComparison.Ordinal));
        Assert.Contains(files.Influencers.Values("name"), n => n.Any(c => c is >= '\u0900' and <= '\u097F'));
        Assert.Contains(files.Influencers.Values("gender"), g => g.Length == 0);
    }
}
