using CsvHelper;

namespace RoiReportGen.Simulation;

/// <summary>
/// Streams tracking_data.csv one row at a time in date order, counting each campaign member's
/// attributed orders and revenue on the way (the payouts need them). Memory does not grow with rows.
/// </summary>
internal sealed class TrackingStreamWriter(IReadOnlyList<SimulatedCampaign> campaigns, SplitMix64 rng)
{
    public static readonly string[] Header = ["date", "source", "campaign", "influencer_id", "user_id", "brand", "product", "orders", "revenue"];

    private const int ProgressEvery = 1 << 16;

    // Site-wide sale prices for organic orders; influencer coupon codes for attributed ones.
    private static readonly decimal[] OrganicDiscounts = [1.00m, 0.95m, 0.90m, 0.85m, 0.80m, 0.75m];
    private static readonly WeightedIndex OrganicDiscountPicker = new([25, 20, 25, 15, 10, 5]);
    private static readonly decimal[] CouponDiscounts = [0.90m, 0.85m, 0.80m];
    private static readonly WeightedIndex CouponDiscountPicker = new([60, 25, 15]);
    private static readonly WeightedIndex OrdersPicker = new([82, 14, 4]);

    private readonly WeightedIndex organicProducts = new([.. ProductCatalog.All.Select(p => p.Popularity)]);
    private readonly double[] activeWeights = new double[campaigns.Count];
    private readonly int[] activeCampaigns = new int[campaigns.Count];
    private int activeCount;

    public long Write(CsvWriter csv, DailyRowPlan plan, IProgress<long>? progress)
    {
        csv.WriteHeader(Header);
        var total = plan.Organic.Sum() + plan.Attributed.Sum();
        // Roughly 1.8 orders per customer over the period: repeat buyers exist.
        var customers = Math.Clamp(total * 10 / 18, 500, 90_000_000);
        long written = 0;
        Span<char> userId = stackalloc char[12];
        userId[0] = 'U';
        for (var d = 0; d < plan.Days; d++)
        {
            var day = plan.FirstDay.AddDays(d);
            var organicLeft = plan.Organic[d];
            var attributedLeft = plan.Attributed[d];
            if (attributedLeft > 0)
            {
                LoadActiveCampaigns(day);
            }

            while (organicLeft + attributedLeft > 0)
            {
                // Interleave the two kinds within the day, as a real order log would.
                var organic = rng.NextDouble() * (organicLeft + attributedLeft) < organicLeft;
                var number = 1_000_000 + (long)(rng.NextDouble() * customers);
                number.TryFormat(userId[1..], out var digits, default, System.Globalization.CultureInfo.InvariantCulture);
                var orders = OrdersPicker.Pick(rng) + 1;
                csv.WriteField(day, "yyyy-MM-dd");
                if (organic)
                {
                    organicLeft--;
                    var product = ProductCatalog.All[organicProducts.Pick(rng)];
                    var revenue = Math.Round(product.Price * orders * OrganicDiscounts[OrganicDiscountPicker.Pick(rng)], 2);
                    WriteSale(csv, "organic", "", "", userId[..(digits + 1)], product, orders, revenue);
                }
                else
                {
                    attributedLeft--;
                    var campaign = campaigns[PickActiveCampaign()];
                    var slot = campaign.PickMember(rng);
                    var influencer = campaign.Members[slot];
                    var product = campaign.PickProduct(rng);
                    var revenue = Math.Round(product.Price * orders * CouponDiscounts[CouponDiscountPicker.Pick(rng)], 2);
                    campaign.Orders[slot] += orders;
                    campaign.Revenue[slot] += revenue;
                    // Most links carry the platform as UTM source; some trackers only say "influencer".
                    var source = rng.Chance(0.1) ? "influencer" : influencer.Source;
                    WriteSale(csv, source, campaign.Name, influencer.Id, userId[..(digits + 1)], product, orders, revenue);
                }

                if (++written % ProgressEvery == 0)
                {
                    progress?.Report(written);
                }
            }
        }

        progress?.Report(written);
        return written;
    }

    private static void WriteSale(
        CsvWriter csv, string source, string campaign, string influencerId, ReadOnlySpan<char> userId,
        Product product, int orders, decimal revenue)
    {
        csv.WriteField(source);
        csv.WriteField(campaign);
        csv.WriteField(influencerId);
        csv.WriteField(userId);
        csv.WriteField(product.Brand);
        csv.WriteField(product.Name);
        csv.WriteField(orders);
        csv.WriteField(revenue, "0.00");
        csv.EndRecord();
    }

    private void LoadActiveCampaigns(DateOnly day)
    {
        activeCount = 0;
        var sum = 0.0;
        for (var c = 0; c < campaigns.Count; c++)
        {
            if (campaigns[c].CanSell && campaigns[c].IsActive(day))
            {
                sum += campaigns[c].Intensity(day);
                activeWeights[activeCount] = sum;
                activeCampaigns[activeCount++] = c;
            }
        }
    }

    private int PickActiveCampaign()
    {
        var point = rng.NextDouble() * activeWeights[activeCount - 1];
        var i = 0;
        while (i < activeCount - 1 && activeWeights[i] <= point)
        {
            i++;
        }

        return activeCampaigns[i];
    }
}
