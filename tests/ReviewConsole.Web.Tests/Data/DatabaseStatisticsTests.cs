using Microsoft.Data.Sqlite;
using ReviewConsole.Web.Tests.Infrastructure;

namespace ReviewConsole.Web.Tests.Data;

public sealed class DatabaseStatisticsTests
{
    [Fact]
    public async Task The_server_starts_with_planner_statistics_on_a_database_that_had_none()
    {
        using var factory = new ConsoleAppFactory();
        using var client = factory.CreateClient();
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'AspNetUsers'";
        // The first admin is created before the analysis, so the users' indexes have statistics.
        Assert.True((long)(await command.ExecuteScalarAsync())! > 0, "no statistics after start");
    }
}
