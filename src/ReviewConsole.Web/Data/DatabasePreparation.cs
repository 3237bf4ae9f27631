using ReviewConsole.Web.Features.Policies;
using ReviewConsole.Web.Features.Users;

namespace ReviewConsole.Web.Data;

/// <summary>
/// Runs before the server takes requests (hosted services start before Kestrel): schema migrated, roles and
/// first users present, the policy in force loaded, the planner's statistics there. A failure here stops start-up.
/// The operator commands run the same preparation before they touch the database.
/// </summary>
public sealed class DatabasePreparation(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await PrepareAsync(services, cancellationToken);
        await DatabaseStatistics.EnsureAsync(services, cancellationToken);
    }

    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await DatabaseInitializer.MigrateAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FirstRunBootstrapper>().RunAsync(cancellationToken);
        await services.GetRequiredService<PolicyProvider>().LoadAsync(
            scope.ServiceProvider.GetRequiredService<ReviewDbContext>(), services.GetRequiredService<TimeProvider>(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
