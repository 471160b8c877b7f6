using System.Globalization;
using RoiReportGen.Simulation;

namespace RoiReportGen.Pipeline;

/// <summary>`simulate`: writes the four files (and the truth beside them) into a new folder swapped in whole, and says what it wrote.</summary>
public static class SimulationRunner
{
    public static int Run(string outputDirectory, SimulationOptions options, TextWriter output, TextWriter error)
    {
        // The rule of `build --out`: only a missing or empty folder, or one that simulate wrote (its marker), is
        // replaced, as a whole and only once complete; a user's own data or a report is refused, untouched.
        OutputClaim claim;
        try
        {
            claim = OutputFolder.Claim(outputDirectory, FolderMarker.SimulatedData);
        }
        catch (OutputFolderException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Fatal;
        }

        try
        {
            SimulationResult? written = null;
            var warnings = OutputFolder.Replace(claim, folder => written = DataSetSimulator.Write(folder, options, new ConsoleProgress(error, "tracking_data.csv")));
            foreach (var warning in warnings)
            {
                error.WriteLine($"warning: {warning}");
            }

            var result = written!;
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
        catch (OutputFolderException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Fatal;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cannot write '{outputDirectory}': {e.Message}");
            return ExitCodes.Fatal;
        }
    }
}
