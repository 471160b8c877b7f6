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
            if (GivenNumber(result) is { } value && value < minimum)
            {
                result.AddError($"{option.Name} must be at least {minimum}, not {value}.");
            }
        });
        return option;
    }

    /// <summary>Rejects values above <paramref name="maximum"/> with a message naming the option and the limit.</summary>
    public static T AtMost<T>(this T option, long maximum)
        where T : Option
    {
        option.Validators.Add(result =>
        {
            if (GivenNumber(result) is { } value && value > maximum)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be at most {maximum:N0}, not {value:N0}."));
            }
        });
        return option;
    }

    /// <summary>Rejects a decimal number outside [<paramref name="minimum"/>, <paramref name="maximum"/>] with a message naming the option.</summary>
    public static T Between<T>(this T option, double minimum, double maximum)
        where T : Option
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0
                && IsPlainNumber(result.Tokens[^1].Value)
                && double.TryParse(result.Tokens[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && !(value >= minimum && value <= maximum))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be between {minimum} and {maximum}, not {result.Tokens[^1].Value}."));
            }
        });
        return option;
    }

    /// <summary>Rejects a number that is not above 0 or is above <paramref name="maximum"/>, with a message naming the option.</summary>
    public static T PositiveAtMost<T>(this T option, decimal maximum)
        where T : Option
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0
                && IsPlainNumber(result.Tokens[^1].Value)
                && decimal.TryParse(result.Tokens[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && !(value > 0m && value <= maximum))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be above 0 and at most {maximum}, not {result.Tokens[^1].Value}."));
            }
        });
        return option;
    }

    /// <summary>
    /// Reads the option's number in the invariant culture whatever the machine's: digits, an optional leading '-' and
    /// '.' as the only separator. A comma is refused (the default reading took '1,5' for 15, a thousands separator),
    /// and so are exponents, spaces and symbols; the message names the option and the value.
    /// </summary>
    public static Option<decimal> PlainNumber(this Option<decimal> option)
    {
        option.CustomParser = result => Plain(option.Name, result, text => decimal.Parse(text, PlainStyles, CultureInfo.InvariantCulture));
        return option;
    }

    /// <inheritdoc cref="PlainNumber(Option{decimal})"/>
    public static Option<double> PlainNumber(this Option<double> option)
    {
        option.CustomParser = result => Plain(option.Name, result, text => double.Parse(text, PlainStyles, CultureInfo.InvariantCulture));
        return option;
    }

    /// <summary>Digits with at most one '.', an optional leading '-', nothing else.</summary>
    public static bool IsPlainNumber(string text)
    {
        var body = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        var point = body.IndexOf('.');
        return body.Length > 0
            && !body.ContainsAnyExcept(DigitsAndPoint)
            && (point < 0 || body[(point + 1)..].IndexOf('.') < 0)
            && body.ContainsAnyInRange('0', '9');
    }

    /// <summary>Rejects an empty path: "" would otherwise reach the file system APIs, which throw on it.</summary>
    public static T NotEmpty<T>(this T option)
        where T : Option
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens[^1].Value.Length == 0)
            {
                result.AddError($"{option.Name} needs a path, not an empty string.");
            }
        });
        return option;
    }

    private static readonly System.Buffers.SearchValues<char> DigitsAndPoint = System.Buffers.SearchValues.Create("0123456789.");

    private const NumberStyles PlainStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    private static TNumber Plain<TNumber>(string name, System.CommandLine.Parsing.ArgumentResult result, Func<string, TNumber> parse)
        where TNumber : struct
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (IsPlainNumber(text) && text.Length <= 30)
        {
            return parse(text);
        }

        var hint = text.Contains(',', StringComparison.Ordinal) ? " (decimals take '.', e.g. 1.5; no commas)" : "";
        result.AddError($"{name} needs a number such as 1.5, not '{text}'{hint}.");
        return default;
    }

    // Only the given text is checked: a value that is not a number gets the parser's own error, and a
    // default is valid by construction.
    private static long? GivenNumber(System.CommandLine.Parsing.OptionResult result) =>
        result.Tokens.Count > 0
        && long.TryParse(result.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
