using RoiReportGen.Data;

namespace RoiReportGen.Metrics.Incrementality;

/// <summary>
/// SPEC 2's counterfactual incrementality, once per campaign over all of the data: each connected group of
/// overlapping campaigns is fitted once (control products scaled by their pre-period ratio, with day-of-week effects,
/// or the pre-period level where no control exists) and its lift shared by attributed revenue.
/// </summary>
internal static class IncrementalEstimator
{
    /// <summary>Campaign-free days a fit needs: fewer in the pre-period, the nearest ones further back; fewer in all the data before the window, "no baseline data".</summary>
    public const int MinimumPreDays = 14;

    /// <summary>The lift of every campaign named by an attributed tracking row, by campaign (ordinal).</summary>
    /// <param name="data">All of the data (never a platform view: the lift is measured on total sales).</param>
    /// <param name="baselineDays">The pre-period's length before the (joint) window, in days.</param>
    /// <param name="decimals">The decimal places of a shared lift's parts (the payout grid of <see cref="AllocationPrecision"/>).</param>
    /// <param name="carryoverDays">The tail measured after each window (cut short where another campaign on its products starts).</param>
    public static IReadOnlyDictionary<string, CampaignLift> Estimate(DataSet data, int baselineDays, int decimals, int carryoverDays = MetricsOptions.DefaultCarryoverDays)
    {
        var totals = CampaignTotals.ByCampaign(data.Tracking);

        var result = new Dictionary<string, CampaignLift>(StringComparer.Ordinal);
        if (totals.Count == 0 || data.TrackingStart is not { } dataStart)
        {
            return result;
        }

        var windows = totals
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new CampaignWindow(c.Key, c.Value.Start, c.Value.End, c.Value.Products))
            .ToList();
        var sales = new SalesIndex(data.Tracking, windows, dataStart, carryoverDays);
        var groups = OverlapDetector.Groups(windows);
        var dataEnd = (data.TrackingEnd ?? dataStart).DayNumber;
        var fitted = Enumerable.Range(0, windows.Count)
            .GroupBy(i => groups[i])
            .Select(members =>
            {
                var group = members.Select(i => windows[i]).ToList();
                var weights = group.Select(w => totals[w.Campaign].Revenue).ToList();
                return FitGroup(group, weights, sales, baselineDays, dataEnd);
            })
            .ToList();

        // The model's interval counts day-to-day noise only; the placebo runs measure the method's whole error on
        // campaign-free stretches of these data, and every interval is set to their spread (PlaceboCalibration).
        var quantile = PlaceboCalibration.Quantile(fitted.SelectMany(g => g.Placebos));
        fitted = fitted.Select(g => g.Lift is null ? g : g with { Lift = g.Lift.Calibrated(Math.Max(quantile ?? 0.0, g.Lift.Quantile)) }).ToList();

        // The campaigns measured alone tell how much incremental shares differ between campaigns: the spread a
        // share of a joint lift (which gives every member the group's share) adds to each member's interval.
        var between = ShareSpread.Between(fitted
            .Where(g => g.Group.Count == 1 && g.Lift is not null)
            .Select(g => (g.Attributed[0], g.Lift!)));
        foreach (var g in fitted)
        {
            var lifts = g.Lift is null || g.Series is null
                ? Unestimated(g.Group, g.Attributed, g.Names, g.UsableDays)
                : Share(g.Group, g.Attributed, g.Names, g.UsableDays, g.Lift, g.Series, decimals, between);
            foreach (var lift in lifts)
            {
                result[lift.Campaign] = lift;
            }
        }

