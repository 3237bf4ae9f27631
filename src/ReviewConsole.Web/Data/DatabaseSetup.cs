using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ReviewConsole.Web.Data;

/// <summary>Chooses the database provider from configuration and registers the matching context.</summary>
public static class DatabaseSetup
{
    public const string ProviderSetting = "Database:Provider";
    public const string ConnectionStringName = "ReviewConsole";
    public const string ConnectionStringSetting = "ConnectionStrings:" + ConnectionStringName;

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var raw = configuration[ProviderSetting];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return DatabaseProvider.Sqlite;
        }
        // Names only: Enum.TryParse would also accept "1" as SqlServer.
        var name = Enum.GetNames<DatabaseProvider>().FirstOrDefault(n => string.Equals(n, raw.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null
            ? Enum.Parse<DatabaseProvider>(name)
            : throw new StartupConfigurationException(
                $"{ProviderSetting} is '{raw}', which is not a supported database provider: use Sqlite or SqlServer.");
    }

    /// <summary>The connection string, with a relative SQLite file made absolute under the content root and its folder created.</summary>
    public static string ReadConnectionString(IConfiguration configuration, DatabaseProvider provider, string contentRoot)
    {
        var raw = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(raw))
        {
            throw new StartupConfigurationException(
                $"{ConnectionStringSetting} is empty: set it to a {provider} connection string (see appsettings.sample.json).");
        }
        if (provider != DatabaseProvider.Sqlite)
        {
            return raw;
        }

        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(raw);
        }
        catch (ArgumentException ex)
        {
            throw new StartupConfigurationException($"{ConnectionStringSetting} is not a valid SQLite connection string: {ex.Message}", ex);
        }
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && !Path.IsPathRooted(source))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, source));
        }
        if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
        return builder.ToString();
    }

    public static IServiceCollection AddReviewDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = ReadProvider(configuration);
        var connectionString = ReadConnectionString(configuration, provider, contentRoot);
        services.AddSingleton(new DatabaseSettings(provider, connectionString));

        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<ReviewDbContext, SqliteReviewDbContext>(o => o.UseSqlite(connectionString, ConfigureSqlite).AddInterceptors(Pragmas));
                services.AddDbContextFactory<SqliteReviewDbContext>(o => o.UseSqlite(connectionString, ConfigureSqlite).AddInterceptors(Pragmas), ServiceLifetime.Scoped);
                services.AddScoped<IDbContextFactory<ReviewDbContext>, ReviewDbContextFactory<SqliteReviewDbContext>>();
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<ReviewDbContext, SqlServerReviewDbContext>(o => o.UseSqlServer(connectionString, ConfigureSqlServer));
                services.AddDbContextFactory<SqlServerReviewDbContext>(o => o.UseSqlServer(connectionString, ConfigureSqlServer), ServiceLifetime.Scoped);
                services.AddScoped<IDbContextFactory<ReviewDbContext>, ReviewDbContextFactory<SqlServerReviewDbContext>>();
                break;
        }
        return services;
    }

    private static readonly SqlitePragmas Pragmas = new();

    internal static void ConfigureSqlite(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsAssembly(typeof(ReviewDbContext).Assembly.FullName)
              .MigrationsHistoryTable("__EFMigrationsHistory");

    internal static void ConfigureSqlServer(Microsoft.EntityFrameworkCore.Infrastructure.SqlServerDbContextOptionsBuilder sqlServer) =>
        sqlServer.MigrationsAssembly(typeof(ReviewDbContext).Assembly.FullName);
}

public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);

/// <summary>Hands out the provider's context as the shared <see cref="ReviewDbContext"/> type, for Blazor components.</summary>
internal sealed class ReviewDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ReviewDbContext>
    where TContext : ReviewDbContext
{
    public ReviewDbContext CreateDbContext() => inner.CreateDbContext();
}
