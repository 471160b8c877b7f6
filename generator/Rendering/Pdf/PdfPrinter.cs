using System.Diagnostics;

namespace RoiReportGen.Rendering.Pdf;

/// <summary>
/// report.pdf: headless Chromium prints index.html?print=all (every platform, each from a new page;
/// A4 and backgrounds come from the print stylesheet). The page is read from disk: no network.
/// </summary>
public static class PdfPrinter
{
    public const string FileName = "report.pdf";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Prints the site in <paramref name="siteRoot"/> into its report.pdf; throws <see cref="IOException"/> when Chromium fails.</summary>
    public static void Print(string chromium, string siteRoot)
    {
        var index = new Uri(Path.GetFullPath(Path.Combine(siteRoot, SiteWriter.IndexFile))).AbsoluteUri + "?print=all";
        var pdf = Path.GetFullPath(Path.Combine(siteRoot, FileName));
        var profile = Directory.CreateTempSubdirectory("roireport-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                "--disable-background-networking", "--disable-component-update", "--disable-extensions",
                $"--user-data-dir={profile.FullName}", "--no-pdf-header-footer",
                // Lets the page's scripts draw every chart before the page is printed.
                "--virtual-time-budget=20000", "--run-all-compositor-stages-before-draw",
                $"--print-to-pdf={pdf}", index,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new IOException($"cannot start {chromium}");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new IOException($"{chromium} did not finish printing within {Timeout.TotalMinutes:0} minutes");
            }

            if (process.ExitCode != 0 || !File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                throw new IOException($"{chromium} could not print the report (exit code {process.ExitCode}): {LastLine(stderr.Result)}");
            }
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? string.Empty;
}
