using Microsoft.AspNetCore.Identity;
using ReviewConsole.Web.Data;

namespace ReviewConsole.Web.Features.Users;

/// <summary>
/// An email with no account is answered only after the same password check a real one costs, so the time of the
/// answer does not tell which emails exist.
/// </summary>
public sealed class UnknownAccountTiming(IPasswordHasher<ApplicationUser> hasher)
{
    private static readonly ApplicationUser Nobody = new();
    // Hashed once per process (hashing costs as much as the check itself); a race only hashes it twice.
    private static string? decoyHash;

    public void SpendHashingTime(string password) =>
        hasher.VerifyHashedPassword(Nobody, decoyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")), password);
}
