using System.Net;
using System.Text;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Ingest;

/// <summary>Every API error is an RFC 7807 problem in JSON, whatever the client asked for, and nothing is stored.</summary>
public sealed class ApiErrorAnswerTests(SharedAppFixture fixture) : IClassFixture<SharedAppFixture>
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("")]
    public async Task A_body_that_is_not_json_is_refused_with_415_and_not_stored(string contentType)
    {
        using var api = await ApiTestClient.CreateAsync(fixture.Factory);
        var body = Encoding.UTF8.GetBytes("""{"messageId":"m1","accountId":"a1","role":"user","text":"hello"}""");

        foreach (var path in new[] { "/api/v1/conversations/not-json/messages", "/api/v1/appeals" })
        {
            var response = await api.PostRawAsync(path, body, contentType);

            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(415, (await ApiTestClient.JsonAsync(response)).GetProperty("status").GetInt32());
        }
        Assert.Equal(0, await api.MessageCountAsync("not-json"));
    }

    [Theory]
    [InlineData("GET", "/api/v1/no-such-thing")]
    [InlineData("GET", "/api/v1/conversations/c1/messages")]
    [InlineData("DELETE", "/api/v1/appeals")]
    [InlineData("GET", "/api/unknown-version/x")]
    public async Task Unknown_paths_and_methods_are_answered_with_a_problem_even_to_a_browser(string method, string path)
    {
        using var api = await ApiTestClient.CreateAsync(fixture.Factory);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.ParseAdd("text/html");

        var response = await api.Http.SendAsync(request);

        Assert.True((int)response.StatusCode is 404 or 405, $"{method} {path}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await ApiTestClient.JsonAsync(response);
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("not-a-key", "text/html")]
    public async Task A_call_without_a_valid_key_is_a_401_problem_that_says_how_to_authenticate(string? key, string accept)
    {
        using var client = fixture.Factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/accounts/a1/status");
        request.Headers.Accept.ParseAdd(accept);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString());
        var problem = await ApiTestClient.JsonAsync(response);
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal("Unauthorized", problem.GetProperty("title").GetString());
    }
}
