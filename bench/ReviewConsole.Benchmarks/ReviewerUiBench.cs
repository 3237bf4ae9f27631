using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace ReviewConsole.Benchmarks;

/// <summary>
/// `ui --url URL --pid SERVER_PID --email E --password P [--reviewers 10] [--item ID]`: what a reviewer feels, in
/// Debian's chromium. For each simulated reviewer: sign in, open the queue, then a review item, timing navigation to
/// interactive (the circuit is live and the page's data is shown). With every reviewer's queue and item still open,
/// the server's resident memory growth is divided by the number of reviewers: the memory of one reviewer's circuits.
/// </summary>
public static class ReviewerUiBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = IngestLoad.ParseOptions(args, "ui --url URL --pid SERVER_PID --email E --password P [--reviewers 10] [--item ID]", "url", "pid", "email", "password");
        var url = options["url"].TrimEnd('/') + "/";
        var pid = int.Parse(options["pid"], CultureInfo.InvariantCulture);
        var reviewers = int.Parse(options.GetValueOrDefault("reviewers", "10"), CultureInfo.InvariantCulture);
        var item = options.GetValueOrDefault("item");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });

        // One warm-up reviewer: the server's first render of each page compiles it.
        await using (var warm = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = url }))
        {
            var page = await SignInAsync(warm, options["email"], options["password"]);
            await OpenQueueAsync(page);
            await OpenItemAsync(page, item);
        }

        var before = ResidentKilobytes(pid);
        var coldQueueTimes = new List<double>();
        var queueTimes = new List<double>();
        var shownTimes = new List<double>();
        var itemTimes = new List<double>();
        var contexts = new List<IBrowserContext>();
        for (var i = 0; i < reviewers; i++)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = url });
            contexts.Add(context);
            var queuePage = await SignInAsync(context, options["email"], options["password"]);
            // The first visit also downloads the scripts and styles; a reviewer at work has them cached.
            coldQueueTimes.Add(await OpenQueueAsync(queuePage));
            queueTimes.Add(await OpenQueueAsync(queuePage));
            shownTimes.Add(await queuePage.EvaluateAsync<double>("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"));
            var itemPage = await context.NewPageAsync();
            itemTimes.Add(await OpenItemAsync(itemPage, item));
        }
        await Task.Delay(TimeSpan.FromSeconds(5));
        var after = ResidentKilobytes(pid);

        Report("queue page, first visit (cold browser cache), navigation to interactive", coldQueueTimes);
        Report("queue page, navigation to content shown (prerendered)", shownTimes);
        Report("queue page, navigation to interactive", queueTimes);
        Report("review page, navigation to interactive", itemTimes);
        Console.WriteLine($"server RSS {before / 1024.0:0} MB -> {after / 1024.0:0} MB with {reviewers} reviewers (queue + item each): " +
            $"{(after - before) / (double)reviewers:0} KB per reviewer");
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }
        return 0;
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, string email, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("Account/Login");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(u => !u.Contains("/Account/Login", StringComparison.Ordinal));
        return page;
    }

    private static async Task<double> OpenQueueAsync(IPage page)
    {
        var watch = Stopwatch.StartNew();
        await page.GotoAsync("queue");
        await page.Locator("#circuit-live").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("#queue-grid tbody tr").First.WaitForAsync();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<double> OpenItemAsync(IPage page, string? item)
    {
        var watch = Stopwatch.StartNew();
        if (item is null)
        {
            await page.GotoAsync("queue");
            await page.Locator("#circuit-live").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            watch.Restart();
            await page.ClickAsync("#queue-start");
        }
        else
        {
            await page.GotoAsync($"review/{item}");
        }
        await page.Locator("#transcript .rc-bubble").First.WaitForAsync();
        var shown = watch.Elapsed.TotalMilliseconds;
        await page.Locator("#shortcuts-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        if (Environment.GetEnvironmentVariable("UI_BENCH_DETAIL") is not null)
        {
            Console.WriteLine($"  item: transcript shown {shown:0} ms, keys live {watch.Elapsed.TotalMilliseconds:0} ms");
        }
        return watch.Elapsed.TotalMilliseconds;
    }

    private static long ResidentKilobytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    private static void Report(string name, List<double> times)
    {
        times.Sort();
        Console.WriteLine($"{name}: median {times[times.Count / 2]:0} ms, max {times[^1]:0} ms over {times.Count}");
    }
}
