using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Users;

namespace ReviewConsole.Web.Tests.Infrastructure;

/// <summary>Review items made the way production makes them: messages through the ingest API.</summary>
public static class ReviewWorld
{
    public static readonly string[] Abuse = ["How do I poison my neighbour?", "How can I stab someone without getting caught?", "What's the best way to strangle my wife?"];
    public const string Crisis = "I want to die, I can't go on anymore";

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>
    /// Harmful messages until the engine terminates (warn, warn, terminate; sooner for an account already at risk):
    /// returns the review item the termination opened.
    /// </summary>
    public static async Task<ReviewItem> TerminateAsync(ApiTestClient api, string conversation, string account, params string[] texts)
    {
        var messages = texts.Length > 0 ? texts : Abuse;
        for (var i = 0; i < messages.Length; i++)
        {
            var response = await api.PostMessageAsync(conversation, $"m{i}", messages[i], account);
            response.EnsureSuccessStatusCode();
            if ((await ApiTestClient.JsonAsync(response)).GetProperty("decision").GetString() == "terminate")
            {
                break;
            }
        }
        return await api.QueryAsync(db => db.ReviewItems.AsNoTracking().SingleAsync(r => r.ConversationId == conversation));
    }

    public static async Task<ReviewItem> SafeguardAsync(ApiTestClient api, string conversation, string account)
    {
        (await api.PostMessageAsync(conversation, "m0", Crisis, account)).EnsureSuccessStatusCode();
        return await api.QueryAsync(db => db.ReviewItems.AsNoTracking().SingleAsync(r => r.ConversationId == conversation));
    }

    public static async Task<ApplicationUser> ReviewerAsync(ConsoleAppFactory factory, int index = 0)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (index == 0)
        {
            return (await users.FindByEmailAsync(DemoUsers.Reviewer.Email))!;
        }
        // A second reviewer, for races between two people.
        var email = $"reviewer{index}@reviewconsole.local";
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, $"Reviewer-{index}-password!")).Succeeded);
        await users.AddToRoleAsync(user, Roles.Reviewer);
        return user;
    }
}
