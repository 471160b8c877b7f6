namespace RoiReportGen.Data;

/// <summary>The outcome of parsing one field with <see cref="FieldParser"/>.</summary>
internal enum FieldStatus
{
    Ok,
    Blank,
    Invalid,
    Negative,
    TooLarge,
}
