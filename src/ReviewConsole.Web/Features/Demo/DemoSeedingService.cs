using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Users;

namespace ReviewConsole.Web.Features.Demo;

/// <summary>
/// In demo mode, a database without conversations gets the demo world on first start, in the background (the
/// console is usable at once and fills up within seconds). "Bootstrap:DemoConversations" sets the size; 0 turns it off.
/// </summary>
public sealed class DemoSeedingService(IServiceProvider services, IOptions<BootstrapOptions> options, DatabaseSettings database,
    DemoSeeder seeder, ILogger<DemoSeedingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!(settings.DemoMode ?? database.Provider == DatabaseProvider.Sqlite) || settings.DemoConversations <= 0)
        {
            return;
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
            if (await db.Conversations.AnyAsync(stoppingToken))
            {
                return;
            }
        }
        try
        {
            var result = await seeder.SeedAsync(settings.DemoConversations, seed: 2026, progress: null, stoppingToken);
            logger.DemoReady(result.Conversations, result.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

internal static partial class DemoSeedingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "First run: the demo world is ready ({Conversations} conversations in {Seconds:0.0} s)")]
    public static partial void DemoReady(this ILogger logger, int conversations, double seconds);
}
