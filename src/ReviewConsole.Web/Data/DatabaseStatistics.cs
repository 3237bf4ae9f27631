using Microsoft.EntityFrameworkCore;

namespace ReviewConsole.Web.Data;

/// <summary>
/// Keeps the query planner's statistics. SQLite has none until <c>ANALYZE</c> runs, and without them it planned the
/// backtest's chunk queries badly on a seeded million-conversation database: 132 s instead of 6.8 s. So bulk loads
/// end with a full <c>ANALYZE</c>, and the server, at start, analyses a database that never was and otherwise lets
/// <c>PRAGMA optimize</c> re-analyse (with a bounded sample) the tables that changed a lot. SQL Server keeps its
/// statistics up to date by itself.
/// </summary>
public static class DatabaseStatistics
{
    // PRAGMA optimize flags: analyse the tables that may benefit (0x2), with a bounded sample (0x10), checking every
    // table rather than only those this connection used (0x10000).
    private const int OptimizeAllTables = 0x10012;

    /// <summary>After a bulk load: every table analysed.</summary>
    public static Task RefreshAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        OnSqliteAsync(services, db => db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken));

    /// <summary>At server start: a full analysis if there are no statistics yet, else only what went stale.</summary>
    public static Task EnsureAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        OnSqliteAsync(services, async db =>
        {
            var analysed = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_schema WHERE name = 'sqlite_stat1'")
                .SingleAsync(cancellationToken) > 0;
            await db.Database.ExecuteSqlRawAsync(analysed ? $"PRAGMA optimize={OptimizeAllTables};" : "ANALYZE;", cancellationToken);
        });

    private static async Task OnSqliteAsync(IServiceProvider services, Func<ReviewDbContext, Task> work)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        if (db.Database.IsSqlite())
        {
            await work(db);
        }
    }
}
