using ReviewConsole.Web.Features.Detection;
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
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        await services.GetRequiredService<PolicyProvider>().LoadAsync(db, services.GetRequiredService<TimeProvider>(), cancellationToken);
        await RestoreModelAsync(services, db, cancellationToken);
    }

    /// <summary>A policy version published with a retrained model decides with that model after a restart too.</summary>
    private static async Task RestoreModelAsync(IServiceProvider services, ReviewDbContext db, CancellationToken cancellationToken)
    {
        if (services.GetService<SemanticModelHost>() is not { Enabled: true } host
            || await PolicyVersions.ModelInForceAsync(db, cancellationToken) is not { } version)
        {
            return;
        }
        host.Use(await SemanticModelStore.FindAsync(db, version, cancellationToken)
            ?? throw new InvalidOperationException($"The policy in force names the semantic model {version}, which is not in the database."));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
