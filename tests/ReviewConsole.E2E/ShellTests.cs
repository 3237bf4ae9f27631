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
}
