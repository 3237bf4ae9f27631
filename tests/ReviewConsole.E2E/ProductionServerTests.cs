using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace ReviewConsole.E2E;

/// <summary>The console started in Production from its build output, as `dotnet run -c Release --no-launch-profile` does.</summary>
public sealed class ProductionServer : IAsyncLifetime
{
    public ConsoleServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ConsoleServer.StartAsync("Production");

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

public sealed partial class ProductionServerTests(ProductionServer production) : IClassFixture<ProductionServer>
{
    [GeneratedRegex(""""(?:href|src)="(?<asset>[^"]+\.(?:css|js))"""")]
    private static partial Regex AssetReference();

    [Fact]
    public async Task Every_stylesheet_and_script_of_the_sign_in_page_is_served_with_its_content()
    {
        using var http = new HttpClient { BaseAddress = production.Server.BaseAddress };

        var page = await http.GetStringAsync("Account/Login");
        var assets = AssetReference().Matches(page).Select(m => m.Groups["asset"].Value).Distinct().ToList();

        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("blazor.web", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await http.GetAsync(asset);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(body.Length > 1000, $"{asset} was served with {body.Length} bytes");
            Assert.Equal(response.Content.Headers.ContentLength, body.Length);
        }
    }

    [Fact]
    public async Task A_body_shorter_than_its_content_length_is_answered_with_a_problem_not_a_500()
    {
        using var api = await production.Server.CreateApiClientAsync();
        var key = api.DefaultRequestHeaders.GetValues("X-Api-Key").Single();
        using var socket = new TcpClient();
        await socket.ConnectAsync(production.Server.BaseAddress.Host, production.Server.BaseAddress.Port);
        var stream = socket.GetStream();
        // Kestrel's own HTTP: a client that promises 100 bytes, sends 14 and waits.
        var request = $"POST /api/v1/conversations/short/messages HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: {key}\r\n" +
            "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"messageId\":";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        var answer = await ReadResponseAsync(stream).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Matches(@"^HTTP/1\.1 4\d\d ", answer);
        Assert.Contains("Content-Type: application/problem+json", answer);
        Assert.DoesNotContain("   at ", answer);
    }

    // Until the connection closes or the chunked body ends.
    private static async Task<string> ReadResponseAsync(Stream stream)
    {
        var text = new StringBuilder();
        var buffer = new byte[4096];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
            if (text.ToString().EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal))
            {
                break;
            }
        }
        return text.ToString();
    }

    [Fact]
    public async Task Behind_a_tls_proxy_on_loopback_redirects_are_https_cookies_secure_and_hsts_is_sent()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = production.Server.BaseAddress };

        using var protectedPage = new HttpRequestMessage(HttpMethod.Get, "queue");
        protectedPage.Headers.Host = "console.example";
        protectedPage.Headers.Add("X-Forwarded-Proto", "https");
        using var redirect = await http.SendAsync(protectedPage);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("https://console.example/Account/Login", redirect.Headers.Location!.ToString());
        Assert.True(redirect.Headers.Contains("Strict-Transport-Security"));

        using var login = new HttpRequestMessage(HttpMethod.Get, "Account/Login");
        login.Headers.Host = "console.example";
        login.Headers.Add("X-Forwarded-Proto", "https");
        using var form = await http.SendAsync(login);
        var cookies = form.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Account/Login")]
    [InlineData("healthz")]
    [InlineData("api/v1/accounts/a1/status")]
    [InlineData("no-such-page")]
    [InlineData("app.css")]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string path)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = production.Server.BaseAddress };

        using var response = await http.GetAsync(path);

        Assert.False(response.Headers.Contains("Server"), $"{path} names its server");
        Assert.Contains("frame-ancestors 'none'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
    }
}
