namespace RoiReportGen.Data;

/// <summary>When tracking_data.csv is read on several threads (see <see cref="CsvTable.ReadRows{T}"/>).</summary>
/// <param name="ParallelMinBytes">Files at least this large are read in parallel; smaller ones on one thread.</param>
/// <param name="Workers">The number of threads that check rows; 1 or less reads on one thread.</param>
internal sealed record TrackingReadOptions(long ParallelMinBytes, int Workers)
{
    public static readonly TrackingReadOptions Default = new(8 * 1024 * 1024, Environment.ProcessorCount);

    public int WorkersFor(long fileBytes) => fileBytes >= ParallelMinBytes ? Workers : 1;
}
