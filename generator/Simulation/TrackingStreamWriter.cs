using System.Globalization;
using CsvHelper;

namespace RoiReportGen.Simulation;

/// <summary>
/// Streams tracking_data.csv in date order, one day at a time, and counts each campaign's true effect on the way:
/// its attributed orders and revenue per member (the payouts need them), the organic revenue its anyway orders
/// took over, and the revenue of its halo rows. Memory grows with the busiest day, not with rows.
/// </summary>
/// <remarks>
/// Per day: first the organic sales of the world without campaigns (the baseline); then attributed orders, each
/// of which would have happened anyway with its deal's anyway share, in which case it takes over an organic
/// sale of the same product that day (that buyer uses the code instead; the organic row goes, its revenue is
/// counted as cannibalised; with no such sale left, nothing is taken and the order counts as new); then the
/// halo rows. So every rupee of the day is accounted for: written = baseline − cannibalised + attributed + halo.
/// </remarks>
internal sealed class TrackingStreamWriter
{
    public static readonly string[] Header = ["date", "source", "campaign", "influencer_id", "user_id", "brand", "product", "orders", "revenue"];

    private const int ProgressEvery = 1 << 16;

    // Site-wide sale prices for organic orders; influencer coupon codes for attributed ones.
    private static readonly decimal[] OrganicDiscounts = [1.00m, 0.95m, 0.90m, 0.85m, 0.80m, 0.75m];
    private static readonly WeightedIndex OrganicDiscountPicker = new([25, 20, 25, 15, 10, 5]);
    private static readonly decimal[] CouponDiscountSteps = [0.10m, 0.15m, 0.20m];
    private static readonly WeightedIndex CouponDiscountPicker = new([60, 25, 15]);
    private static readonly WeightedIndex OrdersPicker = new([82, 14, 4]);

    private readonly IReadOnlyList<SimulatedCampaign> campaigns;
    private readonly SplitMix64 rng;
    private readonly int[][] catalogIndex;
    private readonly int[][] sisterIndex;
    private readonly decimal[] couponDiscounts;
    private readonly double spill;
    private readonly SplitMix64 spillRng;
    private readonly CampaignPicker sales;
    private readonly CampaignPicker halo;
    private readonly int[] firstOfProduct = new int[ProductCatalog.All.Count];

    // The day's baseline organic sales; a removed one is taken over by an anyway order.
    private Sale[] baseline = new Sale[64];
    private int[] nextOfProduct = new int[64];
    private bool[] removed = new bool[64];
    private Sale[] attributed = new Sale[64];
    private Sale[] haloSales = new Sale[16];
    private int takenToday;

    /// <param name="spillRng">Which halo rows land on the brand's other products, and on which: its own stream, so the world without spill is unchanged.</param>
    public TrackingStreamWriter(IReadOnlyList<SimulatedCampaign> campaigns, SimulationOptions options, SplitMix64 rng, SplitMix64 spillRng)
    {
        this.campaigns = campaigns;
        this.rng = rng;
        this.spillRng = spillRng;
        spill = options.Spill;
        couponDiscounts = [.. CouponDiscountSteps.Select(step => 1m - ((decimal)options.Discount * step))];
        catalogIndex = [.. campaigns.Select(c => c.Products.Select(ProductCatalog.IndexOf).ToArray())];
        sisterIndex = [.. campaigns.Select(c => ProductCatalog.OfBrand(c.Brand).Where(p => !c.Sells(p)).Select(ProductCatalog.IndexOf).ToArray())];
        sales = new CampaignPicker(campaigns.Count);
        halo = new CampaignPicker(campaigns.Count);
    }

    /// <summary>Revenue of the world without any campaign: every baseline organic sale.</summary>
    public decimal BaselineRevenue { get; private set; }

    /// <summary>Revenue of every row written: the world with the campaigns.</summary>
    public decimal WrittenRevenue { get; private set; }

    /// <summary>Anyway orders that took over an organic sale.</summary>
    public long AnywayOrdersMatched { get; private set; }

    /// <summary>Anyway orders that found no organic sale of their product left that day, so were counted as new.</summary>
    public long AnywayOrdersUnmatched { get; private set; }

