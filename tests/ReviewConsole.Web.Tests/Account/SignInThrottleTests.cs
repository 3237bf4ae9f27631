using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Users;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Account;

/// <summary>Guessing passwords, locking others out and probing which emails exist, tried as an anonymous attacker would.</summary>
public sealed class SignInThrottleTests
{
    private static ConsoleAppFactory WithRealLimits() => new(new()
    {
        ["SignIn:AddressBurst"] = "10",
        ["SignIn:AddressRefillSeconds"] = "6",
        ["SignIn:AccountBurst"] = "3",
        ["SignIn:AccountRefillSeconds"] = "60",
    });

    [Fact]
    public async Task Anonymous_failures_cannot_lock_the_admin_out_quickly_and_the_admin_still_signs_in()
    {
        using var factory = WithRealLimits();
        using var attacker = SignInClient.CreateAnonymous(factory);

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 8; attempt++)
        {
            answers.Add((await SignInClient.PostLoginAsync(attacker, ConsoleAppFactory.AdminEmail, "guess-" + attempt)).StatusCode);
        }

        Assert.Equal(3, answers.Count(a => a == HttpStatusCode.OK));
        Assert.Equal(5, answers.Count(a => a == HttpStatusCode.TooManyRequests));
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var admin = (await users.FindByEmailAsync(ConsoleAppFactory.AdminEmail))!;
        Assert.False(await users.IsLockedOutAsync(admin));
        Assert.Equal(3, await users.GetAccessFailedCountAsync(admin));
    }

    [Fact]
    public async Task A_throttled_attempt_says_when_to_retry_and_checks_no_password()
    {
        using var factory = WithRealLimits();
        using var client = SignInClient.CreateAnonymous(factory);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await SignInClient.PostLoginAsync(client, DemoUsers.Reviewer.Email, "wrong");
        }

        var throttled = await SignInClient.PostLoginAsync(client, DemoUsers.Reviewer.Email, DemoUsers.Reviewer.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many sign-in attempts", await throttled.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task One_address_spraying_many_accounts_is_throttled()
    {
        using var factory = WithRealLimits();
        using var client = SignInClient.CreateAnonymous(factory);

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 12; attempt++)
        {
            answers.Add((await SignInClient.PostLoginAsync(client, $"user{attempt}@example.test", "Spring2026!")).StatusCode);
        }

        Assert.Equal(10, answers.Count(a => a == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [Fact]
    public async Task An_unknown_email_costs_the_same_password_hashing_as_a_known_one()
    {
        var hasher = new CountingHasher();
        using var factory = new ConsoleAppFactory();
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Replace(ServiceDescriptor.Scoped<IPasswordHasher<ApplicationUser>>(_ => hasher))));
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        await SignInClient.PostLoginAsync(client, DemoUsers.Reviewer.Email, "not-the-password");
        var known = hasher.Verifications;
        await SignInClient.PostLoginAsync(client, "nobody-here@example.test", "not-the-password");
        var unknown = hasher.Verifications - known;

        Assert.Equal(1, known);
        Assert.Equal(known, unknown);
    }

    private sealed class CountingHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> inner = new();
        private int verifications;

        public int Verifications => verifications;

        public string HashPassword(ApplicationUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
