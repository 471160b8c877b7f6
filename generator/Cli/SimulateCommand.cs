using System.CommandLine;
using System.Globalization;
using RoiReportGen.Pipeline;
using RoiReportGen.Simulation;

namespace RoiReportGen.Cli;

/// <summary>`simulate --out DIR [--influencers N] [--tracking-rows N] [--seed S]`.</summary>
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

        var command = new Command("simulate", "Write a realistic, deterministic simulated data set.") { outDir, influencers, trackingRows, seed };
        command.SetAction(result => SimulationRunner.Run(
            result.GetRequiredValue(outDir),
            defaults with
            {
                Influencers = (int)result.GetValue(influencers), // at most MaxInfluencers, checked above
                TrackingRows = result.GetValue(trackingRows),
                Seed = result.GetValue(seed),
            },
            output,
            error));
        return command;
    }
}
