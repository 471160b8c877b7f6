namespace RoiReportGen.Metrics.Incrementality;

/// <summary>
/// What sharing a joint lift by attributed revenue cannot know: campaigns of one overlap group differ in their true
/// incremental share (one's codes mostly capture existing buyers, another's bring new ones), yet each gets the
/// group's. The spread of incremental shares between campaigns is measured on the campaigns estimated alone, and
/// its share of a member's error is added to that member's interval.
/// </summary>
/// <remarks>
/// Model: campaign j's true lift is Aⱼ·sⱼ, sⱼ = s̄ + uⱼ with the uⱼ independent, mean 0, variance τ². Member i gets
/// wᵢ·ΣⱼAⱼsⱼ (wᵢ = Aᵢ/ΣA), so its allocation error is Σⱼ Aⱼuⱼ(wᵢ − [j = i]), of variance
/// τ²·(wᵢ²·ΣⱼAⱼ² + Aᵢ²·(1 − 2wᵢ)); 0 for a group of one. τ² is estimated by the method of moments (as in
/// DerSimonian–Laird): the variance of the lone campaigns' shares Lₖ/Aₖ minus the mean of their own sampling
/// variances (their interval's standard error ÷ Aₖ, squared), floored at 0.
/// </remarks>
internal static class ShareSpread
{
    /// <summary>Fewer lone campaigns than this: no spread is measured (τ² = 0, the shares' intervals stay as split).</summary>
    public const int MinimumLoneCampaigns = 3;

    /// <summary>τ², the between-campaign variance of the incremental share, from the campaigns measured alone.</summary>
    /// <param name="lone">Each lone campaign's attributed revenue and measured lift; those with ₹0 attributed are skipped.</param>
    public static double Between(IEnumerable<(decimal Attributed, MeasuredLift Lift)> lone)
    {
        var measured = lone
            .Where(c => c.Attributed > 0m && c.Lift.Quantile > 0.0)
            .Select(c =>
            {
                var a = (double)c.Attributed;
                var se = (double)c.Lift.HalfWidth / c.Lift.Quantile / a;
                return (Share: (double)c.Lift.Incremental / a, Variance: se * se);
            })
            .ToList();
        if (measured.Count < MinimumLoneCampaigns)
        {
            return 0.0;
        }

        var mean = measured.Average(c => c.Share);
        var spread = measured.Sum(c => (c.Share - mean) * (c.Share - mean)) / (measured.Count - 1);
        return Math.Max(0.0, spread - measured.Average(c => c.Variance));
    }

    /// <summary>
    /// Member <paramref name="member"/>'s half-width: √(h² + (q·σₐ)²) with h its share of the group's half-width,
    /// q the fit's t quantile and σₐ² = τ²·(wᵢ²·ΣA² + Aᵢ²·(1 − 2wᵢ)) its allocation variance; rounded to
    /// <paramref name="decimals"/> places, away from zero.
    /// </summary>
    public static decimal HalfWidth(
        decimal shareOfHalfWidth, double quantile, double between, IReadOnlyList<decimal> attributed, int member, int decimals)
    {
        var total = attributed.Sum(a => (double)a);
        if (total <= 0.0)
        {
            return shareOfHalfWidth;
        }

        var a = (double)attributed[member];
        var w = a / total;
        var squares = attributed.Sum(x => (double)x * (double)x);
        var allocation = between * ((w * w * squares) + (a * a * (1.0 - (2.0 * w))));
        var h = (double)shareOfHalfWidth;
        var widened = Math.Sqrt((h * h) + (quantile * quantile * Math.Max(0.0, allocation)));
        return Math.Round((decimal)widened, decimals, MidpointRounding.AwayFromZero);
    }
}
