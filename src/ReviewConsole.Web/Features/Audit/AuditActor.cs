using System.Security.Claims;

namespace ReviewConsole.Web.Features.Audit;

/// <summary>Who did an audited thing, and from where.</summary>
public sealed record AuditActor(string? UserId, string Name, string? RemoteIp)
{
    public static readonly AuditActor System = new(null, "system", null);

    public static AuditActor From(ClaimsPrincipal user, HttpContext? http = null) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier),
            user.Identity?.Name ?? "anonymous",
            http?.Connection.RemoteIpAddress?.ToString());

    /// <summary>The signed-in user of a component, from its cascading authentication state.</summary>
    public static async Task<AuditActor> FromAsync(Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState>? state) =>
        state is null ? System : From((await state).User);
}
