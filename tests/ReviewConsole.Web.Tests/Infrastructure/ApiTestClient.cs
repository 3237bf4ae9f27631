using ReviewConsole.Web.Features.Audit;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.ApiKeys;

namespace ReviewConsole.Web.Tests.Infrastructure;

/// <summary>An HTTP client of the ingest API with a fresh API key, and direct reads of the database behind it.</summary>
public sealed class ApiTestClient : IDisposable
{
    private ApiTestClient(ConsoleAppFactory factory, HttpClient http, CreatedApiKey key)
    {
        Factory = factory;
        Http = http;
        Key = key;
    }

    public ConsoleAppFactory Factory { get; }
    public HttpClient Http { get; }
    public CreatedApiKey Key { get; }

    public static async Task<ApiTestClient> CreateAsync(ConsoleAppFactory factory, string name = "tests")
    {
        var http = factory.CreateClient();
        var key = await factory.Services.GetRequiredService<ApiKeyService>().CreateAsync(name, AuditActor.System, CancellationToken.None);
        http.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key.Key);
        return new ApiTestClient(factory, http, key);
    }

    public Task<HttpResponseMessage> PostMessageAsync(string conversationId, string messageId, string text, string accountId = "acct-1", string role = "user", object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["messageId"] = messageId, ["accountId"] = accountId, ["role"] = role, ["text"] = text };
        if (extra is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(extra).EnumerateObject())
            {
                body[property.Name] = property.Value;
            }
        }
        return Http.PostAsJsonAsync($"/api/v1/conversations/{conversationId}/messages", body);
    }

    /// <summary>Posts bytes as they are; an empty <paramref name="contentType"/> sends no Content-Type at all.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string path, byte[] body, string contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        if (contentType.Length > 0)
        {
            content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }
        return Http.PostAsync(path, content);
    }

    public Task<HttpResponseMessage> PostRawAsync(string path, string body) => PostRawAsync(path, Encoding.UTF8.GetBytes(body));

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public async Task<T> QueryAsync<T>(Func<ReviewDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        return await query(db);
    }

    public Task<int> MessageCountAsync(string conversationId) =>
        QueryAsync(db => db.Messages.CountAsync(m => m.ConversationId == conversationId));

    public void Dispose() => Http.Dispose();
}
