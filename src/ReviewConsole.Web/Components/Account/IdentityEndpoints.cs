using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
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

        // The token is checked here, not by form binding, so a missing or stale one (a page left open for days) is a
        // 400 page that says what to do, not a 500; the user stays signed in.
        accountGroup.MapPost("/Logout", async (
            ClaimsPrincipal user,
            HttpContext http,
            [FromServices] IAntiforgery antiforgery,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromServices] AuditLog audit) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.Content("The sign-out form had expired. Go back, reload the page and sign out again.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }
            if (user.Identity?.IsAuthenticated == true)
            {
                await audit.RecordAsync(AuditActor.From(user, http), AuditActions.SignOut, target: user.Identity.Name, cancellationToken: http.RequestAborted);
            }
            await signInManager.SignOutAsync();
            return Results.LocalRedirect("~/Account/Login");
        }).DisableAntiforgery();

        return accountGroup;
    }
}
