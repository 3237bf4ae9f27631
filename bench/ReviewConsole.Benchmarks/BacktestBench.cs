using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReviewConsole.Engine.Evaluation;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Policies;

namespace ReviewConsole.Benchmarks;

/// <summary>
/// `backtest --db FILE [--scope labelled|all] [--days 9]`: the console's own BacktestRunner on a large SQLite database
/// (a `seed` database), comparing the policy in force with a candidate that needs one more strike. Reports wall time,
/// rate and the process's peak working set.
/// </summary>
public static class BacktestBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = IngestLoad.ParseOptions(args, "backtest --db FILE [--scope labelled|all] [--days 9]", "db");
        var scope = options.GetValueOrDefault("scope", "all") == "labelled" ? BacktestScope.Labelled : BacktestScope.AllHistory;
        var days = double.Parse(options.GetValueOrDefault("days", "9"), CultureInfo.InvariantCulture);

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseSetup.ConnectionStringSetting] = $"Data Source={Path.GetFullPath(options["db"])}" })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton<PolicyProvider>();
        services.AddReviewDatabase(configuration, Directory.GetCurrentDirectory());
        services.AddScoped<BacktestRunner>();
        await using var provider = services.BuildServiceProvider();
        await using var serviceScope = provider.CreateAsyncScope();
        var db = serviceScope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        await db.Database.MigrateAsync();
        var policies = serviceScope.ServiceProvider.GetRequiredService<PolicyProvider>();
        await policies.LoadAsync(db, TimeProvider.System, CancellationToken.None);

        var latest = await db.Conversations.MaxAsync(c => c.StartedAt);
        var request = new BacktestRequest(policies.Current.Policy with { StrikesToTerminate = policies.Current.Policy.StrikesToTerminate + 1 },
            scope, scope == BacktestScope.AllHistory ? latest.AddDays(-days) : null);
        var runner = serviceScope.ServiceProvider.GetRequiredService<BacktestRunner>();
        var watch = Stopwatch.StartNew();
        var result = await runner.RunAsync(request, ComputeCosts.Default, null, CancellationToken.None);
        var elapsed = watch.Elapsed;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"backtest ({scope}): {result.Conversations:N0} conversations, {result.Messages:N0} messages in {elapsed.TotalSeconds:0.00} s " +
            $"({result.Messages / elapsed.TotalSeconds:N0} messages/s); peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB; " +
            $"{result.FlipCount:N0} flips; terminations {result.Current.Terminations:N0} -> {result.Candidate.Terminations:N0}");
        return 0;
    }
}
