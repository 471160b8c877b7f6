using System.Runtime.ExceptionServices;

namespace RoiReportGen.Rendering;

/// <summary>
/// Writes independent files on every core. Each item writes its own files, whose bytes do not depend on when it
/// runs, so the site is the same however the items are scheduled. A failure surfaces as the exception itself (an
/// IOException stays an IOException for the caller), not wrapped in PLINQ's AggregateException.
/// </summary>
internal static class ParallelFiles
{
    /// <summary>Runs <paramref name="write"/> for every item, in any order and at once; returns the sum of the files each wrote.</summary>
    public static int Write<T>(IEnumerable<T> items, Func<T, int> write)
    {
        try
        {
            return items.AsParallel().Select(write).Sum();
        }
        catch (AggregateException e)
        {
            throw Unwrapped(e);
        }
    }

    /// <summary>
    /// Runs independent writers at the same time (each writes files no other one writes) and returns when all have
    /// finished, so a failed one never leaves another still writing into a folder that is about to be removed.
    /// </summary>
    public static void Together(params Action[] writers)
    {
        try
        {
            Parallel.Invoke(writers);
        }
        catch (AggregateException e)
        {
            throw Unwrapped(e);
        }
    }

    private static AggregateException Unwrapped(AggregateException e)
    {
        ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
        return e; // not reached: Throw always throws
    }
}
