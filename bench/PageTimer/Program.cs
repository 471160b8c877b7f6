using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

// Times a built report in headless Chromium (bench/run.sh): how long the page takes to open (navigation until the
// All × All-time view is shown with every chart drawn) and to switch to a month that is not loaded yet (choosing it
// in #period-select until its view file has run and its charts are drawn). Each run uses a fresh browser context
// (nothing cached); the browser is started once and its start-up is not counted. Prints every run and the medians;
// it asserts nothing about time.
//   PageTimer SITE_FOLDER [RUNS] [MONTH]     MONTH defaults to the last month of the period selector
const string Chromium = "/usr/bin/chromium";
if (args.Length is < 1 or > 3 || !File.Exists(Path.Combine(args[0], "index.html")))
{
    Console.Error.WriteLine("usage: PageTimer SITE_FOLDER [RUNS] [MONTH]  (SITE_FOLDER holds a built index.html)");
    return 2;
}

if (!File.Exists(Chromium))
{
    Console.Error.WriteLine($"PageTimer needs Debian's Chromium at {Chromium} (apt-get install chromium)");
    return 2;
}

var url = new Uri(Path.GetFullPath(Path.Combine(args[0], "index.html"))).AbsoluteUri;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

// A view is ready when it is shown, is not the "Loading …" stand-in, and every chart in it has drawn its SVG.
const string Ready =
    "key => { const v = document.getElementById('view-' + key); return !!v && !v.hidden && !v.classList.contains('view-pending') && " +
    "[...v.querySelectorAll('.chart')].every(c => c.querySelector('svg.main-svg') || c.getAttribute('data-drawn') === 'failed'); }";
var timeout = new PageWaitForFunctionOptions { Timeout = 120_000, PollingInterval = 5 };

var opens = new List<double>();
var switches = new List<double>();
string? month = args.Length > 2 ? args[2] : null;
for (var run = 1; run <= runs; run++)
{
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
    var page = await context.NewPageAsync();
    var clock = Stopwatch.StartNew();
    await page.GotoAsync(url);
    await page.WaitForFunctionAsync(Ready, "all", timeout);
    var open = clock.Elapsed.TotalMilliseconds;

    month ??= await page.EvalOnSelectorAsync<string?>(
        "#period-select", "s => [...s.options].map(o => o.value).filter(v => /^\\d{4}-\\d{2}$/.test(v)).pop() || null");
    if (month is null)
    {
        Console.Error.WriteLine("the report has no month in #period-select");
        return 1;
    }

    clock.Restart();
    await page.SelectOptionAsync("#period-select", month);
    await page.WaitForFunctionAsync(Ready, $"all_{month}", timeout);
    var change = clock.Elapsed.TotalMilliseconds;
    opens.Add(open);
    switches.Add(change);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run {run}: open {open:0} ms, switch to {month} {change:0} ms"));
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

// The last two lines are for bench/run.sh: name, median, min and max in ms, then the month.
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"open {Median(opens):0} {opens.Min():0} {opens.Max():0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"switch {Median(switches):0} {switches.Min():0} {switches.Max():0} {month}"));
return 0;
