using System.Globalization;

namespace RoiReportGen.Data;

/// <summary>
/// Parses counts, amounts and dates straight from the UTF-8 bytes of a field, so the tracking file
/// (a million rows and more) is read without a string per number.
/// </summary>
internal static class FieldParser
{
    /// <summary>Counts above this are refused: they are implausible and would make sums overflow.</summary>
    public const long MaxCount = 1_000_000_000_000;

    /// <summary>Amounts above this (INR) are refused, so that every sum and rate × count stays exact.</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>Amounts are rounded to this many decimal places, so no ratio of them can overflow.</summary>
    public const int AmountDecimals = 4;

    // Plain digits only: no sign, no thousands separators, no decimal point ("12.0" is not a count).
    public static FieldStatus ParseCount(ReadOnlySpan<byte> field, out long value)
    {
        value = 0;
        var text = Trim(field);
        if (text.IsEmpty)
        {
            return FieldStatus.Blank;
        }

        var negative = text[0] == (byte)'-';
        var digits = negative ? text[1..] : text;
        if (digits.IsEmpty || !AllDigits(digits))
        {
            return FieldStatus.Invalid;
        }

        if (!TryDigits(digits, out var parsed) || parsed > MaxCount)
        {
            return FieldStatus.TooLarge;
        }

        if (negative && parsed != 0)
        {
            return FieldStatus.Negative;
        }

        value = parsed;
        return FieldStatus.Ok;
    }

    // No thousands separators and no exponent, so "12,500", "1e309", "NaN" and "Infinity" are all refused.
    public static FieldStatus ParseAmount(ReadOnlySpan<byte> field, out decimal value)
    {
        value = 0m;
        var text = Trim(field);
        if (text.IsEmpty)
        {
            return FieldStatus.Blank;
        }

        if (TryPlainAmount(text, out value))
        {
            return FieldStatus.Ok;
        }

        const NumberStyles Styles = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;
        if (!decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out var parsed))
        {
            // A well-formed number beyond decimal's range (30 digits) is too large, not "not a number".
            return IsPlainDecimal(text) ? (text[0] == (byte)'-' ? FieldStatus.Negative : FieldStatus.TooLarge) : FieldStatus.Invalid;
        }

        if (parsed < 0m)
        {
            return FieldStatus.Negative;
        }

        if (parsed > MaxAmount)
        {
            return FieldStatus.TooLarge;
        }

        // Kept to 4 decimal places (1/100 paisa): finer digits carry no money, and a payout of
        // 10^-28 INR would make revenue / payout overflow. "-0" (a negative zero) becomes 0.
        parsed = Math.Round(parsed, AmountDecimals, MidpointRounding.AwayFromZero);
        value = parsed == 0m ? 0m : parsed;
        return FieldStatus.Ok;
    }

    // Exactly yyyy-MM-dd, dd-MM-yyyy or dd/MM/yyyy: India writes the day first, so a month-first
    // date such as 12/31/2025 is refused rather than guessed.
    public static FieldStatus ParseDate(ReadOnlySpan<byte> field, out DateOnly value)
    {
        value = default;
        var text = Trim(field);
        if (text.IsEmpty)
        {
            return FieldStatus.Blank;
        }

        if (text.Length != 10)
        {
            return FieldStatus.Invalid;
        }

        int year, month, day;
        if (text[4] == '-' && text[7] == '-')
        {
            year = Digits(text[..4]);
            month = Digits(text[5..7]);
            day = Digits(text[8..]);
        }
        else if ((text[2] == '-' && text[5] == '-') || (text[2] == '/' && text[5] == '/'))
        {
            day = Digits(text[..2]);
            month = Digits(text[3..5]);
            year = Digits(text[6..]);
        }
        else
        {
            return FieldStatus.Invalid;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return FieldStatus.Invalid;
        }

        value = new DateOnly(year, month, day);
        return FieldStatus.Ok;
    }

    /// <summary>Removes ASCII spaces, tabs and line breaks around a field.</summary>
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> field)
    {
        var start = 0;
        var end = field.Length;
        while (start < end && IsSpace(field[start]))
        {
            start++;
        }

        while (end > start && IsSpace(field[end - 1]))
        {
            end--;
        }

        return field[start..end];
    }

    // The common amount, "339.15": up to 14 digits before the point and 4 after, no sign. Built as the decimal that
    // decimal.TryParse gives (the same digits and scale, so trailing zeros print the same), already within
    // MaxAmount and AmountDecimals, without the general parser's cost. Anything else takes the general path.
    private static bool TryPlainAmount(ReadOnlySpan<byte> text, out decimal value)
    {
        value = 0m;
        var point = text.IndexOf((byte)'.');
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? default : text[(point + 1)..];
        if (whole.IsEmpty || whole.Length > 14 || (point >= 0 && (fraction.IsEmpty || fraction.Length > AmountDecimals)))
        {
            return false;
        }

        long mantissa = 0;
        foreach (var b in whole)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            mantissa = (mantissa * 10) + (b - '0');
        }

        foreach (var b in fraction)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            mantissa = (mantissa * 10) + (b - '0');
        }

        // 14 + 4 digits stay below 10^18, inside a long; a zero is the plain 0m, as "-0" becomes below.
        value = mantissa == 0 ? 0m : new decimal((int)mantissa, (int)(mantissa >> 32), 0, false, (byte)fraction.Length);
        return true;
    }

    // Up to 18 digits (the caller has checked they are all digits) into a long; false when there are more, which is
    // more than MaxCount anyway.
    private static bool TryDigits(ReadOnlySpan<byte> digits, out long value)
    {
        value = 0;
        var start = 0;
        while (start < digits.Length - 1 && digits[start] == (byte)'0')
        {
            start++;
        }

        if (digits.Length - start > 18)
        {
            return false;
        }

        foreach (var b in digits[start..])
        {
            value = (value * 10) + (b - '0');
        }

        return true;
    }

    // [+-]digits[.digits]: the shape decimal.TryParse accepts with the styles above.
    private static bool IsPlainDecimal(ReadOnlySpan<byte> text)
    {
        var body = text[0] is (byte)'-' or (byte)'+' ? text[1..] : text;
        var point = body.IndexOf((byte)'.');
        var whole = point < 0 ? body : body[..point];
        var fraction = point < 0 ? default : body[(point + 1)..];
        return (whole.Length > 0 || fraction.Length > 0) && AllDigits(whole) && AllDigits(fraction);
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private static bool AllDigits(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    // -1 (an invalid date part) when any byte is not a digit.
    private static int Digits(ReadOnlySpan<byte> text)
    {
        var value = 0;
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            value = (value * 10) + (b - '0');
        }

        return value;
    }
}
