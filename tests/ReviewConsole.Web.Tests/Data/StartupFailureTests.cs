using System.Diagnostics;

namespace ReviewConsole.Web.Tests.Data;

/// <summary>Starts the real server process with bad configuration: it must stop at once with one clear line.</summary>
public sealed class StartupFailureTests
{
    private static async Task<(int ExitCode, string Error)> StartServerAsync(params (string Key, string Value)[] environment)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "ReviewConsole.Web.dll");
        var start = new ProcessStartInfo("dotnet", [app, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("the server kept running despite bad configuration");
        }
        return (process.ExitCode, await error);
    }

    [Fact]
    public async Task Unknown_provider_stops_start_up_naming_the_setting()
    {
        var (exitCode, error) = await StartServerAsync(("Database__Provider", "Oracle"));

        Assert.Equal(1, exitCode);
        Assert.Contains("cannot start: Database:Provider is 'Oracle'", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task A_database_from_an_earlier_development_build_stops_start_up_saying_what_to_do()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "old.db");
        try
        {
            await using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
            {
                await old.OpenAsync();
                await using var command = old.CreateCommand();
                command.CommandText = """
                    CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                    INSERT INTO "__EFMigrationsHistory" VALUES ('20261122185741_Ingest', '10.0.0');
                    """;
                await command.ExecuteNonQueryAsync();
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

            var (exitCode, error) = await StartServerAsync(("ConnectionStrings__ReviewConsole", $"Data Source={path}"), ("Database__Provider", "Sqlite"));

            Assert.Equal(1, exitCode);
            Assert.Contains("was made by an earlier development build (migration 20261122185741_Ingest is not part of this one)", error);
            Assert.DoesNotContain("   at ", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Empty_connection_string_stops_start_up_naming_the_setting()
    {
        var (exitCode, error) = await StartServerAsync(("ConnectionStrings__ReviewConsole", ""));

        Assert.Equal(1, exitCode);
        Assert.Contains("ConnectionStrings:ReviewConsole is empty", error);
    }

    [Fact]
    public async Task Unreachable_SQL_Server_stops_start_up_naming_the_setting()
    {
        var (exitCode, error) = await StartServerAsync(
            ("Database__Provider", "SqlServer"),
            ("ConnectionStrings__ReviewConsole", "Server=127.0.0.1,1;Database=ReviewConsole;User Id=sa;Password=x;Connect Timeout=3;TrustServerCertificate=True"));

        Assert.Equal(1, exitCode);
        Assert.Contains("The SqlServer database in ConnectionStrings:ReviewConsole cannot be opened", error);
    }
}
