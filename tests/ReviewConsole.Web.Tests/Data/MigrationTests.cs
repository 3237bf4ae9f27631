using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Data;

public sealed class MigrationTests
{
    private static SqlServerReviewDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerReviewDbContext>()
            .UseSqlServer("Server=127.0.0.1,1;Database=ReviewConsole;User Id=sa;Password=unused;TrustServerCertificate=True",
                DatabaseSetup.ConfigureSqlServer).Options);

    private static SqliteReviewDbContext SqliteContext(string path) =>
        new(new DbContextOptionsBuilder<SqliteReviewDbContext>().UseSqlite($"Data Source={path}", DatabaseSetup.ConfigureSqlite).Options);

    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = SqliteContext(Path.Combine(Path.GetTempPath(), "unused.db"));
        Assert.False(db.Database.HasPendingModelChanges(), "run dotnet ef migrations add for SqliteReviewDbContext");
    }

    [Fact]
    public void SqlServer_migrations_match_the_model()
    {
        using var db = SqlServerContext();
        Assert.False(db.Database.HasPendingModelChanges(), "run dotnet ef migrations add for SqlServerReviewDbContext");
    }

    [Fact]
    public void SqlServer_create_script_generates_every_table()
    {
        using var db = SqlServerContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in new[] { "AspNetUsers", "Accounts", "Conversations", "Messages", "Decisions", "ReviewItems", "Labels", "Appeals", "AuditEntries", "ApiClients", "PolicyVersions" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script);
        }
    }

    [Fact]
    public async Task Sqlite_migrations_apply_to_a_real_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rc-migrate-{Guid.NewGuid():N}.db");
        try
        {
            await using (var db = SqliteContext(path))
            {
                await db.Database.MigrateAsync();
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(0, await db.ReviewItems.CountAsync());
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task App_start_migrates_its_SQLite_file_and_turns_on_WAL()
    {
        using var factory = new ConsoleAppFactory();
        using var client = factory.CreateClient();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        Assert.IsType<SqliteReviewDbContext>(db);
        Assert.True(File.Exists(factory.DatabasePath));
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
