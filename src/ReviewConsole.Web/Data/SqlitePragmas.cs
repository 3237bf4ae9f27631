using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ReviewConsole.Web.Data;

/// <summary>
/// Per-connection SQLite settings. With WAL, <c>synchronous=NORMAL</c> keeps every committed transaction through a
/// crash of the process (SIGKILL included: the WAL is in the OS's hands once written); only a power cut may lose the
/// last commits. It spares an fsync per commit, which is what lets ingest take thousands of messages a second.
/// A busy timeout lets the console's readers and the ingest writer wait for each other instead of failing.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA temp_store=MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
