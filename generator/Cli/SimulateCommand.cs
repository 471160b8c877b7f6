using System.CommandLine;
using System.Globalization;
using RoiReportGen.Pipeline;
using RoiReportGen.Simulation;

namespace RoiReportGen.Cli;

/// <summary>
/// `simulate --out DIR [--influencers N] [--tracking-rows N] [--seed S]`, plus the programme knobs the validation
/// scorer varies (`--overlap`, `--trend`, `--cannibalisation`, `--noise`, `--halo`, and the harder world's
/// `--carryover`, `--spill`, `--festivals`, `--persistence`, `--price-step`, `--zero-effect`, `--discount`,
/// `--campaign-size`), hidden from --help and documented in README.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var defaults = new SimulationOptions();
        var outDir = new Option<string>("--out") { Description = "Folder to write the four CSV files into.", Required = true }.NotEmpty();
        var influencers = new Option<long>("--influencers") { Description = string.Create(CultureInfo.InvariantCulture, $"Number of influencers (at most {SimulationOptions.MaxInfluencers:N0})."), DefaultValueFactory = _ => defaults.Influencers }
            .AtLeast(1).AtMost(SimulationOptions.MaxInfluencers);
        var trackingRows = new Option<long>("--tracking-rows") { Description = string.Create(CultureInfo.InvariantCulture, $"Number of tracking_data.csv rows (at most {SimulationOptions.MaxTrackingRows:N0})."), DefaultValueFactory = _ => defaults.TrackingRows }
            .AtLeast(0).AtMost(SimulationOptions.MaxTrackingRows);
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same files.", DefaultValueFactory = _ => defaults.Seed };

        var overlap = Knob("--overlap", "How often campaigns share products while running (0–1).", defaults.Overlap, 1);
        var trend = Knob("--trend", "Strength of organic trends (1 = realistic).", defaults.Trend, SimulationOptions.MaxLevel);
        var cannibalisation = Knob("--cannibalisation", "Multiplies the anyway share of attributed orders (1 = realistic).", defaults.Cannibalisation, SimulationOptions.MaxLevel);
        var noise = Knob("--noise", "Strength of day-to-day organic noise (1 = realistic).", defaults.Noise, SimulationOptions.MaxLevel);
        var halo = Knob("--halo", "Multiplies the halo of unattributed extra sales (1 = realistic).", defaults.Halo, SimulationOptions.MaxLevel);
        var carryover = Knob("--carryover", "Multiplies the carry-over after a window (1 = starts at half a steady day's new sales).", defaults.Carryover, SimulationOptions.MaxLevel);
        var spill = Knob("--spill", "Share of the halo landing on the brand's unpromoted products (0–1).", defaults.Spill, 1);
        var festivals = Knob("--festivals", "Multiplies the lift of Indian sale and festival weeks (1 = realistic).", defaults.Festivals, SimulationOptions.MaxLevel);
        var persistence = Knob("--persistence", "Autocorrelation of day-to-day demand, shared by a brand and per product (0–0.99).", defaults.Persistence, SimulationOptions.MaxPersistence);
        var priceStep = Knob("--price-step", "Size of a mid-year step in one brand's demand (0–1).", defaults.PriceStep, 1);
        var zeroEffect = Knob("--zero-effect", "Share of campaigns that bring no new buyers (0–1).", defaults.ZeroEffect, 1);
        var discount = Knob("--discount", "Multiplies the coupon discount (1 = 10–20% off).", defaults.Discount, SimulationOptions.MaxLevel);
        var campaignSize = Knob("--campaign-size", "Multiplies campaign sales against organic ones (1 = 12% of rows).", defaults.CampaignSize, SimulationOptions.MaxLevel);

        var command = new Command("simulate", "Write a realistic, deterministic simulated data set.")
        {
            outDir, influencers, trackingRows, seed, overlap, trend, cannibalisation, noise, halo,
            carryover, spill, festivals, persistence, priceStep, zeroEffect, discount, campaignSize,
        };
        command.SetAction(result => SimulationRunner.Run(
            result.GetRequiredValue(outDir),
            defaults with
            {
                Influencers = (int)result.GetValue(influencers), // at most MaxInfluencers, checked above
                TrackingRows = result.GetValue(trackingRows),
                Seed = result.GetValue(seed),
                Overlap = result.GetValue(overlap),
                Trend = result.GetValue(trend),
                Cannibalisation = result.GetValue(cannibalisation),
                Noise = result.GetValue(noise),
                Halo = result.GetValue(halo),
                Carryover = result.GetValue(carryover),
                Spill = result.GetValue(spill),
                Festivals = result.GetValue(festivals),
                Persistence = result.GetValue(persistence),
                PriceStep = result.GetValue(priceStep),
                ZeroEffect = result.GetValue(zeroEffect),
                Discount = result.GetValue(discount),
                CampaignSize = result.GetValue(campaignSize),
            },
            output,
            error));
        return command;
    }

    private static Option<double> Knob(string name, string description, double value, double maximum) =>
        new Option<double>(name) { Description = description, DefaultValueFactory = _ => value, Hidden = true }.PlainNumber().Between(0, maximum);
}
