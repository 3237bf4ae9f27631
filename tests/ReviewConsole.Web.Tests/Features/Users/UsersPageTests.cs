using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Users;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Users;

/// <summary>Changes that take effect at once (roles, lock, password reset) ask first; cancelling changes nothing.</summary>
public sealed class UsersPageTests(SharedAppFixture fixture) : PageTestContext(fixture), IClassFixture<SharedAppFixture>
{
    private UserAdministration Users => Fixture.Factory.Scoped.GetRequiredService<UserAdministration>();

    private async Task<string> NewUserAsync()
    {
        var email = $"u{Guid.NewGuid():N}"[..12] + "@example.test";
        Assert.Null((await Users.CreateAsync(email, null, [Roles.Reviewer], AuditActor.System)).Error);
        return email;
    }

    private static AngleSharp.Dom.IElement RowOf(IRenderedComponent<UsersPage> page, string email) =>
        page.FindAll("tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));

    private async Task<UserRow> StoredAsync(string email) => (await Users.ListAsync()).Single(u => u.Email == email);

    [Fact]
    public async Task Lock_asks_first_cancel_leaves_the_user_as_they_were_and_confirming_locks()
    {
        var email = await NewUserAsync();
        var page = RenderAsAdmin<UsersPage>(typeof(UserAdministration));
        var dialogs = Render<MudDialogProvider>();

        RowOf(page, email).QuerySelector(".user-lock")!.Click();
        dialogs.WaitForAssertion(() => Assert.Contains($"Lock {email}?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain($"Lock {email}?", dialogs.Markup));
        Assert.False((await StoredAsync(email)).Locked);

        RowOf(page, email).QuerySelector(".user-lock")!.Click();
        dialogs.WaitForAssertion(() => Assert.Contains($"Lock {email}?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Lock").Click();

        page.WaitForAssertion(() => Assert.Contains($"{email} locked.", page.Markup));
        Assert.True((await StoredAsync(email)).Locked);
    }

    [Fact]
    public async Task Taking_a_role_asks_first_and_names_the_roles_left()
    {
        var email = await NewUserAsync();
        var page = RenderAsAdmin<UsersPage>(typeof(UserAdministration));
        var dialogs = Render<MudDialogProvider>();

        RowOf(page, email).QuerySelector($".role-{Roles.Reviewer} input")!.Change(false);
        dialogs.WaitForAssertion(() => Assert.Contains($"Take the {Roles.Reviewer} role from {email}?", dialogs.Markup));
        Assert.Contains("Roles afterwards: none", dialogs.Markup);
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("Take the", dialogs.Markup));
        Assert.Equal([Roles.Reviewer], (await StoredAsync(email)).Roles);
    }
}
