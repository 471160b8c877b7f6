using System.Diagnostics;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Pdf;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Browser;

/// <summary>
/// `build --pdf`: report.pdf printed by headless Chromium, read back with pdftotext (poppler-utils). The browser tests'
/// fixture builds the shipped data with --pdf once; these read that build.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PdfTests(ShippedReport report) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void The_pdf_has_every_section_heading_every_platform_and_the_kpis_on_many_a4_pages()
    {
        var site = report.Root;
        var pdf = report.Pdf;
        Assert.True(File.Exists(pdf));

        var text = Run("pdftotext", "-layout", pdf, "-");
        foreach (var heading in new[]
        {
            "Key figures", "Insights", "Top influencers by ROAS", "Revenue & payout by influencer", "Engagement rate per influencer",
            "Campaign ROAS & performance", "Payout basis split", "Trend", "Brands", "Personas", "Data quality", "Downloads", "Method & assumptions",
        })
        {
            // Some headings are upper-cased by the stylesheet.
            Assert.Contains(heading, text, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var platform in new[] { "All platforms", "Instagram", "Twitter", "YouTube" })
        {
            Assert.Contains(platform, text, StringComparison.Ordinal);
        }

        var influencers = CsvDownload.Read(Path.Combine(site, "downloads", "influencer_summary.csv"));
        var revenue = influencers.Rows.Sum(r => CsvDownload.Number(r, "revenue")!.Value);
        Assert.Contains(DisplayFormat.Money(revenue), text, StringComparison.Ordinal);

        // Each platform's own view is printed (loaded from views/PLATFORM/all.js before printing): its revenue KPI.
        foreach (var slug in new[] { "instagram", "twitter", "youtube" })
        {
            var own = CsvDownload.Read(Path.Combine(site, "downloads", slug, "influencer_summary.csv"));
            Assert.Contains(DisplayFormat.Money(own.Rows.Sum(r => CsvDownload.Number(r, "revenue")!.Value)), text, StringComparison.Ordinal);
            Assert.Contains("Key figures · " + (slug == "youtube" ? "YouTube" : slug[..1].ToUpperInvariant() + slug[1..]), text, StringComparison.OrdinalIgnoreCase);
        }

        var info = Run("pdfinfo", pdf);
        var pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(pages > 4, $"{pages} pages");
        Assert.Contains("(A4)", info, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_chromium_pdf_says_so_exits_2_and_leaves_the_output_untouched()
    {
        var site = PreviousReport.Create(temp.Combine("site"));
        var before = FolderSnapshot.Of(site);
        var generator = Path.Combine(AppContext.BaseDirectory, "RoiReportGen.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { generator, "build", "--data", RepoPaths.Data, "--out", site, "--pdf" })
        {
            start.ArgumentList.Add(argument);
        }

        // A configured browser that does not exist counts as none.
        start.Environment[ChromiumLocator.OverrideVariable] = temp.Combine("no-such-chromium");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--pdf needs Chromium", error, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Of(site));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // a shell script as the browser
    public async Task A_browser_that_writes_no_pdf_fails_the_build_and_leaves_the_output_untouched()
    {
        var site = PreviousReport.Create(temp.Combine("site"));
        var before = FolderSnapshot.Of(site);
        // Exits 0 and writes an HTML error page where the PDF should be.
        var fake = temp.Combine("fake-chromium");
        File.WriteAllText(fake, "#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in --print-to-pdf=*) echo '<html>no</html>' > \"${a#--print-to-pdf=}\";; esac; done\nexit 0\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var generator = Path.Combine(AppContext.BaseDirectory, "RoiReportGen.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { generator, "build", "--data", RepoPaths.Data, "--out", site, "--pdf" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[ChromiumLocator.OverrideVariable] = fake;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("is not a PDF (it does not start with %PDF-)", error, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Of(site));
    }

    [Fact]
    public void The_locator_prefers_the_configured_browser_then_the_path()
    {
        var bin = Directory.CreateDirectory(temp.Combine("bin")).FullName;
        var chromium = Path.Combine(bin, "chromium");
        File.WriteAllText(chromium, "");
        Assert.Equal(chromium, ChromiumLocator.Find(name => name == "PATH" ? $"/nowhere:{bin}" : null));
        Assert.Null(ChromiumLocator.Find(name => name == "PATH" ? "/nowhere" : null));
        Assert.Null(ChromiumLocator.Find(name => name == ChromiumLocator.OverrideVariable ? "/missing/chrome" : bin));
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program} (apt-get install poppler-utils)");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }
}
