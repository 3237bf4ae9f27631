using System.Text;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Ingest;

/// <summary>
/// Hostile and broken requests against every endpoint, generated from a fixed seed: none may answer 5xx, every
/// refusal is a problem in JSON, and none stores a message.
/// </summary>
public sealed class ApiFuzzTests(SharedAppFixture fixture) : IClassFixture<SharedAppFixture>
{
    private static readonly string[] Paths =
    [
        "/api/v1/conversations/fuzz-c/messages",
        "/api/v1/conversations/%E2%80%AEfuzz/messages",
        "/api/v1/conversations/" + new string('c', 300) + "/messages",
        "/api/v1/appeals",
    ];

    private static IEnumerable<byte[]> Bodies()
    {
        string[] texts =
        [
            "", "{", "}", "[]", "null", "true", "0", "\"text\"", "{\"messageId\":", "{\"messageId\":\"m1\"",
            "{\"messageId\":1,\"accountId\":2,\"role\":3,\"text\":4}",
            "{\"messageId\":\"m1\",\"accountId\":\"a1\",\"role\":\"wizard\",\"text\":\"hi\"}",
            "{\"messageId\":\"m1\",\"accountId\":\"a1\",\"role\":\"user\",\"text\":\"hi\",\"sentAt\":\"0001-01-01T00:00:00Z\"}",
            "{\"messageId\":\"m1\",\"accountId\":\"a1\",\"role\":\"user\",\"text\":\"hi\",\"sentAt\":\"9999-12-31T23:59:59Z\"}",
            "{\"messageId\":\"m1\",\"accountId\":\"a1\",\"role\":\"user\",\"text\":\"hi\",\"sentAt\":\"yesterday\"}",
            "{\"messageId\":\"m1\",\"accountId\":\"a1\",\"role\":\"user\",\"text\":\"hi\",\"tokenCount\":99999999999999999999}",
            "{\"messageId\":\"m1\",\"accountId\":\"a1\",\"role\":\"user\",\"text\":\"hi\",\"tokenCount\":-5}",
            "{\"messageId\":\"\",\"accountId\":\"\",\"role\":\"\",\"text\":\"\"}",
            "{\"messageId\":null,\"accountId\":null,\"role\":null,\"text\":null}",
            "{\"messageId\":\"m\\u202E1\",\"accountId\":\"a\\u200B1\",\"role\":\"user\",\"text\":\"hi\"}",
            "{\"messageId\":\"m1\",\"accountId\":\"a1\",\"role\":\"user\",\"text\":\"\\u0000\\u0001\"}",
            "{\"messageId\":\"m1\",\"messageId\":\"m2\",\"accountId\":\"a1\",\"role\":\"user\",\"text\":\"hi\"}",
            "{\"conversationId\":\"nope\",\"accountId\":\"a1\",\"text\":\"please\"}",
            "{\"conversationId\":[],\"accountId\":{},\"text\":1e999}",
            new string('[', 5000) + new string(']', 5000),
            "{\"messageId\":\"m1\",\"accountId\":\"a1\",\"role\":\"user\",\"text\":\"" + new string('x', 200_000) + "\"}",
        ];
        foreach (var text in texts)
        {
            yield return Encoding.UTF8.GetBytes(text);
        }
        yield return [0xFF, 0xFE, 0x7B, 0x7D];
        yield return [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D];
        var random = new Random(1234);
        for (var i = 0; i < 20; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            yield return bytes;
        }
    }

    [Fact]
    public async Task No_malformed_request_gets_a_5xx_and_every_refusal_is_problem_json()
    {
        using var api = await ApiTestClient.CreateAsync(fixture.Factory, "fuzz");
        var failures = new List<string>();
        var sent = 0;
        foreach (var path in Paths)
        {
            foreach (var body in Bodies())
            {
                using var response = await api.PostRawAsync(path, body);
                sent++;
                var status = (int)response.StatusCode;
                var type = response.Content.Headers.ContentType?.MediaType;
                if (status >= 500 || (status >= 400 && type != "application/problem+json"))
                {
                    failures.Add($"{path} {Encoding.UTF8.GetString(body)[..Math.Min(60, body.Length)]}: {status} {type}");
                }
            }
        }

        Assert.True(sent > 150);
        Assert.Empty(failures);
        Assert.Equal(0, await api.MessageCountAsync("fuzz-c"));
    }
}