    public long Write(CsvWriter csv, DailyRowPlan plan, IProgress<long>? progress)
    {
        csv.WriteHeader(Header);
        var total = plan.Total;
        // Roughly 1.8 orders per customer over the period: repeat buyers exist.
        var customers = Math.Clamp(total * 10 / 18, 500, 90_000_000);
        long written = 0;
        Span<char> userId = stackalloc char[12];
        userId[0] = 'U';
        for (var d = 0; d < plan.Days; d++)
        {
            var day = plan.FirstDay.AddDays(d);
            var baselineCount = DrawBaseline(plan, d, customers);
            var attributedCount = 0;
            takenToday = 0;
            if (plan.NetAttributed[d] > 0)
            {
                sales.Load(campaigns, c => c.IsActive(day) ? c.Intensity(day) : 0);
                attributedCount = DrawAttributed(plan.NetAttributed[d], customers);
            }

            var haloCount = 0;
            if (plan.Halo[d] > 0)
            {
                halo.Load(campaigns, c => c.LiftWeight(day));
                haloCount = DrawHalo(plan, d, day, customers);
            }

            // Interleave the kinds within the day, as a real order log would.
            long baselineLeft = baselineCount - takenToday;
            long haloLeft = haloCount;
            long attributedLeft = attributedCount;
            var (b, a, h) = (0, 0, 0);
            while (baselineLeft + haloLeft + attributedLeft > 0)
            {
                Sale sale;
                string source;
                var point = rng.NextDouble() * (baselineLeft + haloLeft + attributedLeft);
                if (point < baselineLeft)
                {
                    while (removed[b])
                    {
                        b++;
                    }

                    sale = baseline[b++];
                    baselineLeft--;
                    source = "organic";
                }
                else if (point < baselineLeft + haloLeft)
                {
                    sale = haloSales[h++];
                    haloLeft--;
                    source = "organic";
                }
                else
                {
                    sale = attributed[a++];
                    attributedLeft--;
                    source = sale.GenericSource ? "influencer" : campaigns[sale.Campaign].Members[sale.Slot].Source;
                }

                WriteSale(csv, day, source, sale, userId);
                WrittenRevenue += sale.Revenue;
                if (++written % ProgressEvery == 0)
                {
                    progress?.Report(written);
                }
            }
        }

        progress?.Report(written);
        return written;
    }

    /// <summary>The day's organic sales without campaigns, each product's kept in a list for anyway orders to take.</summary>
    private int DrawBaseline(DailyRowPlan plan, int d, long customers)
    {
        var count = (int)plan.Baseline[d];
        Ensure(ref baseline, count);
        Ensure(ref nextOfProduct, count);
        Ensure(ref removed, count);
        Array.Fill(firstOfProduct, -1);
        for (var i = count - 1; i >= 0; i--)
        {
            var p = plan.PickOrganicProduct(d, rng);
            var orders = OrdersPicker.Pick(rng) + 1;
            var revenue = Math.Round(ProductCatalog.All[p].Price * orders * OrganicDiscounts[OrganicDiscountPicker.Pick(rng)], 2);
            baseline[i] = new Sale(p, orders, revenue, Customer(customers), -1, -1, false);
            removed[i] = false;
            nextOfProduct[i] = firstOfProduct[p];
            firstOfProduct[p] = i;
            BaselineRevenue += revenue;
        }

        return count;
    }

    /// <summary>Attributed orders until <paramref name="net"/> of them are new sales; returns how many were drawn.</summary>
    private int DrawAttributed(long net, long customers)
    {
        var count = 0;
        for (long added = 0; added < net;)
        {
            var c = sales.Pick(rng);
            var campaign = campaigns[c];
            var slot = campaign.PickMember(rng);
            var productSlot = campaign.PickProductSlot(rng);
            var p = catalogIndex[c][productSlot];
            var orders = OrdersPicker.Pick(rng) + 1;
            var revenue = CouponRevenue(p, orders);
            // Most links carry the platform as UTM source; some trackers only say "influencer".
            var generic = rng.Chance(0.1);
            var customer = Customer(customers);
            var anyway = rng.Chance(campaign.AnywayShares[slot]);
            if (anyway && firstOfProduct[p] < 0 && campaign.ZeroEffect)
            {
                // A campaign that brings no new buyer: its code user buys whichever of its products they would have bought.
                var other = Array.FindIndex(catalogIndex[c], q => firstOfProduct[q] >= 0);
                p = other >= 0 ? catalogIndex[c][other] : p;
                revenue = CouponRevenue(p, orders);
            }

            if (anyway && firstOfProduct[p] >= 0)
            {
                // This buyer would have bought the product today anyway: the code takes over that organic sale.
                var taken = firstOfProduct[p];
                firstOfProduct[p] = nextOfProduct[taken];
                removed[taken] = true;
                customer = baseline[taken].Customer;
                campaign.CannibalisedRevenue += baseline[taken].Revenue;
                campaign.Cannibalised[slot] += baseline[taken].Revenue;
                AnywayOrdersMatched++;
                takenToday++;
            }
            else
            {
                // Not an anyway order, or one whose product has no organic sale left today: a new sale either way.
                AnywayOrdersUnmatched += anyway ? 1 : 0;
                campaign.NewSales[slot]++;
                added++;
            }

            campaign.Orders[slot] += orders;
            campaign.Revenue[slot] += revenue;
            Ensure(ref attributed, count + 1);
            attributed[count++] = new Sale(p, orders, revenue, customer, c, slot, generic);
        }

        return count;
    }

