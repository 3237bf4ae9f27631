using ReviewConsole.Web.Features.Audit;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Features.ApiKeys;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Ingest;

public sealed class ApiSecurityTests(SharedAppFixture fixture) : IClassFixture<SharedAppFixture>
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "POST", "/api/v1/conversations/c1/messages" },
        { "GET", "/api/v1/accounts/a1/status" },
        { "POST", "/api/v1/appeals" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_endpoint_refuses_callers_without_a_key_with_a_401_problem(string method, string path)
    {
        using var http = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_wrong_key_is_refused(string method, string path)
    {
        using var http = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });
        http.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, ApiKeyService.Prefix + "not-a-real-key");
        var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("unknown or revoked", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_in_console_user_cannot_call_the_api_without_a_key()
    {
        using var client = await SignInClient.CreateSignedInAsync(fixture.Factory, ConsoleAppFactory.AdminEmail, ConsoleAppFactory.AdminPassword);
        var response = await client.GetAsync("/api/v1/accounts/a1/status");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once()
    {
        using var api = await ApiTestClient.CreateAsync(fixture.Factory, "soon revoked");
        Assert.Equal(HttpStatusCode.OK, (await api.PostMessageAsync("revoke-conv", "m1", "hello")).StatusCode);

        Assert.True(await fixture.Factory.Scoped.GetRequiredService<ApiKeyService>().RevokeAsync(api.Key.Id, AuditActor.System, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostMessageAsync("revoke-conv", "m2", "hello")).StatusCode);
        Assert.Equal(1, await api.MessageCountAsync("revoke-conv"));
    }

    [Fact]
    public async Task Only_a_hash_of_the_key_is_stored()
    {
        using var api = await ApiTestClient.CreateAsync(fixture.Factory, "hash check");
        var stored = await api.QueryAsync(db => Task.FromResult(db.ApiClients.Single(c => c.Id == api.Key.Id)));
        Assert.NotEqual(api.Key.Key, stored.KeyHash);
        Assert.DoesNotContain(api.Key.Key[ApiKeyService.Prefix.Length..], stored.KeyHash + stored.KeyPrefix + stored.Name);
        Assert.Equal(ApiKeyService.Hash(api.Key.Key), stored.KeyHash);
    }
}

public sealed class RateLimitTests
{
    [Fact]
    public async Task A_key_over_its_limit_gets_429_with_retry_after_and_other_keys_are_unaffected()
    {
        using var factory = new ConsoleAppFactory(new() { ["Ingest:RequestsPerSecondPerKey"] = "1", ["Ingest:BurstPerKey"] = "3" });
        using var busy = await ApiTestClient.CreateAsync(factory, "busy");
        using var quiet = await ApiTestClient.CreateAsync(factory, "quiet");

        // Ten at once: three from the burst, at most one refill within the second, the rest refused.
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => busy.PostMessageAsync($"rate-conv-{i}", "m1", "hello")));
        var accepted = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();

        Assert.InRange(accepted, 3, 4);
        Assert.Equal(10 - accepted, limited.Count);
        Assert.True(limited[0].Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", limited[0].Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await quiet.PostMessageAsync("quiet-conv", "m1", "hello")).StatusCode);
        // What was refused was not stored.
        Assert.Equal(accepted, await busy.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Messages, m => m.ConversationId.StartsWith("rate-conv-"))));
    }
}
