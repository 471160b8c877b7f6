namespace RoiReportGen.Simulation;

/// <summary>
/// Puts a payment date on part of the payout rows, so a simulated data set exercises both ways a payout finds its
/// period (SPEC 2, "Periods"): a dated row falls in the month it was paid; an undated one is spread by its activity.
/// </summary>
/// <remarks>
/// About half of the rows that name a campaign are dated: paid 0 to 14 days after the campaign's last day (never after
/// the data's last day), as invoices are settled once a campaign closes. Campaign-less bonus rows stay undated. The
/// draws come from their own stream (stage 8), so the other files and the truth are what they were before dates.
/// </remarks>
internal static class PaymentDates
{
    public const double DatedShare = 0.5;

    public const int MaxDaysAfterCampaign = 14;

    public static IReadOnlyList<SimulatedPayout> Assign(
        IReadOnlyList<SimulatedPayout> payouts, IReadOnlyList<SimulatedCampaign> campaigns, DateOnly lastDay, SplitMix64 rng)
    {
        var ends = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var c in campaigns)
        {
            ends[c.Name] = c.End;
        }

        return payouts.Select(p =>
        {
            // Both draws are made for every row, so one row's outcome never shifts another's.
            var dated = rng.Chance(DatedShare);
            var delay = rng.NextInt(0, MaxDaysAfterCampaign);
            if (!dated || !ends.TryGetValue(p.Campaign, out var end))
            {
                return p;
            }

            var paid = end.AddDays(delay);
            return p with { Date = paid > lastDay ? lastDay : paid };
        }).ToList();
    }
}
