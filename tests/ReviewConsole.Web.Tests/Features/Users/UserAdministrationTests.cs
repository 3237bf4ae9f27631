using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Users;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Users;

public sealed class UserAdministrationTests(SharedAppFixture fixture) : IClassFixture<SharedAppFixture>
{
    private static readonly AuditActor Admin = new(null, ConsoleAppFactory.AdminEmail, null);

    private UserAdministration Users => fixture.Factory.Scoped.GetRequiredService<UserAdministration>();

    private static string NewEmail() => $"u{Guid.NewGuid():N}"[..12] + "@example.test";

    private async Task<UserRow> RowAsync(string email) => (await Users.ListAsync()).Single(u => u.Email == email);

    [Fact]
    public async Task A_created_user_must_replace_the_one_time_password_before_anything_else_then_has_the_chosen_roles()
    {
        var email = NewEmail();

        var created = await Users.CreateAsync(email, "New Reviewer", [Roles.Reviewer], Admin);

        Assert.Null(created.Error);
        Assert.Equal([Roles.Reviewer], (await RowAsync(email)).Roles);
        using var client = await SignInClient.CreateSignedInAsync(fixture.Factory, email, created.OneTimePassword!);
        var queue = await client.GetAsync("/queue");
        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        Assert.Equal(PasswordChangeRequired.ChangePasswordPath, queue.Headers.Location?.OriginalString);
        var form = await client.GetStringAsync(PasswordChangeRequired.ChangePasswordPath);
        Assert.Contains("works only once", form);

        var changed = await client.PostAsync(PasswordChangeRequired.ChangePasswordPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = SignInClient.TokenOf(form),
            ["Input.OldPassword"] = created.OneTimePassword!,
            ["Input.NewPassword"] = "My-own-password-2026!",
            ["Input.ConfirmPassword"] = "My-own-password-2026!",
        }));

        Assert.Contains("has been changed", await changed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/queue")).StatusCode);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<ReviewDbContext>().AuditEntries
            .AnyAsync(e => e.Action == AuditActions.UserCreated && e.Target == $"user:{email}" && e.After == Roles.Reviewer));
    }

    [Fact]
    public async Task Unknown_roles_and_duplicate_emails_are_refused()
    {
        var email = NewEmail();
        Assert.NotNull((await Users.CreateAsync(email, null, ["Superuser"], Admin)).Error);
        Assert.Null((await Users.CreateAsync(email, null, [Roles.Manager], Admin)).Error);
        Assert.NotNull((await Users.CreateAsync(email, null, [Roles.Manager], Admin)).Error);
        Assert.NotNull((await Users.SetRolesAsync((await RowAsync(email)).Id, ["Root"], Admin)).Error);
    }

    [Fact]
    public async Task Roles_change_a_locked_user_cannot_sign_in_and_a_reset_password_replaces_the_old_one()
    {
        var email = NewEmail();
        var created = await Users.CreateAsync(email, null, [Roles.Reviewer], Admin);
        var id = (await RowAsync(email)).Id;

        Assert.Null((await Users.SetRolesAsync(id, [Roles.Manager], Admin)).Error);
        Assert.Equal([Roles.Manager], (await RowAsync(email)).Roles);

        Assert.Null((await Users.SetLockedAsync(id, true, Admin)).Error);
        Assert.True((await RowAsync(email)).Locked);
        var locked = await SignInClient.PostLoginAsync(SignInClient.CreateAnonymous(fixture.Factory), email, created.OneTimePassword!);
        Assert.DoesNotContain("/Account/Login", locked.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Contains("Lockout", locked.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Null((await Users.SetLockedAsync(id, false, Admin)).Error);

        var reset = await Users.ResetPasswordAsync(id, Admin);
        Assert.NotEqual(created.OneTimePassword, reset.OneTimePassword);
        var old = await SignInClient.PostLoginAsync(SignInClient.CreateAnonymous(fixture.Factory), email, created.OneTimePassword!);
        Assert.NotEqual(HttpStatusCode.Redirect, old.StatusCode);
        using var client = await SignInClient.CreateSignedInAsync(fixture.Factory, email, reset.OneTimePassword!);
    }

    [Fact]
    public async Task The_last_admin_can_be_neither_demoted_nor_locked()
    {
        var admins = (await Users.ListAsync()).Where(u => u.Roles.Contains(Roles.Admin) && !u.Locked).ToList();
        var only = Assert.Single(admins);

        Assert.Contains("last admin", (await Users.SetRolesAsync(only.Id, [Roles.Reviewer], Admin)).Error);
        Assert.Contains("last admin", (await Users.SetLockedAsync(only.Id, true, Admin)).Error);
        Assert.Contains(Roles.Admin, (await RowAsync(only.Email)).Roles);

        // With a second admin, the first can step down.
        var second = NewEmail();
        await Users.CreateAsync(second, null, [Roles.Admin], Admin);
        Assert.Null((await Users.SetRolesAsync(only.Id, [Roles.Admin, Roles.Reviewer], Admin)).Error);
        Assert.Null((await Users.SetRolesAsync((await RowAsync(second)).Id, [Roles.Manager], Admin)).Error);
    }
}
