using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;

namespace ReviewConsole.Web.Features.Users;

public sealed record UserRow(string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, bool Locked, DateTimeOffset CreatedAt);

/// <summary>The result of a user change: an error to show, or null; and a one-time password when one was made.</summary>
public sealed record UserChange(string? Error, string? OneTimePassword = null)
{
    public static readonly UserChange Done = new((string?)null);
}

/// <summary>
/// Creating users, their roles, locking and password resets, for admins; every change audited. The console never
/// loses its last admin: the last active admin can be neither demoted nor locked.
/// </summary>
public sealed class UserAdministration(UserManager<ApplicationUser> users, ReviewDbContext db, AuditLog audit)
{
    // The user store saves through this scope's context (db): Identity's own saves, the audit entry and the commit
    // share one transaction, so a change and its entry are stored together or not at all.
    private async Task<UserChange> AtomicallyAsync(Func<Task<UserChange>> change)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await change();
        if (result.Error is null)
        {
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        return result;
    }

    private static UserChange? Failed(IdentityResult result) =>
        result.Succeeded ? null : new UserChange(string.Join(" ", result.Errors.Select(e => e.Description)));

    public async Task<IReadOnlyList<UserRow>> ListAsync()
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        var rows = new List<UserRow>(all.Count);
        foreach (var user in all)
        {
            rows.Add(new UserRow(user.Id, user.Email ?? user.UserName ?? user.Id, user.DisplayName, [.. await users.GetRolesAsync(user)],
                IsLocked(user), user.CreatedAt));
        }
        return rows;
    }

    public async Task<UserChange> CreateAsync(string email, string? displayName, IReadOnlyCollection<string> roles, AuditActor actor)
    {
        if (roles.Count == 0 || roles.Any(r => !Roles.IsKnown(r)))
        {
            return new UserChange("Choose at least one of the roles Reviewer, Manager, Admin.");
        }
        var user = new ApplicationUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, DisplayName = displayName?.Trim() };
        var password = NewPassword();
        return await AtomicallyAsync(async () =>
        {
            if ((Failed(await users.CreateAsync(user, password)) ?? Failed(await users.AddToRolesAsync(user, roles))
                ?? Failed(await users.AddClaimAsync(user, PasswordChangeRequired.Claim))) is { } failed)
            {
                return failed;
            }
            audit.Add(db, actor, AuditActions.UserCreated, $"user:{user.Email}", null, string.Join(",", roles.Order()));
            return new UserChange(null, password);
        });
    }

    public async Task<UserChange> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, AuditActor actor)
    {
        if (roles.Any(r => !Roles.IsKnown(r)))
        {
            return new UserChange("Unknown role: the roles are Reviewer, Manager and Admin.");
        }
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new UserChange("No such user.");
        }
        var before = await users.GetRolesAsync(user);
        if (before.Contains(Roles.Admin) && !roles.Contains(Roles.Admin) && await IsLastActiveAdminAsync(user))
        {
            return new UserChange("This is the last admin: make someone else an admin first.");
        }
        return await AtomicallyAsync(async () =>
        {
            if ((Failed(await users.RemoveFromRolesAsync(user, before.Except(roles))) ?? Failed(await users.AddToRolesAsync(user, roles.Except(before)))
                ?? Failed(await users.UpdateSecurityStampAsync(user))) is { } failed)
            {
                return failed;
            }
            audit.Add(db, actor, AuditActions.UserRolesChanged, $"user:{user.Email}", string.Join(",", before.Order()), string.Join(",", roles.Order()));
            return UserChange.Done;
        });
    }

    public async Task<UserChange> SetLockedAsync(string userId, bool locked, AuditActor actor)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new UserChange("No such user.");
        }
        if (locked && (await users.GetRolesAsync(user)).Contains(Roles.Admin) && await IsLastActiveAdminAsync(user))
        {
            return new UserChange("This is the last admin: it cannot be locked.");
        }
        if (locked && user.Id == actor.UserId)
        {
            return new UserChange("You cannot lock yourself out.");
        }
        return await AtomicallyAsync(async () =>
        {
            if ((Failed(await users.SetLockoutEnabledAsync(user, true)) ?? Failed(await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null))
                ?? Failed(await users.UpdateSecurityStampAsync(user))) is { } failed)
            {
                return failed;
            }
            audit.Add(db, actor, locked ? AuditActions.UserLocked : AuditActions.UserUnlocked, $"user:{user.Email}");
            return UserChange.Done;
        });
    }

    /// <summary>A user's own change of password (the current one must be right); audited with it.</summary>
    public Task<UserChange> ChangeOwnPasswordAsync(ApplicationUser user, string currentPassword, string newPassword, AuditActor actor) =>
        AtomicallyAsync(async () =>
        {
            if ((Failed(await users.ChangePasswordAsync(user, currentPassword, newPassword))
                ?? Failed(await users.RemoveClaimsAsync(user, (await users.GetClaimsAsync(user)).Where(c => c.Type == PasswordChangeRequired.ClaimType)))) is { } failed)
            {
                return failed;
            }
            audit.Add(db, actor, AuditActions.PasswordChanged, user.Email);
            return UserChange.Done;
        });

    /// <summary>
    /// Sets a new random password, shown once to the admin to hand over and to be changed at its first use; the user's
    /// sessions end and a lockout from failed sign-ins is lifted.
    /// </summary>
    public async Task<UserChange> ResetPasswordAsync(string userId, AuditActor actor)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new UserChange("No such user.");
        }
        var password = NewPassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return await AtomicallyAsync(async () =>
        {
            // A lockout from failed sign-ins ends with the reset; an admin's lock (for ever) stays for an admin to lift.
            var lockoutEnds = user.LockoutEnd is { } end && end != DateTimeOffset.MaxValue;
            if ((Failed(await users.ResetPasswordAsync(user, token, password))
                ?? (lockoutEnds ? Failed(await users.SetLockoutEndDateAsync(user, null)) : null)
                ?? Failed(await users.ResetAccessFailedCountAsync(user))
                ?? await RequirePasswordChangeAsync(user)) is { } failed)
            {
                return failed;
            }
            audit.Add(db, actor, AuditActions.PasswordReset, $"user:{user.Email}");
            return new UserChange(null, password);
        });
    }

    private async Task<UserChange?> RequirePasswordChangeAsync(ApplicationUser user) =>
        (await users.GetClaimsAsync(user)).Any(c => c.Type == PasswordChangeRequired.ClaimType) ? null : Failed(await users.AddClaimAsync(user, PasswordChangeRequired.Claim));

    private static bool IsLocked(ApplicationUser user) => user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow;

    private async Task<bool> IsLastActiveAdminAsync(ApplicationUser user) =>
        !(await users.GetUsersInRoleAsync(Roles.Admin)).Any(other => other.Id != user.Id && !IsLocked(other));

    /// <summary>20 random characters with every class the password rules ask for.</summary>
    private static string NewPassword() =>
        string.Concat(RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz", 8), RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ", 6),
            RandomNumberGenerator.GetString("23456789", 4), RandomNumberGenerator.GetString("!#%+-=?@", 2));
}
