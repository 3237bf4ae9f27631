using Microsoft.Playwright;

namespace ReviewConsole.E2E;

/// <summary>Debian's chromium driven by Playwright; no browser is ever downloaded.</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private IPlaywright? playwright;

    public ConsoleServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // CI runs these beside the other test assemblies on two cores: a circuit can take seconds to come up.
        Assertions.SetDefaultExpectTimeout(20_000);
        Server = await ConsoleServer.StartAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(ColorScheme? scheme = null, string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(), ViewportSize = new() { Width = 1400, Height = 900 }, ColorScheme = scheme, StorageState = storageState,
        });
        return await context.NewPageAsync();
    }

    // Sign-in is rationed per account (three at once, one more a minute): a class's tests sign a user in once.
    private readonly Dictionary<string, string> signedIn = [];

    /// <summary>A page in a browser of its own, signed in as the user (the first time through the sign-in form).</summary>
    public async Task<IPage> NewSignedInPageAsync(string email, string password, ColorScheme? scheme = null)
    {
        if (!signedIn.TryGetValue(email, out var state))
        {
            var page = await NewPageAsync(scheme);
            await SignInAsync(page, email, password);
            signedIn[email] = await page.Context.StorageStateAsync();
            return page;
        }
        return await NewPageAsync(scheme, state);
    }

    public async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("Account/Login");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    /// <summary>Pages are prerendered: a click before the circuit is live does nothing. The layout marks the moment.</summary>
    public static Task WaitUntilLiveAsync(IPage page) => Assertions.Expect(page.Locator("#circuit-live")).ToBeAttachedAsync();

    /// <summary>
    /// Clicks "Review next item" on a live queue page and waits for the review page's address. Waiting for the
    /// address, not for a "load" event, matters: the review page is reached by client-side routing, and twice (once on
    /// CI, once here among 8 runs) the wait for "load" after the click timed out. If the click itself is lost it is
    /// retried once, and a failure says what the page and the server showed instead of a bare timeout.
    /// </summary>
    public async Task OpenNextItemAsync(IPage page)
    {
        await WaitUntilLiveAsync(page);
        var seen = new List<string>();
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            if (await page.Locator("#queue-start").CountAsync() == 0)
            {
                break;
            }
            await page.ClickAsync("#queue-start");
            if (await ReachesPathAsync(page, "/review/", TimeSpan.FromSeconds(15)))
            {
                return;
            }
            seen.Add($"attempt {attempt}: url {page.Url}; queue message '{await TextOfAsync(page, "#queue-message")}'; " +
                $"reconnect ui '{await TextOfAsync(page, "#components-reconnect-modal")}'; error ui visible {await page.Locator("#blazor-error-ui").IsVisibleAsync()}");
        }
        var log = Server.Output.Split('\n');
        throw new TimeoutException($"'Review next item' did not open an item.\n{string.Join('\n', seen)}\nserver log (last 40 lines):\n{string.Join('\n', log[^Math.Min(40, log.Length)..])}");
    }

    /// <summary>
    /// Clicks what leads to a page by client-side routing and waits for its address, clicking once more if the first click
    /// was lost (once on CI a grid row's click, made while the grid re-rendered, never navigated).
    /// </summary>
    public static async Task ClickThroughToAsync(IPage page, string selector, string path)
    {
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            await page.ClickAsync(selector);
            if (await ReachesPathAsync(page, path, TimeSpan.FromSeconds(15)))
            {
                return;
            }
        }
        throw new TimeoutException($"Clicking {selector} did not reach {path}; the page is at {page.Url}.");
    }

    /// <summary>
    /// Polls the page's address rather than calling WaitForURLAsync: once on CI the wait timed out after 15 s while the
    /// address already read /review/1 (the client-side navigation landed without the event the wait listens for).
    /// </summary>
    private static async Task<bool> ReachesPathAsync(IPage page, string path, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (new Uri(page.Url).AbsolutePath.StartsWith(path, StringComparison.Ordinal))
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }

    private static async Task<string> TextOfAsync(IPage page, string selector) =>
        await page.Locator(selector).CountAsync() > 0 ? await page.Locator(selector).First.InnerTextAsync() : "(none)";

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
