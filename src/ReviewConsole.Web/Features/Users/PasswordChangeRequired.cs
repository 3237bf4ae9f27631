using System.Security.Claims;

namespace ReviewConsole.Web.Features.Users;

/// <summary>
/// A password an admin handed over (a new user's, or a reset one) works once: until its owner chooses their own, every
/// page sends them to the change-password page. Kept as a claim in the user store, so it rides in the sign-in cookie
/// and is gone from it once the password is changed (the sign-in is refreshed then).
/// </summary>
public static class PasswordChangeRequired
{
    public const string ClaimType = "reviewconsole:password-change-required";

    public const string ChangePasswordPath = "/Account/Manage/ChangePassword";

    public static Claim Claim => new(ClaimType, "true");

    public static bool IsRequired(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && user.HasClaim(c => c.Type == ClaimType);

    /// <summary>
    /// Sends a signed-in user who must change their password to the page that does it. Account pages (sign out, change
    /// password), the API (keys, not people) and static files pass.
    /// </summary>
    public static IApplicationBuilder UseRequiredPasswordChange(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (IsRequired(context.User) && HttpMethods.IsGet(context.Request.Method)
            && !path.StartsWithSegments("/Account") && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/_framework")
            && !path.StartsWithSegments("/_content") && !path.StartsWithSegments("/healthz") && !Path.HasExtension(path.Value))
        {
            context.Response.Redirect(ChangePasswordPath);
            return;
        }
        await next();
    });
}
