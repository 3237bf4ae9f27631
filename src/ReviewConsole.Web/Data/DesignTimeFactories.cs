using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ReviewConsole.Web.Data;

// Used by `dotnet ef migrations add … --context <X>` only: no configuration, no running server needed.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteReviewDbContext>
{
    public SqliteReviewDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteReviewDbContext>()
            .UseSqlite("Data Source=design-time.db", DatabaseSetup.ConfigureSqlite).Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerReviewDbContext>
{
    public SqlServerReviewDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerReviewDbContext>()
            .UseSqlServer("Server=localhost;Database=ReviewConsole;Trusted_Connection=True;TrustServerCertificate=True",
                DatabaseSetup.ConfigureSqlServer).Options);
}
