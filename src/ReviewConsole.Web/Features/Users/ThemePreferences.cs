using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;

namespace ReviewConsole.Web.Features.Users;

/// <summary>Light, dark, or whatever the reviewer's system says (the default).</summary>
public enum ThemeChoice
{
    System,
    Light,
    Dark,
}

/// <summary>
/// Each user's theme, kept as a claim in the user store (no table of its own): it follows the user from browser to
/// browser. Each call has its own scope, so the layout never shares a database context with the page it frames.
/// </summary>
public sealed class ThemePreferences(IServiceScopeFactory scopes)
{
    public const string ClaimType = "reviewconsole:theme";

    /// <summary>Read on every page load, so in one query on the claims' user index: no user row, no claim list.</summary>
    public async Task<ThemeChoice> GetAsync(ClaimsPrincipal principal)
    {
        if (principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return ThemeChoice.System;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        var stored = await db.UserClaims.AsNoTracking()
            .Where(c => c.UserId == userId && c.ClaimType == ClaimType).Select(c => c.ClaimValue).FirstOrDefaultAsync();
        return Enum.TryParse<ThemeChoice>(stored, out var choice) ? choice : ThemeChoice.System;
    }

    /// <returns>False when the principal is no stored user (signed out, or deleted meanwhile).</returns>
    public async Task<bool> SetAsync(ClaimsPrincipal principal, ThemeChoice choice)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return false;
        }
        var existing = (await users.GetClaimsAsync(user)).Where(c => c.Type == ClaimType).ToList();
        if (existing.Count > 0)
        {
            await users.RemoveClaimsAsync(user, existing);
        }
        if (choice != ThemeChoice.System)
        {
            await users.AddClaimAsync(user, new Claim(ClaimType, choice.ToString()));
        }
        return true;
    }
}
