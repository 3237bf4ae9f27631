using Microsoft.AspNetCore.Identity;
using ReviewConsole.Web.Data;

namespace ReviewConsole.Web.Features.Users;

/// <summary>
/// An email with no account is answered only after the same password hashing a real one costs, so the time of the
/// answer does not tell which emails exist.
/// </summary>
public sealed class UnknownAccountTiming(IPasswordHasher<ApplicationUser> hasher)
{
    private static readonly ApplicationUser Nobody = new();
    private readonly Lazy<string> decoyHash = new(() => hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));

    public void SpendHashingTime(string password) => hasher.VerifyHashedPassword(Nobody, decoyHash.Value, password);
}
