using FsCheck.Xunit;
using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Properties;

/// <summary>Issue 8: properties of the metrics over generated data sets, loaded by the real loader.</summary>
public sealed class ReportProperties
{
    private const int Cases = 200;

    [Property(MaxTest = Cases, Arbitrary = [typeof(DataSetGenerators)])]
    public void Platform_revenue_orders_and_payout_add_up_to_all(CsvDataSet csv)
    {
        var model = ReportCalculator.Compute(csv.Load(), MetricsOptions.Default);
        Assert.Equal(model.All.Kpis.Revenue, model.Platforms.Sum(p => p.Kpis.Revenue));
        Assert.Equal(model.All.Kpis.Orders, model.Platforms.Sum(p => p.Kpis.Orders));
        Assert.Equal(model.All.Kpis.Payout, model.Platforms.Sum(p => p.Kpis.Payout));
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(DataSetGenerators)])]
    public void Allocation_conserves_every_influencers_payout(CsvDataSet csv)
    {
        var data = csv.Load();
        foreach (var influencer in data.Influencers)
        {
            var own = data with
            {
                Payouts = [.. data.Payouts.Where(p => p.InfluencerId == influencer.Id)],
                Tracking = [.. data.Tracking.Where(t => t.InfluencerId == influencer.Id)],
            };
            var loose = own.Payouts.Where(p => p.Campaign.Length == 0).Sum(p => p.TotalPayout);
            var allocation = PayoutAllocator.Allocate(own, AllocationPrecision.Decimals(data));
            Assert.Equal(loose, allocation.ByCampaign.Values.Sum() + allocation.Unallocated);
        }

        // And over the whole report: campaign payouts plus unallocated spend are all the payout.
        var model = ReportCalculator.Compute(data, MetricsOptions.Default);
        var named = data.Payouts.Where(p => p.Campaign.Length > 0).Sum(p => p.TotalPayout);
        var loosePaid = data.Payouts.Where(p => p.Campaign.Length == 0).Sum(p => p.TotalPayout);
        Assert.Equal(named + loosePaid, model.All.Campaigns.Sum(c => c.Payout) + model.All.Kpis.UnallocatedPayout);
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(DataSetGenerators)])]
    public void Brand_payouts_of_the_platform_views_add_up_to_all(CsvDataSet csv)
    {
        // Issue 12 item 5: each influencer's fee is split by its own sales, and every influencer is in
        // exactly one platform view, so each brand's payout over the platform views adds up to All's.
        var model = ReportCalculator.Compute(csv.Load(), MetricsOptions.Default);
        foreach (var brand in model.All.Brands)
        {
            var perPlatform = model.Platforms.Sum(p => p.Brands.SingleOrDefault(b => b.Brand == brand.Brand)?.Payout ?? 0m);
            Assert.Equal(brand.Payout, perPlatform);
        }
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(DataSetGenerators)])]
    public void Roas_is_undefined_exactly_when_payout_is_0(CsvDataSet csv)
    {
        var model = ReportCalculator.Compute(csv.Load(), MetricsOptions.Default);
        foreach (var view in model.Views)
        {
            Assert.Equal(view.Kpis.Payout == 0m, view.Kpis.Roas is null);
            Assert.All(view.Influencers, i => Assert.Equal(i.Payout == 0m, i.Roas is null));
            Assert.All(view.Campaigns, c => Assert.Equal(c.Payout == 0m, c.Roas is null));
            Assert.All(view.Personas, p => Assert.Equal(p.Payout == 0m, p.Roas is null));
            Assert.All(view.Brands, b => Assert.Equal(b.Payout == 0m, b.Roas is null));
        }
    }
}
