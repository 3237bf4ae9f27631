using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ReviewConsole.Web.Data;

/// <summary>Applies migrations on start; a database that cannot be reached stops start-up with one clear message.</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        try
        {
            // Migrations were squashed into one Initial per provider before the first release: a database made by an
            // earlier development build has history this build does not know, and would fail half-way through Initial.
            var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
            var unknown = applied.Except(db.Database.GetMigrations()).ToList();
            if (unknown.Count > 0)
            {
                throw new StartupConfigurationException(
                    $"The {settings.Provider} database in {DatabaseSetup.ConnectionStringSetting} was made by an earlier development build " +
                    $"(migration {unknown[0]} is not part of this one): start on a new database, or delete the old one if it holds only demo data.");
            }
            await db.Database.MigrateAsync(cancellationToken);
            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets readers (the console) go on while ingest writes; the mode is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }
        catch (DbException ex)
        {
            throw new StartupConfigurationException(
                $"The {settings.Provider} database in {DatabaseSetup.ConnectionStringSetting} cannot be opened or migrated: {ex.Message}", ex);
        }
    }
}
