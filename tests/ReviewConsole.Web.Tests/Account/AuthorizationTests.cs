using ReviewConsole.Web.Data;
using System.Net;
using ReviewConsole.Web.Features.Users;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Account;

public sealed class AuthorizationTests(SharedAppFixture fixture) : IClassFixture<SharedAppFixture>
{
    private readonly ConsoleAppFactory factory = fixture.Factory;

    [Theory]
    [InlineData("/")]
    [InlineData("/audit")]
    [InlineData("/admin/api-keys")]
    [InlineData("/admin/import")]
    [InlineData("/Account/Manage/ChangePassword")]
    [InlineData("/queue")]
    [InlineData("/review/1")]
    [InlineData("/conversations/any")]
    [InlineData("/appeals")]
    [InlineData("/appeals/1")]
    [InlineData("/restrictions")]
    [InlineData("/admin/policy")]
    [InlineData("/admin/users")]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/definitions")]
    [InlineData("/accounts/any")]
    public async Task Anonymous_users_are_sent_to_sign_in(string path)
    {
        using var client = SignInClient.CreateAnonymous(factory);
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(Roles.Reviewer, "/audit")]
    [InlineData(Roles.Manager, "/audit")]
    [InlineData(Roles.Reviewer, "/admin/api-keys")]
    [InlineData(Roles.Manager, "/admin/api-keys")]
    [InlineData(Roles.Reviewer, "/admin/import")]
    [InlineData(Roles.Manager, "/admin/import")]
    [InlineData(Roles.Reviewer, "/admin/policy")]
    [InlineData(Roles.Manager, "/admin/policy")]
    [InlineData(Roles.Reviewer, "/admin/users")]
    [InlineData(Roles.Manager, "/admin/users")]
    public async Task Reviewers_and_managers_are_refused_admin_pages(string demoUser, string path)
    {
        var (email, password, _) = DemoUsers.WithRole(demoUser);
        using var client = await SignInClient.CreateSignedInAsync(factory, email, password);
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(Roles.Reviewer, "tile-pending", "/queue", "tile-terminated")]
    [InlineData(Roles.Manager, "tile-terminated", "/dashboard", "tile-pending")]
    public async Task Overview_tiles_link_to_the_pages_behind_them_that_the_users_roles_open(string demoUser, string linked, string href, string plain)
    {
        var (email, password, _) = DemoUsers.WithRole(demoUser);
        using var client = await SignInClient.CreateSignedInAsync(factory, email, password);

        var html = await client.GetStringAsync("/");

        Assert.Contains($"<a href=\"{href}\" class=\"rc-tile-link\" id=\"{linked}\">", html);
        // The other figure is shown, but not as a link to a page the user cannot open.
        Assert.Contains($"id=\"{plain}\"", html);
        Assert.DoesNotContain($"class=\"rc-tile-link\" id=\"{plain}\"", html);
    }

    [Theory]
    [InlineData(Roles.Reviewer, "/admin/users", "Users", "Admin", "Reviewer")]
    [InlineData(Roles.Manager, "/review/12", "Review", "Reviewer or Admin", "Manager")]
    [InlineData(Roles.Reviewer, "/dashboard", "Dashboard", "Manager or Admin", "Reviewer")]
    [InlineData(Roles.Reviewer, "/dashboard/definitions", "Metric definitions", "Manager or Admin", "Reviewer")]
    public async Task The_refusal_names_the_page_the_roles_that_open_it_and_the_users_own(string demoUser, string path, string page, string needed, string has)
    {
        var (email, password, _) = DemoUsers.WithRole(demoUser);
        using var client = await SignInClient.CreateSignedInAsync(factory, email, password);
        var refused = await client.GetAsync(path);

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(refused.Headers.Location!));

        Assert.Contains($"You asked for <strong id=\"access-denied-page\">{page}</strong> (<code>{path}</code>)", html);
        Assert.Contains($"It needs the role <strong id=\"access-denied-roles\">{needed}</strong>", html);
        Assert.Contains($"you have {has}.", html);
    }

    [Theory]
    [InlineData("/queue")]
    [InlineData("/review/1")]
    [InlineData("/conversations/any")]
    [InlineData("/appeals")]
    [InlineData("/appeals/1")]
    [InlineData("/restrictions")]
    public async Task Managers_cannot_open_the_review_workspace_so_cannot_label(string path)
    {
        var (email, password, role) = DemoUsers.Manager;
        Assert.Equal(Roles.Manager, role);
        using var client = await SignInClient.CreateSignedInAsync(factory, email, password);
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Managers_reach_the_dashboard()
    {
        var (email, password, _) = DemoUsers.Manager;
        using var client = await SignInClient.CreateSignedInAsync(factory, email, password);
        var response = await client.GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("what ending it saves", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Managers_follow_the_dashboards_link_to_what_each_figure_means()
    {
        var (email, password, _) = DemoUsers.Manager;
        using var client = await SignInClient.CreateSignedInAsync(factory, email, password);

        var dashboard = await client.GetStringAsync("/dashboard");
        var definitions = await client.GetStringAsync("/dashboard/definitions");

        Assert.Contains("href=\"dashboard/definitions\"", dashboard);
        Assert.Contains("Where the numbers come from</h2>", definitions);
        Assert.Contains("<table>", definitions);
    }

    [Theory]
    [InlineData("/queue", "Review queue")]
    [InlineData("/appeals", "Appeals")]
    [InlineData("/restrictions", "Restrictions")]
    public async Task Reviewers_reach_the_review_workspace(string path, string title)
    {
        var (email, password, _) = DemoUsers.Reviewer;
        using var client = await SignInClient.CreateSignedInAsync(factory, email, password);
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(title, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Admins_reach_the_audit_log()
    {
        using var client = await SignInClient.CreateSignedInAsync(factory, ConsoleAppFactory.AdminEmail, ConsoleAppFactory.AdminPassword);
        var response = await client.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Audit log", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Admins_reach_the_api_keys_page()
    {
        using var client = await SignInClient.CreateSignedInAsync(factory, ConsoleAppFactory.AdminEmail, ConsoleAppFactory.AdminPassword);
        var response = await client.GetAsync("/admin/api-keys");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("API keys", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_reports_the_database_reachable()
    {
        using var client = SignInClient.CreateAnonymous(factory);
        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_reports_unhealthy_when_the_database_is_gone()
    {
        using var broken = new ConsoleAppFactory();
        using var client = SignInClient.CreateAnonymous(broken);
        _ = await client.GetAsync("/healthz");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(broken.DatabasePath);
        Directory.Delete(Path.GetDirectoryName(broken.DatabasePath)!, recursive: true);

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