        return result;
    }

    /// <summary>One overlap group's fit: null <see cref="Lift"/> when it could not be estimated.</summary>
    /// <param name="Placebos">The studentised errors of the same estimator on campaign-free stretches of the group's products.</param>
    private sealed record GroupFit(
        List<CampaignWindow> Group,
        IReadOnlyList<decimal> Attributed,
        IReadOnlyList<string> Names,
        int UsableDays,
        MeasuredLift? Lift,
        CounterfactualSeries? Series,
        IReadOnlyList<double> Placebos);

    private static GroupFit FitGroup(List<CampaignWindow> group, IReadOnlyList<decimal> attributed, SalesIndex sales, int baselineDays, int dataEnd)
    {
        var names = group.Count > 1 ? group.Select(w => w.Campaign).ToList() : (IReadOnlyList<string>)[];
        var members = group.Select(w => w.Campaign).ToHashSet(StringComparer.Ordinal);
        var products = group.SelectMany(w => w.Products).ToHashSet(StringComparer.Ordinal);
        var brands = products.Select(sales.BrandOf).ToHashSet(StringComparer.Ordinal);
        var start = group.Min(w => w.Start.DayNumber);
        var end = group.Max(w => w.End.DayNumber);

        // The measured period: the window and its carry-over tail, which stops the day before another campaign on
        // these products starts and at the data's end.
        var next = sales.NextStart(end, products, members);
        var tailEnd = (int)Math.Max(Math.Min(Math.Min((long)end + sales.CarryoverDays, dataEnd), (next ?? long.MaxValue) - 1L), end);
        var fit = FitSpan(sales, products, brands, start, end, tailEnd, baselineDays, dataEnd);
        if (fit.Lift is null)
        {
            return new GroupFit(group, attributed, names, fit.UsableDays, null, null, []);
        }

        var series = new CounterfactualSeries(
            products.Order(StringComparer.Ordinal).ToList(),
            DateOnly.FromDayNumber(start),
            DateOnly.FromDayNumber(end),
            fit.Lift.Days)
        {
            TailEnd = DateOnly.FromDayNumber(tailEnd),
            SisterProducts = fit.Sisters,
        };
        var placebos = PlaceboCalibration.Run(sales, products, brands, start, tailEnd, baselineDays, dataEnd);
        return new GroupFit(group, attributed, names, fit.UsableDays, fit.Lift, series, placebos);
    }

    /// <summary>One fit of the estimator over a measured period: the usable pre-period days, the lift (null: none) and the halo series' products.</summary>
    internal sealed record SpanFit(int UsableDays, MeasuredLift? Lift, IReadOnlyList<string> Sisters);

    /// <summary>Fits the measured period [<paramref name="start"/>, <paramref name="tailEnd"/>], whose window ends on <paramref name="end"/>.</summary>
    internal static SpanFit FitSpan(
        SalesIndex sales, IReadOnlySet<string> products, IReadOnlySet<string> brands, int start, int end, int tailEnd, int baselineDays, int dataEnd)
    {
        // Long arithmetic: a pre-period reaching before 0001-01-01 only reaches before the data.
        var preFrom = (int)Math.Max((long)start - baselineDays, sales.FirstDay);
        var postFrom = (int)Math.Min((long)tailEnd + 1, int.MaxValue);
        var postTo = (int)Math.Min((long)tailEnd + baselineDays, dataEnd);

        var fit = FitDays(sales, products, preFrom, start, postFrom, postTo, baselineDays);
        if (fit.Pre.Count < MinimumPreDays)
        {
            return new SpanFit(fit.Pre.Count, null, []);
        }

        // The halo series: the brand's other products that no campaign promotes during the measured period. Any
        // campaign of the brand lifts them a little, so they are fitted only on days when none of the brand's
        // campaigns pulls (before the window and after the tail); without enough such days the halo cannot be told
        // from the other campaigns' and is not measured.
        var sisters = sales.SisterProducts(brands, products, start, tailEnd);
        var haloPre = sisters.Count == 0 ? [] : sales.BrandCleanDays(preFrom, start - 1, brands);
        if (haloPre.Count < MinimumPreDays)
        {
            (sisters, haloPre) = ([], []);
        }

        var haloFit = haloPre.Count == 0 ? null : haloPre.Concat(sales.BrandCleanDays(postFrom, postTo, brands)).ToList();
        var rangeFrom = Math.Min(fit.Pre[0], haloPre.Count > 0 ? haloPre[0] : int.MaxValue);
        var rangeTo = Math.Max(tailEnd, postTo);
        var days = sales.For(rangeFrom, rangeTo, products, brands, sisters);
        var measured = CounterfactualFit.Measure(
            fit.Pre.Select(days.On).ToList(),
            Enumerable.Range(start, tailEnd - start + 1).Select(days.On).ToList(),
            days.ControlProducts > 0,
            fit.Post.Select(days.On).ToList(),
            end,
            haloFit?.Select(days.On).ToList());
        return new SpanFit(fit.Pre.Count, measured, sisters);
    }

    /// <summary>The fit days of a series: clean days before the window and after the tail.</summary>
    private sealed record FitDaySet(IReadOnlyList<int> Pre, IReadOnlyList<int> Post);

    private static FitDaySet FitDays(
        SalesIndex sales, IReadOnlySet<string> products, int preFrom, int start, int postFrom, int postTo, int baselineDays)
    {
        var usable = sales.CleanDays(preFrom, start - 1, products);
        if (usable.Count < MinimumPreDays && baselineDays >= MinimumPreDays)
        {
            // Too few campaign-free days in the pre-period (campaigns back to back on these products): the nearest
            // MinimumPreDays campaign-free days further back, so the group is estimated rather than left out. A
            // pre-period set shorter than that (--baseline-days below 14) is the user's choice and is not stretched.
            var further = sales.NearestCleanDays(start - 1, products, MinimumPreDays, baselineDays);
            if (further.Count == MinimumPreDays)
            {
                usable = further;
            }
        }

        // The campaign-free days after the tail (as many days as the pre-period, within the data) join the fit: the
        // counterfactual is then interpolated between both sides rather than extrapolated from before, so a drift of
        // the products' own level over a long window no longer becomes lift.
        return new FitDaySet(usable, sales.CleanDays(postFrom, postTo, products));
    }

    // The joint lift split by attributed revenue (exactly: the parts add up to the group's figure), so no
    // rupee is counted for two campaigns. A group whose campaigns all have ₹0 attributed splits evenly. Each
    // member's interval is its share of the group's, widened by the share spread (ShareSpread); the headline
    // adds the unwidened shares (HalfWidth), since the members' allocation errors cancel within the group.
    private static IEnumerable<CampaignLift> Share(
        List<CampaignWindow> group,
        IReadOnlyList<decimal> attributed,
        IReadOnlyList<string> names,
        int usableDays,
        MeasuredLift lift,
        CounterfactualSeries series,
        int decimals,
        double between)
    {
        var weights = group.Select((w, i) => new KeyValuePair<string, decimal>(w.Campaign, attributed[i])).ToList();
        if (weights.All(w => w.Value <= 0m))
        {
            weights = group.Select(w => new KeyValuePair<string, decimal>(w.Campaign, 1m)).ToList();
        }

        var counterfactual = Parts(lift.Counterfactual, weights, decimals);
        var incremental = Parts(lift.Incremental, weights, decimals);
        var low = Parts(lift.Incremental - lift.HalfWidth, weights, decimals);
        var high = Parts(lift.Incremental + lift.HalfWidth, weights, decimals);
        var half = Parts(lift.HalfWidth, weights, decimals);
        if (group.Count > 1 && between > 0.0)
        {
            var shares = weights.Select(w => w.Value).ToList();
            for (var i = 0; i < group.Count; i++)
            {
                var name = group[i].Campaign;
                var widened = ShareSpread.HalfWidth(half[name], lift.Quantile, between, shares, i, decimals);
                low[name] = incremental[name] - widened;
                high[name] = incremental[name] + widened;
            }
        }
        var tail = Parts(lift.Tail, weights, decimals);
        var halo = series.SisterProducts.Count > 0 ? Parts(lift.Halo, weights, decimals) : null;
        var saleWeek = string.Join("; ", SaleWeeks.Meeting(series.WindowStart, series.WindowEnd).Select(w => w.Name).Distinct(StringComparer.Ordinal));
        return group.Select((w, i) => new CampaignLift(
            w.Campaign,
            lift.Method,
            lift.Lift,
            attributed[i],
            counterfactual.GetValueOrDefault(w.Campaign),
            incremental.GetValueOrDefault(w.Campaign),
            low.GetValueOrDefault(w.Campaign),
            high.GetValueOrDefault(w.Campaign),
            half.GetValueOrDefault(w.Campaign),
            names,
            usableDays,
            series)
        {
            TailRevenue = tail.GetValueOrDefault(w.Campaign),
            HaloRevenue = halo?.GetValueOrDefault(w.Campaign),
            SaleWeek = saleWeek,
        });
    }

    private static Dictionary<string, decimal> Parts(decimal amount, IReadOnlyList<KeyValuePair<string, decimal>> weights, int decimals) =>
        ProportionalSplit.Split(amount, weights, decimals).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static IEnumerable<CampaignLift> Unestimated(
        IReadOnlyList<CampaignWindow> group, IReadOnlyList<decimal> attributed, IReadOnlyList<string> names, int usableDays) =>
        group.Select((w, i) => new CampaignLift(
            w.Campaign, "", LiftWords.NoBaselineData, attributed[i], null, null, null, null, 0m, names, usableDays, null));
}
