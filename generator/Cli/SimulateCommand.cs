using System.CommandLine;
using System.Globalization;
using RoiReportGen.Pipeline;
using RoiReportGen.Simulation;

namespace RoiReportGen.Cli;

/// <summary>
/// `simulate --out DIR [--influencers N] [--tracking-rows N] [--seed S]`, plus the programme knobs the validation
/// scorer varies (`--overlap`, `--trend`, `--cannibalisation`, `--noise`, `--halo`), hidden from --help and
/// documented in README.
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

        var command = new Command("simulate", "Write a realistic, deterministic simulated data set.")
        {
            outDir, influencers, trackingRows, seed, overlap, trend, cannibalisation, noise, halo,
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
            },
            output,
            error));
        return command;
    }

    private static Option<double> Knob(string name, string description, double value, double maximum) =>
        new Option<double>(name) { Description = description, DefaultValueFactory = _ => value, Hidden = true }.PlainNumber().Between(0, maximum);
}
