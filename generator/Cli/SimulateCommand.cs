using System.CommandLine;
using RoiReportGen.Pipeline;
using RoiReportGen.Simulation;

namespace RoiReportGen.Cli;

/// <summary>`simulate --out DIR [--influencers N] [--tracking-rows N] [--seed S]`.</summary>
internal static class SimulateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var defaults = new SimulationOptions();
        var outDir = new Option<string>("--out") { Description = "Folder to write the four CSV files into.", Required = true };
        var influencers = new Option<long>("--influencers") { Description = "Number of influencers.", DefaultValueFactory = _ => defaults.Influencers }.AtLeast(1);
        var trackingRows = new Option<long>("--tracking-rows") { Description = "Number of tracking_data.csv rows.", DefaultValueFactory = _ => defaults.TrackingRows }.AtLeast(0);
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same files.", DefaultValueFactory = _ => defaults.Seed };

        var command = new Command("simulate", "Write a realistic, deterministic simulated data set.") { outDir, influencers, trackingRows, seed };
        command.SetAction(result => SimulationRunner.Run(
            result.GetRequiredValue(outDir),
            defaults with
            {
                Influencers = checked((int)result.GetValue(influencers)),
                TrackingRows = result.GetValue(trackingRows),
                Seed = result.GetValue(seed),
            },
            output,
            error));
        return command;
    }
}
