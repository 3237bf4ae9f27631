using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ReviewConsole.Web.Extensions;

/// <summary>What every response carries, and how the app trusts a TLS proxy in front of it.</summary>
public static class EdgeSecurityExtensions
{
    public const string Section = "ReverseProxy";

    /// <summary>
    /// Blazor Server under it: scripts only from this origin (no inline script, no eval), its WebSocket to this origin;
    /// MudBlazor writes inline styles and a theme &lt;style&gt;, hence 'unsafe-inline' for styles only.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddEdgeSecurity(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // The antiforgery cookie is not Secure by default; over https (direct or through the proxy) it is.
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        var proxies = builder.Configuration.GetSection(Section);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Loopback is trusted by default (a proxy on the same machine); others only when named.
            foreach (var address in proxies.GetSection("KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(address));
            }
            foreach (var network in proxies.GetSection("KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    public static WebApplication UseEdgeSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // On starting, so that an error page written after the headers were cleared carries them too.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
