using System.Net;
using Microsoft.Data.Sqlite;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Features.Ingest;

public sealed class IngestFailureTests
{
    [Fact]
    public async Task A_message_the_database_refuses_fails_alone_and_its_cause_is_logged()
    {
        using var factory = new ConsoleAppFactory();
        using var api = await ApiTestClient.CreateAsync(factory);
        // A database-side failure for one message only, whichever batch it lands in.
        await using (var connection = new SqliteConnection($"Data Source={factory.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER refuse_poison BEFORE INSERT ON Messages WHEN NEW.Text = 'poison' BEGIN SELECT RAISE(ABORT, 'poison refused by the database'); END;";
            await command.ExecuteNonQueryAsync();
        }

        var sends = Enumerable.Range(0, 24).Select(i => api.PostMessageAsync($"fail-{i}", "m1", i == 7 ? "poison" : $"hello number {i}", $"acct-{i}"));
        var responses = await Task.WhenAll(sends);

        Assert.Equal(HttpStatusCode.InternalServerError, responses[7].StatusCode);
        Assert.Equal("application/problem+json", responses[7].Content.Headers.ContentType!.MediaType);
        Assert.All(responses.Where((_, i) => i != 7), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(0, await api.MessageCountAsync("fail-7"));
        Assert.Equal(1, await api.MessageCountAsync("fail-8"));
        Assert.Contains(factory.LogLines, line => line.Contains("fail-7 could not be stored") && line.Contains("poison refused by the database"));
        Assert.DoesNotContain(factory.LogLines, line => line.Contains(nameof(ObjectDisposedException)));

        // The writer goes on after the failure.
        Assert.Equal(HttpStatusCode.OK, (await api.PostMessageAsync("fail-7", "m2", "hello again", "acct-7")).StatusCode);
    }

    [Fact]
    public async Task A_locked_database_answers_503_with_retry_after_reports_degraded_and_loses_nothing()
    {
        using var factory = new ConsoleAppFactory(new() { ["Ingest:AnswerDeadlineSeconds"] = "1", ["Ingest:StalledAfterSeconds"] = "1" });
        using var api = await ApiTestClient.CreateAsync(factory);
        using var health = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await api.PostMessageAsync("lock-0", "m1", "hello", "acct-lock")).StatusCode);

        await using var locker = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await locker.OpenAsync();
        await using (var begin = locker.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();
        }

        // The first is taken by the writer, which waits on the lock; the second waits behind it and is withdrawn.
        var first = await api.PostMessageAsync("lock-1", "m1", "hello one", "acct-lock");
        var second = await api.PostMessageAsync("lock-2", "m1", "hello two", "acct-lock");
        var healthWhileLocked = await health.GetStringAsync("/healthz");

        foreach (var response in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        }
        Assert.True((await ApiTestClient.JsonAsync(first)).GetProperty("stored").GetBoolean());
        Assert.False((await ApiTestClient.JsonAsync(second)).GetProperty("stored").GetBoolean());
        Assert.Equal("Degraded", healthWhileLocked);

        await using (var rollback = locker.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        // The retries a chat product sends: each message ends up stored exactly once.
        Assert.Equal(HttpStatusCode.OK, (await api.PostMessageAsync("lock-1", "m1", "hello one", "acct-lock")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostMessageAsync("lock-2", "m1", "hello two", "acct-lock")).StatusCode);
        Assert.Equal(1, await api.MessageCountAsync("lock-1"));
        Assert.Equal(1, await api.MessageCountAsync("lock-2"));
        Assert.Equal("Healthy", await health.GetStringAsync("/healthz"));
    }
}
