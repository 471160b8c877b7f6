using System.CommandLine;
using System.Globalization;

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
            // Only the given text is checked here: a value that is not a number gets the parser's own
            // error, and a default is valid by construction.
            if (result.Tokens.Count == 0
                || !long.TryParse(result.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return;
            }

            if (value < minimum)
            {
                result.AddError($"{option.Name} must be at least {minimum}, not {value}.");
            }
        });
        return option;
    }
}
