using ReviewConsole.Web.Features.Audit;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Features.ApiKeys;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.ApiKeys;

/// <summary>`apikey create|list|revoke` run as the console's own executable against a database, as an operator would.</summary>
public sealed class ApiKeyCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "rc-tests", Guid.NewGuid().ToString("N"));

    public ApiKeyCommandTests() => Directory.CreateDirectory(folder);

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments) => ConsoleCommand.RunAsync(folder, arguments);

    [Fact]
    public async Task A_key_created_on_the_command_line_is_printed_once_and_works_until_revoked()
    {
        var (exit, output, _) = await RunAsync("apikey", "create", "nightly-import");
        Assert.Equal(0, exit);
        var key = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        Assert.StartsWith(ApiKeyService.Prefix, key);

        var (_, listed, _) = await RunAsync("apikey", "list");
        Assert.Contains("nightly-import", listed);
        Assert.Contains("active", listed);
        Assert.DoesNotContain(key, listed);

        using (var factory = new ConsoleAppFactory(folder: folder))
        using (var http = factory.CreateClient())
        {
            http.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);
            var response = await http.PostAsync("/api/v1/conversations/c1/messages",
                new StringContent("""{"messageId":"m1","accountId":"a1","role":"user","text":"hello"}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var id = listed.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var (revokeExit, revoked, _) = await RunAsync("apikey", "revoke", id);
        Assert.Equal(0, revokeExit);
        Assert.Contains("revoked", revoked);
        var (againExit, _, againError) = await RunAsync("apikey", "revoke", id);
        Assert.Equal(1, againExit);
        Assert.Contains("No active API key", againError);
    }

    [Fact]
    public async Task A_key_revoked_on_the_command_line_stops_working_on_the_running_server_within_a_second()
    {
        await using var factory = new ConsoleAppFactory(folder: folder);
        var created = await factory.Services.GetRequiredService<ApiKeyService>().CreateAsync("chat-production", AuditActor.System, default);
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, created.Key);
        Task<HttpResponseMessage> SendAsync(string id) => http.PostAsync("/api/v1/conversations/c-revoke/messages",
            new StringContent("{\"messageId\":\"" + id + "\",\"accountId\":\"a1\",\"role\":\"user\",\"text\":\"hello\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync("m1")).StatusCode);

        // Another process, as an operator runs it: it cannot clear the server's memory of the key.
        var (exit, _, error) = await RunAsync("apikey", "revoke", created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(exit == 0, error);
        await Task.Delay(TimeSpan.FromSeconds(1.1));

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync("m2")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_command_prints_the_usage_and_exits_2_without_touching_the_database()
    {
        foreach (var command in new[] { new[] { "apikey", "rotate" }, ["apikey", "revoke", "seven"], ["seed", "now"] })
        {
            var (exit, _, error) = await RunAsync(command);
            Assert.Equal(2, exit);
            Assert.Contains("usage: apikey create NAME", error);
        }
        Assert.False(File.Exists(Path.Combine(folder, "console.db")), "a mistyped command created the database");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
