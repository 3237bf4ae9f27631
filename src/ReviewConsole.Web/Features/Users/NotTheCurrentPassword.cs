using Microsoft.AspNetCore.Identity;
using ReviewConsole.Web.Data;

namespace ReviewConsole.Web.Features.Users;

/// <summary>A password change that keeps the same password is no change: refused, wherever the change comes from.</summary>
public sealed class NotTheCurrentPassword(IPasswordHasher<ApplicationUser> hasher) : IPasswordValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var same = user.PasswordHash is { } current && password is not null
            && hasher.VerifyHashedPassword(user, current, password) != PasswordVerificationResult.Failed;
        return Task.FromResult(same
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordUnchanged", Description = "The new password must differ from the current one." })
            : IdentityResult.Success);
    }
}
