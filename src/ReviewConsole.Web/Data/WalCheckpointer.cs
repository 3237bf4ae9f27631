using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ReviewConsole.Web.Data;

/// <summary>
/// Takes SQLite's WAL checkpoints off the ingest writer. By default the connection whose commit crosses 1,000 WAL pages
/// copies them into the database file and syncs it, inside that commit: the writer, which commits all the time, paid
/// for nearly every checkpoint and its callers waited for it. Here the writer only checkpoints by itself as a backstop
/// (at <see cref="BackstopPages"/>), and a background connection checkpoints every <see cref="Interval"/> instead,
/// without blocking the writer (a passive checkpoint never takes the write lock). The writer also gets a larger page
/// cache, since the indexes it updates are what it reads most. SQL Server needs none of this.
/// </summary>
public sealed class WalCheckpointer : IAsyncDisposable
{
    public const int BackstopPages = 20_000;
    private const int WriterCacheKiB = 16 * 1024;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    private WalCheckpointer(string connectionString) => loop = Task.Run(() => RunAsync(connectionString, stop.Token));

    /// <summary>Sets up the writer's connection (already open) and starts checkpointing; null when not SQLite.</summary>
    public static async Task<WalCheckpointer?> StartForWriterAsync(ReviewDbContext writer, CancellationToken cancellationToken)
    {
        if (!writer.Database.IsSqlite())
        {
            return null;
        }
        await writer.Database.ExecuteSqlRawAsync($"PRAGMA wal_autocheckpoint={BackstopPages}; PRAGMA cache_size=-{WriterCacheKiB};", cancellationToken);
        return new WalCheckpointer(writer.Database.GetConnectionString()!);
    }

    private static async Task RunAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout=5000; PRAGMA wal_checkpoint(PASSIVE);";
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException)
            {
                // Busy or locked: the next tick tries again, and the writer's backstop bounds the WAL meanwhile.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }
        stop.Dispose();
    }
}
