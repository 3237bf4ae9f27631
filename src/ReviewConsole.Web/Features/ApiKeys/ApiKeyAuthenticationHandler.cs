using ReviewConsole.Web.Api;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ReviewConsole.Web.Features.ApiKeys;

/// <summary>Authenticates API callers by the <c>X-Api-Key</c> header; a failed challenge is a 401 problem, never a redirect.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string ClientIdClaim = "api_client_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
        {
            return AuthenticateResult.NoResult();
        }
        var client = await keys.FindAsync(values[0]!, Context.RequestAborted);
        if (client is null)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, client.Name), new Claim(ClientIdClaim, client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{Header}";
        await ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Unauthorized", result.Failure?.Message ?? $"Send an API key in the {Header} header.");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Forbidden", null);
    }
}
