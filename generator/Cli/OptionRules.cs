using System.CommandLine;

namespace RoiReportGen.Cli;

/// <summary>Shared option checks.</summary>
internal static class OptionRules
{
    /// <summary>Rejects values below <paramref name="minimum"/> with a message naming the option.</summary>
    public static T AtLeast<T>(this T option, long minimum)
        where T : Option
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<long>();
            if (value < minimum)
            {
                result.AddError($"{option.Name} must be at least {minimum}, not {value}.");
            }
        });
        return option;
    }
}
