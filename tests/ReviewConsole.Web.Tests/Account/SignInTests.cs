using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Users;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Account;

public sealed class SignInTests : IClassFixture<SharedAppFixture>
{
    private readonly ConsoleAppFactory factory;

    public SignInTests(SharedAppFixture fixture) => factory = fixture.Factory;

    [Fact]
    public async Task Wrong_password_shows_an_error_and_is_audited()
    {
        using var client = SignInClient.CreateAnonymous(factory);
        var response = await SignInClient.PostLoginAsync(client, DemoUsers.Manager.Email, "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wrong email or password.", await response.Content.ReadAsStringAsync());
        Assert.Contains(await AuditActionsFor(DemoUsers.Manager.Email), a => a == AuditActions.SignInFailed);
    }

    [Fact]
    public async Task Ten_failures_lock_the_account_even_against_the_right_password()
    {
        var email = $"lockme-{Guid.NewGuid():N}@example.test";
        await CreateUserAsync(email, "Right-password-123!");

        using var client = SignInClient.CreateAnonymous(factory);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await SignInClient.PostLoginAsync(client, email, "wrong-password");
        }
        var response = await SignInClient.PostLoginAsync(client, email, "Right-password-123!");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/Account/Lockout", response.Headers.Location!.OriginalString);
        Assert.Contains(await AuditActionsFor(email), a => a == AuditActions.SignInLockedOut);
    }

    [Fact]
    public async Task Right_password_signs_in_redirects_and_is_audited()
    {
        var (email, password, _) = DemoUsers.Reviewer;
        using var client = SignInClient.CreateAnonymous(factory);
        var response = await SignInClient.PostLoginAsync(client, email, password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(await AuditActionsFor(email), a => a == AuditActions.SignIn);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_return_address_on_another_site_is_ignored_and_the_sign_in_completes_at_home()
    {
        var (email, password, _) = DemoUsers.Reviewer;
        using var client = SignInClient.CreateAnonymous(factory);
        foreach (var offSite in new[] { "https://evil.example/steal", "//evil.example/steal", "/\\evil.example/steal" })
        {
            var response = await SignInClient.PostLoginAsync(client, email, password, $"/Account/Login?ReturnUrl={Uri.EscapeDataString(offSite)}");

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!;
            Assert.False(location.IsAbsoluteUri && location.Host != "localhost", $"redirected off-site to {location}");
            Assert.DoesNotContain("evil", location.OriginalString);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_without_the_form_token_is_refused_with_a_400_and_the_user_stays_signed_in()
    {
        using var client = await SignInClient.CreateSignedInAsync(factory, DemoUsers.Reviewer.Email, DemoUsers.Reviewer.Password);

        var forged = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("sign out again", await forged.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/queue")).StatusCode);

        // The user menu's form renders only when the menu opens; the change-password page's form carries the same token.
        var page = await client.GetStringAsync("/Account/Manage/ChangePassword");
        var signedOut = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = SignInClient.TokenOf(page) }));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/queue")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_to_the_same_one_is_refused()
    {
        var email = $"same-{Guid.NewGuid():N}@example.test";
        await CreateUserAsync(email, "Right-password-123!");
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync(email))!;

        var same = await users.ChangePasswordAsync(user, "Right-password-123!", "Right-password-123!");
        Assert.Contains(same.Errors, e => e.Description == "The new password must differ from the current one.");

        Assert.True((await users.ChangePasswordAsync(user, "Right-password-123!", "Another-password-456!")).Succeeded);
    }

    private async Task CreateUserAsync(string email, string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
        var result = await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true }, password);
        Assert.True(result.Succeeded);
        await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, Roles.Reviewer);
    }

    private async Task<List<string>> AuditActionsFor(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        return await db.AuditEntries.Where(e => e.Target == email).Select(e => e.Action).ToListAsync();
    }
}
