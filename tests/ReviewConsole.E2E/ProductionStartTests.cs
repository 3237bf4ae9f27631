using System.Net;
using System.Text.RegularExpressions;

namespace ReviewConsole.E2E;

/// <summary>The console started from its build output in Production, as `dotnet run -c Release --no-launch-profile` does.</summary>
public sealed partial class ProductionStartTests
{
    [GeneratedRegex(""""(?:href|src)="(?<asset>[^"]+\.(?:css|js))"""")]
    private static partial Regex AssetReference();

    [Fact]
    public async Task Every_stylesheet_and_script_of_the_sign_in_page_is_served_with_its_content()
    {
        await using var server = await ConsoleServer.StartAsync("Production");
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

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
}
