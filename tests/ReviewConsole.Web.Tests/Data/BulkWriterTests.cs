using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using DecisionReason = ReviewConsole.Engine.Conversations.DecisionReason;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Tests.Data;

/// <summary>
/// The ingest writer bypasses EF's change tracking: what it stores must be, column for column, what EF stores for
/// the same entity, including when its statements are reused with nulls after values and long texts after short ones.
/// </summary>
public sealed class BulkWriterTests : IAsyncLifetime
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"rc-bulk-{Guid.NewGuid():N}.db");

    private static readonly CancellationToken Cancel = CancellationToken.None;

    private SqliteReviewDbContext Context() =>
        new(new DbContextOptionsBuilder<SqliteReviewDbContext>().UseSqlite($"Data Source={path}", DatabaseSetup.ConfigureSqlite).Options);

    public async Task InitializeAsync()
    {
        await using var db = Context();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        return Task.CompletedTask;
    }

    private static ChatAccount[] Accounts(string prefix) =>
    [
        new() { Id = $"{prefix}-1", FirstSeenAt = new DateTimeOffset(2026, 3, 1, 9, 30, 15, 123, TimeSpan.FromHours(2)), LastSeenAt = DateTimeOffset.UnixEpoch,
            RiskScore = 0.1 + 0.2, RiskAsOf = new DateTimeOffset(2026, 3, 1, 7, 30, 15, TimeSpan.Zero), RecentTerminations = "[\"2026-03-01T07:30:15+00:00\"]",
            ConversationCount = 3, TerminationCount = 1, TotalTokens = long.MaxValue, AbusiveTokens = 42, RestrictionState = RestrictionState.Recommended,
            Version = new Guid("0f8e2c4a-5b6d-4e7f-8a9b-0c1d2e3f4a5b") },
        new() { Id = $"{prefix}-2", FirstSeenAt = DateTimeOffset.MaxValue, RecentTerminations = null, RestrictionState = RestrictionState.None, Version = Guid.Empty },
    ];

    private static Message[] Messages(string conversationId) =>
    [
        new() { ExternalId = "m1", ConversationId = conversationId, Sequence = 1, Role = MessageRole.User, Text = "short", TokenCount = 1,
            SentAt = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(-5)), DeviceFingerprint = "device", NetworkFingerprint = "net",
            Decision = DecisionKind.Warn, Reason = DecisionReason.PersistentAbuse, Score = 0.75, Warnings = 1, Strikes = 0, PolicyVersion = "default-1" },
        new() { ExternalId = "m2", ConversationId = conversationId, Sequence = 2, Role = MessageRole.Assistant,
            Text = string.Concat(Enumerable.Repeat("k\u200Bi\u200Bll \U0001F52A <b>long</b> ", 2_000)), SentAt = DateTimeOffset.UnixEpoch,
            DeviceFingerprint = null, NetworkFingerprint = null, Decision = DecisionKind.Continue, PolicyVersion = "default-2" },
    ];

    [Fact]
    public async Task Rows_written_with_plain_sql_are_column_for_column_what_ef_writes()
    {
        await using (var db = Context())
        {
            db.Accounts.AddRange(Accounts("ef"));
            db.Conversations.Add(new Conversation { Id = "ef-c", AccountId = "ef-1", StartedAt = DateTimeOffset.UnixEpoch, Status = ConversationStatus.Terminated, EndedAt = DateTimeOffset.UnixEpoch, Version = Guid.Empty });
            db.Messages.AddRange(Messages("ef-c"));
            await db.SaveChangesAsync();
        }
        await using (var db = Context())
        {
            await db.Database.OpenConnectionAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            using var writer = new BulkWriter(db);
            foreach (var account in Accounts("bulk"))
            {
                await writer.InsertAsync(account, Cancel);
            }
            await writer.InsertAsync(new Conversation { Id = "bulk-c", AccountId = "bulk-1", StartedAt = DateTimeOffset.UnixEpoch, Status = ConversationStatus.Terminated, EndedAt = DateTimeOffset.UnixEpoch, Version = Guid.Empty }, Cancel);
            foreach (var message in Messages("bulk-c"))
            {
                Assert.True(await writer.InsertAsync(message, Cancel) > 0);
            }
            await transaction.CommitAsync(Cancel);
        }

        AssertSameColumns("Accounts", "Id", "ef-1", "bulk-1", ignore: ["Id"]);
        AssertSameColumns("Accounts", "Id", "ef-2", "bulk-2", ignore: ["Id"]);
        AssertSameColumns("Conversations", "Id", "ef-c", "bulk-c", ignore: ["Id", "AccountId"]);
        foreach (var externalId in new[] { "m1", "m2" })
        {
            AssertSameColumns("Messages", "ConversationId || '/' || ExternalId", $"ef-c/{externalId}", $"bulk-c/{externalId}", ignore: ["Id", "ConversationId"]);
        }
        await using var read = Context();
        var stored = await read.Messages.Where(m => m.ConversationId == "bulk-c").OrderBy(m => m.Sequence).ToListAsync(Cancel);
        Assert.Equal(Messages("x").Select(m => (m.Text, m.SentAt, m.DeviceFingerprint, m.Decision, m.Reason)),
            stored.Select(m => (m.Text, m.SentAt, m.DeviceFingerprint, m.Decision, m.Reason)));
        // The reason is stored by name, by both writers: a database reader sees what the engine decided.
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT Reason FROM Messages WHERE ExternalId = 'm1'";
        Assert.Equal("PersistentAbuse", command.ExecuteScalar());
    }

    [Fact]
    public async Task An_update_sets_only_its_columns_and_respects_its_guard()
    {
        await using (var db = Context())
        {
            db.Accounts.AddRange(Accounts("upd"));
            await db.SaveChangesAsync(Cancel);
        }
        var version = Guid.NewGuid();
        await using (var db = Context())
        {
            await db.Database.OpenConnectionAsync(Cancel);
            using var writer = new BulkWriter(db);
            (string, object?)[] values = [(nameof(ChatAccount.RestrictionState), RestrictionState.Recommended), (nameof(ChatAccount.Version), version)];
            // upd-1 is already Recommended: the guard (still None) refuses it.
            Assert.Equal(0, await writer.UpdateAsync<ChatAccount>("upd-1", values, (nameof(ChatAccount.RestrictionState), RestrictionState.None), Cancel));
            Assert.Equal(1, await writer.UpdateAsync<ChatAccount>("upd-2", values, (nameof(ChatAccount.RestrictionState), RestrictionState.None), Cancel));
            Assert.Equal(1, await writer.UpdateAsync<ChatAccount>("upd-1", [(nameof(ChatAccount.RecentTerminations), null)], null, Cancel));
            Assert.Equal(["upd-1", "upd-2"], await writer.ExistingKeysAsync<ChatAccount, string>(["upd-0", "upd-1", "upd-2", "upd-3"], Cancel));
        }
        await using var read = Context();
        var accounts = await read.Accounts.OrderBy(a => a.Id).ToListAsync(Cancel);
        Assert.Equal((RestrictionState.Recommended, (string?)null, 3), (accounts[0].RestrictionState, accounts[0].RecentTerminations, accounts[0].ConversationCount));
        Assert.NotEqual(version, accounts[0].Version);
        Assert.Equal((RestrictionState.Recommended, version), (accounts[1].RestrictionState, accounts[1].Version));
    }

    private void AssertSameColumns(string table, string keyExpression, string efKey, string bulkKey, string[] ignore)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        Dictionary<string, (string Type, string Value)> Read(string key)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" WHERE {keyExpression} = $key";
            command.Parameters.AddWithValue("$key", key);
            using var reader = command.ExecuteReader();
            Assert.True(reader.Read(), $"{table} {key} was not stored");
            return Enumerable.Range(0, reader.FieldCount).Where(i => !ignore.Contains(reader.GetName(i)))
                .ToDictionary(reader.GetName, i => (reader.GetFieldType(i).Name, Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? ""));
        }
        Assert.Equal(Read(efKey), Read(bulkKey));
    }
}
