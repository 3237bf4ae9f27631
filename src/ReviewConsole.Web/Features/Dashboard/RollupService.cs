using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;

namespace ReviewConsole.Web.Features.Dashboard;

/// <summary>Shared between the rollup job and its readers: when it last finished, and whether everything must be counted again.</summary>
public sealed class RollupState
{
    private volatile bool rebuild = true;

    public DateTimeOffset? LastRunAt { get; private set; }

    public void RequestRebuild() => rebuild = true;

    internal bool TakeRebuild()
    {
        var requested = rebuild;
        rebuild = false;
        return requested;
    }

    internal void Ran(DateTimeOffset at) => LastRunAt = at;
}

public sealed class RollupOptions
{
    public const string Section = "Dashboard";

    /// <summary>How often the rollups catch up with new messages, decisions, labels and appeals.</summary>
    public int RollupSeconds { get; set; } = 30;

    /// <summary>
    /// How many days back the rollups count (imports accept 400). Rows stored with a time before that, or after
    /// tomorrow, are logged and left out: one absurd timestamp must not make a pass count 700,000 days or fail for ever.
    /// </summary>
    public int HistoryDays { get; set; } = 800;
}

/// <summary>
/// Keeps the daily rollups current. At start (and after a cost-settings change) it counts every day again; then, every
/// <see cref="RollupOptions.RollupSeconds"/>, only the days that changed: those of messages, review items, labels and
/// appeals added since its last pass (found by their ids, so history imported for an old day is counted too), the
/// days of appeals resolved since, and today.
/// </summary>
public sealed class RollupService(IServiceScopeFactory scopes, RollupState state, Microsoft.Extensions.Options.IOptions<RollupOptions> options,
    TimeProvider clock, ILogger<RollupService> logger) : BackgroundService
{
    private Watermarks? marks;
    private readonly SemaphoreSlim gate = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(Math.Max(1, options.Value.RollupSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.RollupFailed(ex, period.TotalSeconds);
            }
            await Task.Delay(period, clock, stoppingToken);
        }
    }

    /// <summary>One pass now (tests and the dashboard's "refresh" call it); passes never overlap.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
            var costs = (await scope.ServiceProvider.GetRequiredService<CostSettingsStore>().GetAsync(cancellationToken)).Settings.Compute;
            var now = clock.GetUtcNow();
            var latest = await Watermarks.ReadAsync(db, now, cancellationToken);
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var earliest = today.AddDays(-Math.Max(1, options.Value.HistoryDays));
            HashSet<DateOnly> days;
            if (state.TakeRebuild() || marks is null)
            {
                days = await AllDaysAsync(db, earliest, today, cancellationToken);
            }
            else
            {
                days = await marks.ChangedDaysAsync(db, cancellationToken);
                days.Add(today);
            }
            var outside = days.RemoveWhere(day => day < earliest || day > today.AddDays(1));
            if (outside > 0)
            {
                logger.DaysLeftOut(outside, earliest, today.AddDays(1));
            }
            foreach (var day in days.Order())
            {
                await RollupBuilder.RebuildDayAsync(db, day, costs, cancellationToken);
            }
            marks = latest;
            state.Ran(now);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<HashSet<DateOnly>> AllDaysAsync(ReviewDbContext db, DateOnly earliest, DateOnly today, CancellationToken cancellationToken)
    {
        var first = await db.Conversations.AsNoTracking().OrderBy(c => c.StartedAt).Select(c => (DateTimeOffset?)c.StartedAt).FirstOrDefaultAsync(cancellationToken);
        var firstDay = first is { } start ? DateOnly.FromDateTime(start.UtcDateTime) : today;
        if (firstDay < earliest)
        {
            logger.HistoryCut(earliest, firstDay);
            firstDay = earliest;
        }
        var days = new HashSet<DateOnly>();
        for (var day = firstDay; day <= today; day = day.AddDays(1))
        {
            days.Add(day);
        }
        // Rows of days that no longer have any data (a wiped database) go too.
        await db.DailyMetrics.Where(m => m.Day < days.Min() || m.Day > today).ExecuteDeleteAsync(cancellationToken);
        return days;
    }

    /// <summary>The highest ids seen at the start of a pass, and when it started.</summary>
    private sealed record Watermarks(long Message, long Item, long Label, long Appeal, DateTimeOffset At)
    {
        public static async Task<Watermarks> ReadAsync(ReviewDbContext db, DateTimeOffset now, CancellationToken cancellationToken) => new(
            await db.Messages.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0,
            await db.ReviewItems.MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0,
            await db.Labels.MaxAsync(l => (long?)l.Id, cancellationToken) ?? 0,
            await db.Appeals.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0,
            now);

        public async Task<HashSet<DateOnly>> ChangedDaysAsync(ReviewDbContext db, CancellationToken cancellationToken)
        {
            var times = new List<DateTimeOffset>();
            // New messages touch the days their conversations started (the day a conversation is counted on).
            times.AddRange(await db.Messages.AsNoTracking().Where(m => m.Id > Message).Select(m => m.Conversation!.StartedAt).Distinct().ToListAsync(cancellationToken));
            times.AddRange(await db.ReviewItems.AsNoTracking().Where(r => r.Id > Item).Select(r => r.CreatedAt).ToListAsync(cancellationToken));
            times.AddRange(await db.Labels.AsNoTracking().Where(l => l.Id > Label).Select(l => l.CreatedAt).ToListAsync(cancellationToken));
            times.AddRange(await db.Appeals.AsNoTracking().Where(a => a.Id > Appeal).Select(a => a.CreatedAt).ToListAsync(cancellationToken));
            times.AddRange(await db.Appeals.AsNoTracking().Where(a => a.ResolvedAt >= At).Select(a => a.ResolvedAt!.Value).ToListAsync(cancellationToken));
            return [.. times.Select(t => DateOnly.FromDateTime(t.UtcDateTime))];
        }
    }
}

internal static partial class RollupLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Rolling up the dashboard figures failed; retrying in {Seconds} s")]
    public static partial void RollupFailed(this ILogger logger, Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rollups left out {Count} day(s) of stored times outside {Earliest}..{Latest}: those rows are not counted")]
    public static partial void DaysLeftOut(this ILogger logger, int count, DateOnly earliest, DateOnly latest);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rollups start at {Earliest}: conversations stored as starting from {First} are older than Dashboard:HistoryDays")]
    public static partial void HistoryCut(this ILogger logger, DateOnly earliest, DateOnly first);
}
