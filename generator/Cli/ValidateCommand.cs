using System.CommandLine;
using RoiReportGen.Pipeline;

namespace RoiReportGen.Cli;

/// <summary>`validate [--data DIR] [--max-date-span-days N] [--strict] [--timings]`.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error, TextWriter rawError)
    {
        var data = new Option<string>("--data") { Description = "Folder with the four input CSV files.", DefaultValueFactory = _ => "data" }.NotEmpty();
        var strict = new Option<bool>("--strict") { Description = "Exit with code 1 when there is any row-level data issue." };
        var maxDateSpan = DateSpanOption.Create();
        var timings = TimingsOption.Create();
        var command = new Command("validate", "Check the data and print every issue, without writing a report.") { data, maxDateSpan, strict, timings };
        command.SetAction(result => TimingsOption.Run(result.GetValue(timings), error, rawError, recorder => DataValidator.Run(
            result.GetRequiredValue(data), result.GetValue(strict), output, error, result.GetValue(maxDateSpan), recorder)));
        return command;
    }
}
