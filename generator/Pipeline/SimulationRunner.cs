using System.Globalization;
using RoiReportGen.Simulation;

namespace RoiReportGen.Pipeline;

/// <summary>`simulate`: writes the four files and says what it wrote.</summary>
public static class SimulationRunner
{
    public static int Run(string outputDirectory, SimulationOptions options, TextWriter output, TextWriter error)
    {
        try
        {
            Directory.CreateDirectory(outputDirectory);
            var result = DataSetSimulator.Write(outputDirectory, options, new ConsoleProgress(error, "tracking_data.csv"));
            if (result.Truth is { } truth)
            {
                var anyway = truth.AnywayOrdersMatched + truth.AnywayOrdersUnmatched;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"true headline iROAS {truth.HeadlineIroas:0.00} over {truth.Campaigns.Count:N0} campaigns; {truth.AnywayOrdersMatched:N0} of {anyway:N0} anyway orders took over an organic sale ({DataSetSimulator.TruthFile})"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {result.Influencers:N0} influencers, {result.Posts:N0} posts, {result.TrackingRows:N0} tracking rows and {result.Payouts:N0} payout rows to {outputDirectory} (seed {options.Seed})"));
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cannot write '{outputDirectory}': {e.Message}");
            return ExitCodes.Fatal;
        }
    }
}
