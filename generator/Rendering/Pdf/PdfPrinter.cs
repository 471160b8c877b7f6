namespace RoiReportGen.Rendering.Pdf;

/// <summary>
/// report.pdf: headless Chromium prints index.html?print=all (every platform, each from a new page;
/// A4 and backgrounds come from the print stylesheet). The page is read from disk: no network.
/// Chromium runs in its own process group that dies with the generator (<see cref="ProcessGroup"/>)
/// and is killed as a whole when it ends or times out, so it never writes into a staging folder
/// after the build is over; profiles left by a killed generator are removed on the next print.
/// </summary>
public static class PdfPrinter
{
    public const string FileName = "report.pdf";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(3);

    /// <summary>Prints the site in <paramref name="siteRoot"/> into its report.pdf; throws <see cref="IOException"/> when Chromium fails.</summary>
    public static void Print(string chromium, string siteRoot) => Print(chromium, siteRoot, DefaultTimeout);

    /// <inheritdoc cref="Print(string, string)"/>
    internal static void Print(string chromium, string siteRoot, TimeSpan timeout)
    {
        var index = new Uri(Path.GetFullPath(Path.Combine(siteRoot, SiteWriter.IndexFile))).AbsoluteUri + "?print=all";
        var pdf = Path.GetFullPath(Path.Combine(siteRoot, FileName));
        ChromiumProfiles.RemoveStale(Path.GetTempPath());
        var profile = ChromiumProfiles.Create();
        try
        {
            string[] arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                "--disable-background-networking", "--disable-component-update", "--disable-extensions",
                $"--user-data-dir={profile.FullName}", "--no-pdf-header-footer",
                // Lets the page's scripts draw every chart before the page is printed.
                "--virtual-time-budget=20000", "--run-all-compositor-stages-before-draw",
                $"--print-to-pdf={pdf}", index,
            ];
            using var process = ProcessGroup.Start(chromium, arguments, out var grouped);
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            var finished = process.WaitForExit(timeout);
            // Whether it finished or not: none of its processes may live on (and write) after this.
            ProcessGroup.KillGroup(process, grouped);
            if (!finished)
            {
                throw new IOException($"{chromium} did not finish printing within {timeout.TotalSeconds:0} s");
            }

            process.WaitForExit();

            if (process.ExitCode != 0 || !File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                throw new IOException($"{chromium} could not print the report (exit code {process.ExitCode}): {LastLine(stderr.Result)}");
            }

            // A program that exits 0 and writes something else (a wrapper, an error page) must not become report.pdf.
            if (!IsPdf(pdf))
            {
                throw new IOException($"{chromium} wrote a file that is not a PDF (it does not start with %PDF-), so report.pdf was not written");
            }
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static bool IsPdf(string path)
    {
        Span<byte> start = stackalloc byte[5];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.SequenceEqual("%PDF-"u8);
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? string.Empty;
}
