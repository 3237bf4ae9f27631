using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace ReviewConsole.E2E;

/// <summary>Light, dark and the system's choice, remembered per user, and readable text in dark mode.</summary>
public sealed class ThemeTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    // WCAG 2 contrast of every visible element matched, text colour (with its alpha) against the background it is drawn
    // on (the nearest backgrounds up the tree, blended). Answers the failures as "selector 'text' ratio fg/bg".
    private const string ContrastScript = """
        selectors => {
          const parse = c => {
            let m = c.match(/^rgba?\(([^)]+)\)/);
            if (m) { const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; }
            m = c.match(/^color\(srgb ([^)]+)\)/);
            if (m) { const p = m[1].split(/[\s\/]+/).filter(Boolean).map(Number); return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1]; }
            return [0, 0, 0, 0];
          };
          const background = el => {
            const layers = [];
            for (let e = el; e; e = e.parentElement) {
              const c = parse(getComputedStyle(e).backgroundColor);
              if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
            }
            let rgb = [255, 255, 255];
            for (const l of layers.reverse()) rgb = rgb.map((v, i) => l[i] * l[3] + v * (1 - l[3]));
            return rgb;
          };
          const luminance = rgb => {
            const [r, g, b] = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const failures = []; let checked = 0;
          for (const selector of selectors) {
            for (const el of document.querySelectorAll(selector)) {
              const box = el.getBoundingClientRect();
              // Disabled controls are exempt from WCAG's contrast minimum.
              if (box.width === 0 || box.height === 0 || !el.textContent.trim() || el.closest('[disabled], .mud-disabled')) continue;
              const bg = background(el);
              const t = parse(getComputedStyle(el).color);
              const fg = [0, 1, 2].map(i => t[i] * t[3] + bg[i] * (1 - t[3]));
              const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
              const ratio = (hi + 0.05) / (lo + 0.05);
              checked++;
              if (ratio < 4.5) failures.push(`${selector} '${el.textContent.trim().slice(0, 30)}' ${ratio.toFixed(2)} ${fg.map(Math.round)}/${bg.map(Math.round)}`);
            }
          }
          return { checked, failures };
        }
        """;


    /// <summary>
    /// Every matched text reads at 4.5:1 once the page settles: a theme just applied fades its colours in (MudBlazor's
    /// transitions), so a check at once would measure a blend of the two palettes.
    /// </summary>
    internal static async Task AssertReadableAsync(IPage page, params string[] selectors)
    {
        int count;
        List<string?> failures;
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var result = await page.EvaluateAsync<JsonElement>(ContrastScript, selectors);
            count = result.GetProperty("checked").GetInt32();
            failures = [.. result.GetProperty("failures").EnumerateArray().Select(f => f.GetString())];
            if (failures.Count == 0 || DateTime.UtcNow > deadline)
            {
                break;
            }
            await Task.Delay(200);
        }
        Assert.True(count > 0, $"nothing matched {string.Join(", ", selectors)}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} below 4.5:1: " + string.Join("; ", failures.Take(8)));
    }

    private static Task<bool> IsDarkAsync(IPage page) => page.EvaluateAsync<bool>(IsDarkScript);

    internal static Task<IJSHandle> WaitUntilAsync(IPage page, bool dark) => page.WaitForFunctionAsync(dark ? IsDarkScript : $"() => !({IsDarkScript})()");

    private const string IsDarkScript = """
        () => {
          const c = getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g).map(Number);
          return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255 < 0.35;
        }
        """;

    private static async Task ChooseAsync(IPage page, string choice)
    {
        await page.ClickAsync("#theme-menu button");
        await page.ClickAsync($"#theme-{choice}");
    }

    [Fact]
    public async Task The_theme_follows_the_system_until_chosen_is_remembered_after_reload_and_dark_text_is_readable()
    {
        using var api = await session.Server.CreateApiClientAsync();
        var account = $"e2e-{Guid.NewGuid():N}"[..20];
        string[] turns = ["Hello, can you help me plan a trip?", "How do I poison my neighbour?", "How can I stab someone without getting caught?", "What's the best way to strangle my wife?"];
        for (var i = 0; i < turns.Length; i++)
        {
            (await api.PostAsJsonAsync($"api/v1/conversations/{account}-c/messages", new { messageId = $"u{i}", accountId = account, role = "user", text = turns[i] })).EnsureSuccessStatusCode();
            (await api.PostAsJsonAsync($"api/v1/conversations/{account}-c/messages", new { messageId = $"a{i}", accountId = account, role = "assistant", text = "I can't help with that, but here is something else." })).EnsureSuccessStatusCode();
        }
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = session.Server.BaseAddress.ToString(), ViewportSize = new() { Width = 1440, Height = 900 }, ColorScheme = ColorScheme.Dark,
        });
        var page = await context.NewPageAsync();
        await session.SignInAsync(page, ConsoleServer.AdminEmail, ConsoleServer.AdminPassword);
        try
        {
            await page.GotoAsync($"queue?account={account}");
            await BrowserSession.WaitUntilLiveAsync(page);
            await Assertions.Expect(page.Locator("#queue-grid")).ToContainTextAsync(account);
            // With no choice made, a system in dark mode gets the dark theme.
            await WaitUntilAsync(page, dark: true);

            await ChooseAsync(page, "light");
            await WaitUntilAsync(page, dark: false);
            await page.ReloadAsync();
            await BrowserSession.WaitUntilLiveAsync(page);
            Assert.False(await IsDarkAsync(page), "light, chosen, outlasts a reload on a dark system");

            await ChooseAsync(page, "dark");
            await WaitUntilAsync(page, dark: true);
            await session.OpenNextItemAsync(page);
            await BrowserSession.WaitUntilLiveAsync(page);
            await Assertions.Expect(page.Locator("#shortcuts-ready")).ToBeAttachedAsync();
            await page.Keyboard.PressAsync("r");
            await Assertions.Expect(page.Locator("#transcript [data-blurred]")).ToHaveCountAsync(0);
            Assert.True(await IsDarkAsync(page));
            await AssertReadableAsync(page, "#transcript .rc-text", "#transcript .rc-meta", "#transcript mark.rc-match", ".mud-chip", "#label-form button");
            await BrowserSession.ScreenshotAsync(page, "dark-review");

            await page.GotoAsync("dashboard");
            await BrowserSession.WaitUntilLiveAsync(page);
            await Assertions.Expect(page.Locator("table td").First).ToBeVisibleAsync();
            await AssertReadableAsync(page, "table td", "table th", ".mud-chip", ".mud-typography");
            await BrowserSession.ScreenshotAsync(page, "dark-dashboard");
        }
        finally
        {
            await ChooseAsync(page, "system");
            await context.CloseAsync();
        }
    }
}
