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
        var response = await SignInClient.PostLoginAsync(client, DemoUsers.All[1].Email, "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wrong email or password.", await response.Content.ReadAsStringAsync());
        Assert.Contains(await AuditActionsFor(DemoUsers.All[1].Email), a => a == AuditActions.SignInFailed);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var email = $"lockme-{Guid.NewGuid():N}@example.test";
        await CreateUserAsync(email, "Right-password-123!");

        using var client = SignInClient.CreateAnonymous(factory);
        for (var attempt = 0; attempt < 5; attempt++)
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
        var (email, password, _) = DemoUsers.All[0];
        using var client = SignInClient.CreateAnonymous(factory);
        var response = await SignInClient.PostLoginAsync(client, email, password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(await AuditActionsFor(email), a => a == AuditActions.SignIn);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
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
