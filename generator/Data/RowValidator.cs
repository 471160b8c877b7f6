
namespace RoiReportGen.Data;

/// <summary>
/// The field checks every loader shares. A required field that is blank, unparseable or negative
/// excludes the row (the first such problem is the one reported).
/// </summary>
internal sealed class RowValidator(CsvTable table, IssueLog log)
{
    public const string BlankReason = "required value is blank";

    private const string NotADateReason = "not a date (use yyyy-MM-dd, dd-MM-yyyy or dd/MM/yyyy)";

    private readonly DateFieldCache dates = new();

    public IssueLog Log { get; } = log;

    /// <summary>The dates rows may carry (see <see cref="DateWindow"/>); null accepts every valid date.</summary>
    public DateWindow? Window { get; init; }

    /// <summary>Starts a row; false (row excluded) when it has values beyond the header's columns.</summary>
    /// <param name="influencerId">The row's influencer when known: its issues are listed on that influencer's page.</param>
    public bool BeginRow(string platform, string influencerId = "")
    {
        Log.BeginRow(table.Line);
        Log.Platform = platform;
        Log.InfluencerId = influencerId;
        if (table.LineBreakProblem() is { } swallowed)
        {
            return Log.Exclude(swallowed.Column, swallowed.Value, swallowed.Reason);
        }

        var extra = table.ExtraValues();
        return extra.Length == 0
            || Log.Exclude(
                "", extra, $"the row has {table.FieldCount} fields but the header has {table.HeaderCount}: is a comma unquoted?");
    }

    public bool RequireText(int column, out string value)
    {
        value = table.Text(column);
        return value.Length > 0 || Log.Exclude(Name(column), "", BlankReason);
    }

    public bool RequireCount(int column, out long value) =>
        Check(column, FieldParser.ParseCount(table.Bytes(column), out value), "not a whole number");

    public bool RequireAmount(int column, out decimal value) =>
        Check(column, FieldParser.ParseAmount(table.Bytes(column), out value), "not a number");

    public bool RequireDate(int column, out DateOnly value) =>
        Check(column, dates.Parse(table.Bytes(column), out value), NotADateReason)
        && (Window is null || Window.Contains(value) || Log.Exclude(Name(column), table.Text(column), Window.Reason(value)));

    /// <summary>An optional count: blank is null; a bad value is corrected to blank and reported.</summary>
    public long? OptionalCount(int column)
    {
        var status = FieldParser.ParseCount(table.Bytes(column), out var value);
        if (status is FieldStatus.Ok)
        {
            return value;
        }

        if (status is not FieldStatus.Blank)
        {
            Log.Correct(Name(column), table.Text(column), $"{Describe(status, "not a whole number")}; treated as blank");
        }

        return null;
    }

    /// <summary>
    /// An optional date: blank is null; a date that is not valid, or outside <see cref="Window"/>, is corrected to
    /// blank and reported. Used where the row's amounts stand without the date (a payout's payment date).
    /// </summary>
    public DateOnly? OptionalDate(int column)
    {
        var status = FieldParser.ParseDate(table.Bytes(column), out var value);
        if (status is FieldStatus.Blank)
        {
            return null;
        }

        if (status is not FieldStatus.Ok)
        {
            Log.Correct(Name(column), table.Text(column), $"{Describe(status, NotADateReason)}; treated as blank");
            return null;
        }

        if (Window is not null && !Window.Contains(value))
        {
            Log.Correct(Name(column), table.Text(column), $"{Window.Reason(value)}; treated as blank");
            return null;
        }

        return value;
    }

    public string Name(int column) => table.Columns[column].Name;

    private bool Check(int column, FieldStatus status, string invalidReason) =>
        status == FieldStatus.Ok
        || Log.Exclude(Name(column), table.Text(column), Describe(status, invalidReason));

    private static string Describe(FieldStatus status, string invalidReason) => status switch
    {
        FieldStatus.Blank => BlankReason,
        FieldStatus.Negative => "negative value",
        FieldStatus.TooLarge => "value too large",
        _ => invalidReason,
    };
}
