using System.CommandLine;
using RoiReportGen.Data;

namespace RoiReportGen.Cli;

/// <summary>`--max-date-span-days N`, shared by `build` and `validate` (they must agree on which rows are used).</summary>
internal static class DateSpanOption
{
    public static Option<int> Create() => new Option<int>("--max-date-span-days")
    {
        Description = "Exclude rows dated more than N days from the median date of the data (a mistyped year).",
        DefaultValueFactory = _ => DateWindow.DefaultMaxSpanDays,
    }.AtLeast(1);
}
