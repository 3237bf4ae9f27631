using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;

namespace ReviewConsole.Web.Components.Account;

internal static class IdentityEndpoints
{
    /// <summary>The endpoints the Identity components post to: only sign-out, since sign-in is the Login page's own form.</summary>
    public static IEndpointConventionBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var accountGroup = endpoints.MapGroup("/Account");

        accountGroup.MapPost("/Logout", async (
            ClaimsPrincipal user,
            HttpContext http,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromServices] AuditLog audit,
            [FromForm] string? returnUrl) =>
        {
            if (user.Identity?.IsAuthenticated == true)
            {
                await audit.RecordAsync(AuditActor.From(user, http), AuditActions.SignOut, target: user.Identity.Name, cancellationToken: http.RequestAborted);
            }
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        });

        return accountGroup;
    }
}
