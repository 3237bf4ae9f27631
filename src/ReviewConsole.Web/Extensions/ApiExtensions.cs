using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ReviewConsole.Engine.Accounts;
using ReviewConsole.Web.Api;
using ReviewConsole.Web.Features.Accounts;
using ReviewConsole.Web.Features.ApiKeys;
using ReviewConsole.Web.Features.Appeals;
using ReviewConsole.Web.Features.Demo;
using ReviewConsole.Web.Features.Import;
using ReviewConsole.Web.Features.Ingest;
using ReviewConsole.Web.Features.Policies;

using ReviewConsole.Web.Features.Detection;

namespace ReviewConsole.Web.Extensions;

/// <summary>The HTTP API under /api/v1: API-key authentication, per-key rate limits, the ingest writer, OpenAPI.</summary>
public static class ApiExtensions
{
    public const string ApiPolicy = "api-client";
    public const string RateLimitPolicy = "per-api-key";

    public static void AddApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<IngestOptions>().Bind(builder.Configuration.GetSection(IngestOptions.Section));
        services.AddSingleton<PolicyProvider>();
        services.AddSingleton<SemanticModelHost>();
        services.AddHostedService(sp => sp.GetRequiredService<SemanticModelHost>());
        services.AddSingleton<LateReadings>();
        services.AddHostedService(sp => sp.GetRequiredService<LateReadings>());
        // The policy in force at each message: the stored one once it has loaded, and every one published after.
        services.AddSingleton(sp =>
        {
            var policies = sp.GetRequiredService<PolicyProvider>();
            return new CoordinationDetector(() => policies.Current.Policy, clock: sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<IngestCache>();
        services.AddSingleton<IngestBatchProcessor>();
        services.AddSingleton<IngestPipeline>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestPipeline>());
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<ConversationImporter>();
        services.AddSingleton<DemoSeeder>();
        // After the pipeline: it feeds the demo world through it.
        services.AddHostedService<DemoSeedingService>();

        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(ApiPolicy, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser());

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<IngestOptions>>().Value;
                var client = context.User.FindFirst(ApiKeyAuthenticationHandler.ClientIdClaim)?.Value ?? "anonymous";
                return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, limits.BurstPerKey),
                    // Refilled ten times a second, or once a second for limits too small to split.
                    TokensPerPeriod = limits.RequestsPerSecondPerKey >= 10 ? limits.RequestsPerSecondPerKey / 10 : Math.Max(1, limits.RequestsPerSecondPerKey),
                    ReplenishmentPeriod = limits.RequestsPerSecondPerKey >= 10 ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"This API key is over its rate limit; retry after {retryAfter} s.");
            };
        });
        services.AddOpenApi("v1");
        services.AddProblemDetails();
    }

    // Every body the API reads is JSON: anything else is refused before it is read.
    private static async ValueTask<object?> RequireJsonBody(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if ((HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method)) && !request.HasJsonContentType())
        {
            return ApiProblems.Field("Content-Type", $"The body must be application/json, not '{request.ContentType ?? "(none)"}'.", StatusCodes.Status415UnsupportedMediaType);
        }
        return await next(context);
    }

    public static void MapApi(this WebApplication app)
    {
        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(ApiPolicy)
            .RequireRateLimiting(RateLimitPolicy)
            .DisableAntiforgery()
            .AddEndpointFilter(RequireJsonBody)
            .WithTags("ReviewConsole API v1");
        api.MapIngestEndpoints();
        api.MapAccountStatusEndpoint();
        api.MapAppealEndpoint();
    }
}