    /// <summary>
    /// Unattributed extra sales of campaigns in their window or carry-over, at organic prices, credited to their
    /// campaign: on its products, or (the spill) on one of the brand's products it does not promote.
    /// </summary>
    private int DrawHalo(DailyRowPlan plan, int d, DateOnly day, long customers)
    {
        var count = (int)plan.Halo[d];
        Ensure(ref haloSales, count);
        for (var i = 0; i < count; i++)
        {
            var c = halo.Pick(rng);
            var p = catalogIndex[c][campaigns[c].PickProductSlot(rng)];
            var spilled = spill > 0 && sisterIndex[c].Length > 0 && spillRng.Chance(spill);
            if (spilled)
            {
                p = sisterIndex[c][spillRng.NextInt(sisterIndex[c].Length)];
            }

            var orders = OrdersPicker.Pick(rng) + 1;
            var revenue = Math.Round(ProductCatalog.All[p].Price * orders * OrganicDiscounts[OrganicDiscountPicker.Pick(rng)], 2);
            campaigns[c].HaloRevenue += revenue;
            campaigns[c].SpillRevenue += spilled ? revenue : 0;
            campaigns[c].CarryoverRevenue += day > campaigns[c].End ? revenue : 0;
            haloSales[i] = new Sale(p, orders, revenue, Customer(customers), c, -1, false);
        }

        return count;
    }

    /// <summary>An attributed order's revenue: the list price less a drawn coupon discount, to the paisa.</summary>
    private decimal CouponRevenue(int product, int orders) =>
        Math.Round(ProductCatalog.All[product].Price * orders * couponDiscounts[CouponDiscountPicker.Pick(rng)], 2);

    private long Customer(long customers) => 1_000_000 + (long)(rng.NextDouble() * customers);

    private static void Ensure<T>(ref T[] buffer, int count)
    {
        if (buffer.Length < count)
        {
            Array.Resize(ref buffer, Math.Max(count, buffer.Length * 2));
        }
    }

    private void WriteSale(CsvWriter csv, DateOnly day, string source, in Sale sale, Span<char> userId)
    {
        var product = ProductCatalog.All[sale.Product];
        var isAttributed = sale.Slot >= 0;
        csv.WriteField(day, "yyyy-MM-dd");
        csv.WriteField(source);
        csv.WriteField(isAttributed ? campaigns[sale.Campaign].Name : "");
        csv.WriteField(isAttributed ? campaigns[sale.Campaign].Members[sale.Slot].Id : "");
        sale.Customer.TryFormat(userId[1..], out var digits, default, CultureInfo.InvariantCulture);
        csv.WriteField((ReadOnlySpan<char>)userId[..(digits + 1)]);
        csv.WriteField(product.Brand);
        csv.WriteField(product.Name);
        csv.WriteField(sale.Orders);
        csv.WriteField(sale.Revenue, "0.00");
        csv.EndRecord();
    }

    /// <summary>One sale of the day, held until the day is written.</summary>
    /// <param name="Product">Catalog index.</param>
    /// <param name="Campaign">Index of the attributed or halo row's campaign; -1 for a baseline sale.</param>
    /// <param name="Slot">Member slot of an attributed sale; -1 for an organic one.</param>
    /// <param name="GenericSource">The tracker said only "influencer" instead of the platform.</param>
    private readonly record struct Sale(int Product, int Orders, decimal Revenue, long Customer, int Campaign, int Slot, bool GenericSource);

    /// <summary>Picks one of the campaigns running on a day, in proportion to a weight.</summary>
    private sealed class CampaignPicker(int capacity)
    {
        private readonly double[] cumulative = new double[capacity];
        private readonly int[] indices = new int[capacity];
        private int count;

        /// <summary>Loads the campaigns that can sell with a positive weight (a campaign of weight 0 is never picked either way).</summary>
        public void Load(IReadOnlyList<SimulatedCampaign> campaigns, Func<SimulatedCampaign, double> weight)
        {
            count = 0;
            var sum = 0.0;
            for (var c = 0; c < campaigns.Count; c++)
            {
                var w = campaigns[c].CanSell ? weight(campaigns[c]) : 0;
                if (w > 0)
                {
                    sum += w;
                    cumulative[count] = sum;
                    indices[count++] = c;
                }
            }
        }

        public int Pick(SplitMix64 rng)
        {
            var point = rng.NextDouble() * cumulative[count - 1];
            var i = 0;
            while (i < count - 1 && cumulative[i] <= point)
            {
                i++;
            }

            return indices[i];
        }
    }
}
