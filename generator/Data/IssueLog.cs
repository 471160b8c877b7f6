
namespace RoiReportGen.Data;

/// <summary>
/// Collects the issues and row counts of one input file. Issues of a row are held until the row
/// ends: an excluded row keeps only its one Excluded issue, since corrections to a row that is
/// left out anyway would only be noise.
/// </summary>
internal sealed class IssueLog(string file)
{
    private readonly List<DataIssue> issues = [];
    private readonly List<DataIssue> pending = [];
    private int line;
    private bool excluded;

    public string File { get; } = file;

    /// <summary>The platform of the current row's influencer, when known; "" otherwise.</summary>
    public string Platform { get; set; } = "";

    /// <summary>The id of the current row's influencer, when known; "" otherwise.</summary>
    public string InfluencerId { get; set; } = "";

    public long Rows { get; private set; }

    public long Excluded { get; private set; }

    public IReadOnlyList<DataIssue> Issues => issues;

    public FileReadCounts Counts => new(File, Rows, Excluded);

    public void BeginRow(int rowLine)
    {
        line = rowLine;
        excluded = false;
        Platform = "";
        InfluencerId = "";
        pending.Clear();
    }

    /// <summary>Records why the current row is left out; always returns false, for <c>return log.Exclude(...)</c>.</summary>
    public bool Exclude(string column, string value, string reason)
    {
        if (!excluded)
        {
            excluded = true;
            pending.Clear();
            pending.Add(new DataIssue(File, line, column, value, reason, IssueAction.Excluded, Platform) { InfluencerId = InfluencerId });
        }

        return false;
    }

    public void Correct(string column, string value, string reason) =>
        pending.Add(new DataIssue(File, line, column, value, reason, IssueAction.Corrected, Platform) { InfluencerId = InfluencerId });

    public void Keep(string column, string value, string reason) =>
        pending.Add(new DataIssue(File, line, column, value, reason, IssueAction.Kept, Platform) { InfluencerId = InfluencerId });

    /// <summary>Counts the current row and commits its issues; true when the row is used.</summary>
    public bool EndRow()
    {
        Rows++;
        if (excluded)
        {
            Excluded++;
        }

        issues.AddRange(pending);
        pending.Clear();
        return !excluded;
    }

    /// <summary>
    /// Ends the current row without counting it, for a scratch log that checks rows on another thread: returns its
    /// Excluded issue, or null when the row is used. Only for rows that are either used as they are or excluded.
    /// </summary>
    public DataIssue? TakeRow()
    {
        if (!excluded && pending.Count > 0)
        {
            throw new InvalidOperationException("TakeRow is for rows without corrections");
        }

        var exclusion = excluded ? pending[0] : null;
        pending.Clear();
        excluded = false;
        return exclusion;
    }

    /// <summary>Counts a row checked by a scratch log (see <see cref="TakeRow"/>) and commits its exclusion, if any.</summary>
    public void AddRow(DataIssue? exclusion)
    {
        Rows++;
        if (exclusion is not null)
        {
            Excluded++;
            issues.Add(exclusion);
        }
    }

    /// <summary>Adds an issue found after the file was read (payout consistency).</summary>
    public void Add(DataIssue issue) => issues.Add(issue);
}
