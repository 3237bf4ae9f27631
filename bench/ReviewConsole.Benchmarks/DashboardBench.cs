using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Dashboard;

namespace ReviewConsole.Benchmarks;

/// <summary>
/// `dashboard --db FILE [--runs 20]`: on a large SQLite database (a `seed` database), the full rollup rebuild, one
/// incremental pass, and the dashboard's data load (the console's own DashboardQuery) for 90 days and all time, with
/// and without a category filter.
/// </summary>
public static class DashboardBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = IngestLoad.ParseOptions(args, "dashboard --db FILE [--runs 20]", "db");
        var runs = int.Parse(options.GetValueOrDefault("runs", "20"), CultureInfo.InvariantCulture);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseSetup.ConnectionStringSetting] = $"Data Source={Path.GetFullPath(options["db"])}" })
            .Build();
        var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddMemoryCache().AddSingleton(TimeProvider.System);
        services.AddReviewDatabase(configuration, Directory.GetCurrentDirectory());
        services.AddOptions<RollupOptions>();
        services.AddSingleton<RollupState>();
        services.AddSingleton<RollupService>();
        services.AddScoped<AuditLog>();
        services.AddScoped<CostSettingsStore>();
        services.AddScoped<DashboardQuery>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await db.Database.MigrateAsync();

        var rollups = provider.GetRequiredService<RollupService>();
        var watch = Stopwatch.StartNew();
        await rollups.RefreshAsync();
        Console.WriteLine($"full rollup rebuild: {watch.Elapsed.TotalSeconds:0.0} s for {await db.DailyMetrics.Select(m => m.Day).Distinct().CountAsync():N0} days");
        watch.Restart();
        await rollups.RefreshAsync();
        Console.WriteLine($"incremental pass with nothing new (today recounted): {watch.Elapsed.TotalMilliseconds:0} ms");

        var query = scope.ServiceProvider.GetRequiredService<DashboardQuery>();
        var last = await db.DailyMetrics.MaxAsync(m => m.Day);
        var first = await db.DailyMetrics.MinAsync(m => m.Day);
        var category = await db.DailyMetrics.Where(m => m.Category != "").Select(m => m.Category).FirstAsync();
        await TimeAsync("dashboard data, last 90 days", runs, () => query.LoadAsync(new DashboardFilter(last.AddDays(-89), last, null)));
        await TimeAsync("dashboard data, all time", runs, () => query.LoadAsync(new DashboardFilter(first, last, null)));
        await TimeAsync($"dashboard data, 90 days, {category}", runs, () => query.LoadAsync(new DashboardFilter(last.AddDays(-89), last, category)));
        return 0;
    }

    private static async Task TimeAsync<T>(string name, int runs, Func<Task<T>> load)
    {
        var cold = Stopwatch.StartNew();
        await load();
        var first = cold.Elapsed.TotalMilliseconds;
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await load();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{name}: first {first:0.0} ms, then median {times[times.Count / 2]:0.0} ms, max {times[^1]:0.0} ms");
    }
}
