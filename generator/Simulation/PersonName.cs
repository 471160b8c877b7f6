namespace RoiReportGen.Simulation;

/// <summary>A display name, the gender it suggests, and a Latin-letter handle base for URLs.</summary>
internal sealed record PersonName(string DisplayName, string Gender, string Handle);
