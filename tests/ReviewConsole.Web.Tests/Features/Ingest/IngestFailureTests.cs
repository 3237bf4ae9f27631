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
        Assert.All(responses.Where((_, i) => i != 7), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(0, await api.MessageCountAsync("fail-7"));
        Assert.Equal(1, await api.MessageCountAsync("fail-8"));
        Assert.Contains(factory.LogLines, line => line.Contains("fail-7 could not be stored") && line.Contains("poison refused by the database"));
        Assert.DoesNotContain(factory.LogLines, line => line.Contains(nameof(ObjectDisposedException)));

        // The writer goes on after the failure.
        Assert.Equal(HttpStatusCode.OK, (await api.PostMessageAsync("fail-7", "m2", "hello again", "acct-7")).StatusCode);
    }
}
