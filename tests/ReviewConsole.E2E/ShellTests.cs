using Microsoft.Playwright;

namespace ReviewConsole.E2E;

public sealed class ShellTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Bootstrap_admin_signs_in_and_sees_the_shell_with_admin_navigation()
    {
        var page = await session.NewPageAsync();

        await session.SignInAsync(page, ConsoleServer.AdminEmail, ConsoleServer.AdminPassword);

        await Assertions.Expect(page.Locator("#welcome")).ToContainTextAsync(ConsoleServer.AdminEmail);
        await Assertions.Expect(page.Locator("#nav-menu")).ToContainTextAsync("Audit log");
        await Assertions.Expect(page.Locator(".mud-appbar")).ToContainTextAsync("ReviewConsole");
        await BrowserSession.ScreenshotAsync(page, "shell-admin");

        await BrowserSession.WaitUntilLiveAsync(page);
        await page.ClickAsync("a[href='/audit']");
        await Assertions.Expect(page.Locator("#audit-grid")).ToContainTextAsync("sign-in");
        await BrowserSession.ScreenshotAsync(page, "audit-log");
    }

    [Fact]
    public async Task Wrong_password_keeps_the_user_on_the_sign_in_page_with_an_error()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("Account/Login");
        await page.FillAsync("#Input\\.Email", ConsoleServer.AdminEmail);
        await page.FillAsync("#Input\\.Password", "definitely-wrong");
        await page.ClickAsync("#sign-in");

        await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("Wrong email or password");
        await BrowserSession.ScreenshotAsync(page, "sign-in-error");
    }

    [Fact]
    public async Task Every_page_of_the_console_runs_under_its_content_security_policy_without_a_violation()
    {
        var page = await session.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        await session.SignInAsync(page, ConsoleServer.AdminEmail, ConsoleServer.AdminPassword);

        foreach (var path in new[] { "", "queue", "appeals", "dashboard", "admin/policy", "audit", "admin/users", "admin/api-keys", "admin/import" })
        {
            var response = await page.GotoAsync(path);
            Assert.Contains("script-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"]);
            await BrowserSession.WaitUntilLiveAsync(page);
        }
        // Interactivity under the policy: the user menu opens (MudBlazor's script) and shows the sign-out form.
        await page.ClickAsync("#user-menu button");
        await Assertions.Expect(page.Locator("#sign-out")).ToBeVisibleAsync();

        Assert.Empty(violations);
    }
}
