using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Dashboard;

public sealed record DashboardFilter(DateOnly From, DateOnly To, string? Category);

public sealed record DayFigures(DateOnly Day, IReadOnlyDictionary<string, int> TerminationsByCategory, int Terminations, int Safeguards,
    int Conversations, int Flagged, long TokensTerminated, long TokensAvoided, long CumulativeTokensAvoided, int Confirmed, int FalsePositives)
{
    public double? FalsePositiveRate => Confirmed + FalsePositives == 0 ? null : FalsePositives / (double)(Confirmed + FalsePositives);
}

public sealed record CategoryFalsePositives(string Category, int Confirmed, int FalsePositives)
{
    public double? Rate => Confirmed + FalsePositives == 0 ? null : FalsePositives / (double)(Confirmed + FalsePositives);
}

public sealed record LorenzPoint(double AccountShare, double ComputeShare);

public sealed record CostlyAccount(string AccountId, long AbusiveTokens, double Dollars, int Terminations);

public sealed record Funnel(int Flagged, int Reviewed, int Confirmed, int FalsePositives, int Appealed, int Overturned);

/// <summary>Everything the dashboard shows, for one date range and category. Definitions in docs/METRICS.md.</summary>
public sealed record DashboardData(
    DashboardFilter Filter,
    CostSettings Costs,
    IReadOnlyList<DayFigures> Days,
    IReadOnlyList<string> Categories,
    int Conversations,
    int Flagged,
    int Terminations,
    int Safeguards,
    long TokensTerminated,
    long TokensAvoided,
    int Reviewed,
    int Confirmed,
    int FalsePositives,
    int Escalations,
    int MedianReviewSeconds,
    long ReviewSeconds,
    int AppealsFiled,
    int AppealsOverturned,
    int AppealsUpheld,
    IReadOnlyList<CategoryFalsePositives> FalsePositivesByCategory,
    int Backlog,
    DateTimeOffset? OldestPending,
    IReadOnlyList<LorenzPoint> Concentration,
    double TopThreePercentShare,
    IReadOnlyList<CostlyAccount> CostliestAccounts,
    Funnel Funnel,
    DateTimeOffset? RolledUpAt)
{
    public double? FlaggedShare => Conversations == 0 ? null : Flagged / (double)Conversations;
    public double DollarsTerminated => Costs.Compute.Dollars(TokensTerminated);
    public double DollarsAvoided => Costs.Compute.Dollars(TokensAvoided);
    public double? FalsePositiveRate => Confirmed + FalsePositives == 0 ? null : FalsePositives / (double)(Confirmed + FalsePositives);
    public double? AppealOverturnRate => AppealsOverturned + AppealsUpheld == 0 ? null : AppealsOverturned / (double)(AppealsOverturned + AppealsUpheld);
    public double ReviewerHours => ReviewSeconds / 3600.0;
    public double ReviewerCost => ReviewerHours * Costs.ModeratorHourlyCost;
    public double LegalCost => Escalations * Costs.LegalHoursPerEscalation * Costs.LegalHourlyCost;
}

/// <summary>
/// Reads the dashboard from the daily rollups (a few hundred rows for 90 days), the queue's head, and the accounts'
/// abusive-compute index; never the messages.
/// </summary>
public sealed class DashboardQuery(IDbContextFactory<ReviewDbContext> contexts, CostSettingsStore costs, RollupState rollups, IMemoryCache cache)
{
    public static readonly double[] LorenzShares = [0.01, 0.02, 0.03, 0.05, 0.10, 0.20, 0.50, 1.0];

    public async Task<DashboardData> LoadAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        var settings = (await costs.GetAsync(cancellationToken)).Settings;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.DailyMetrics.AsNoTracking().Where(m => m.Day >= filter.From && m.Day <= filter.To).ToListAsync(cancellationToken);
        var categories = rows.Select(r => r.Category).Where(c => c != RollupBuilder.NoCategory).Distinct().Order(StringComparer.Ordinal).ToList();
        // Category-bearing figures follow the category filter; conversations and appeals have none.
        var chosen = string.IsNullOrEmpty(filter.Category) ? rows : rows.Where(r => r.Category == filter.Category).ToList();
        var plain = rows.Where(r => r.Category == RollupBuilder.NoCategory).ToList();

        var days = new List<DayFigures>();
        long cumulative = 0;
        for (var day = filter.From; day <= filter.To; day = day.AddDays(1))
        {
            var today = chosen.Where(r => r.Day == day).ToList();
            cumulative += today.Sum(r => r.TokensAvoided);
            days.Add(new DayFigures(day,
                today.Where(r => r.Terminations > 0).ToDictionary(r => r.Category == RollupBuilder.NoCategory ? "(none)" : r.Category, r => r.Terminations),
                today.Sum(r => r.Terminations), today.Sum(r => r.Safeguards), plain.Where(r => r.Day == day).Sum(r => r.Conversations),
                today.Sum(r => r.Flagged), today.Sum(r => r.TokensTerminated), today.Sum(r => r.TokensAvoided), cumulative,
                today.Sum(r => r.Confirmed), today.Sum(r => r.FalsePositives)));
        }

        var times = await db.DailyReviewTimes.AsNoTracking().Where(t => t.Day >= filter.From && t.Day <= filter.To)
            .GroupBy(t => t.Seconds).Select(g => new { Seconds = g.Key, Count = g.Sum(t => t.Count) })
            .OrderBy(t => t.Seconds).ToListAsync(cancellationToken);
        var backlog = await db.ReviewItems.AsNoTracking().CountAsync(r => r.Status == ReviewStatus.Pending, cancellationToken);
        var oldest = await db.ReviewItems.AsNoTracking().Where(r => r.Status == ReviewStatus.Pending)
            .OrderBy(r => r.CreatedAt).Select(r => (DateTimeOffset?)r.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var (lorenz, topThree) = await ConcentrationAsync(db, cancellationToken);
        var costliest = await db.Accounts.AsNoTracking().Where(a => a.AbusiveTokens > 0).OrderByDescending(a => a.AbusiveTokens).Take(20)
            .Select(a => new { a.Id, a.AbusiveTokens, a.TerminationCount }).ToListAsync(cancellationToken);

        return new DashboardData(filter, settings, days, categories,
            plain.Sum(r => r.Conversations), chosen.Sum(r => r.Flagged), chosen.Sum(r => r.Terminations), chosen.Sum(r => r.Safeguards),
            chosen.Sum(r => r.TokensTerminated), chosen.Sum(r => r.TokensAvoided), chosen.Sum(r => r.Reviewed), chosen.Sum(r => r.Confirmed),
            chosen.Sum(r => r.FalsePositives), chosen.Sum(r => r.Escalations), Median(times.Select(t => (t.Seconds, t.Count)).ToList()),
            chosen.Sum(r => r.ReviewSeconds), plain.Sum(r => r.AppealsFiled), plain.Sum(r => r.AppealsOverturned), plain.Sum(r => r.AppealsUpheld),
            [.. rows.Where(r => r.Category != RollupBuilder.NoCategory).GroupBy(r => r.Category).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CategoryFalsePositives(g.Key, g.Sum(r => r.Confirmed), g.Sum(r => r.FalsePositives)))],
            backlog, oldest, lorenz, topThree,
            [.. costliest.Select(a => new CostlyAccount(a.Id, a.AbusiveTokens, settings.Compute.Dollars(a.AbusiveTokens), a.TerminationCount))],
            new Funnel(chosen.Sum(r => r.Flagged), chosen.Sum(r => r.Confirmed + r.FalsePositives), chosen.Sum(r => r.Confirmed), chosen.Sum(r => r.FalsePositives),
                plain.Sum(r => r.AppealsFiled), plain.Sum(r => r.AppealsOverturned)),
            rollups.LastRunAt);
    }

    /// <summary>The lower median of the review times (seconds), from per-second counts.</summary>
    public static int Median(IReadOnlyList<(int Seconds, int Count)> counts)
    {
        var total = counts.Sum(c => (long)c.Count);
        if (total == 0)
        {
            return 0;
        }
        var middle = (total + 1) / 2;
        long seen = 0;
        foreach (var (seconds, count) in counts)
        {
            seen += count;
            if (seen >= middle)
            {
                return seconds;
            }
        }
        return counts[^1].Seconds;
    }

    /// <summary>
    /// The share of all abusive compute (tokens of terminated conversations, all time) used by the top x% of all accounts,
    /// for x in <see cref="LorenzShares"/>; read from the AbusiveTokens index, largest first. Account totals move slowly:
    /// kept for a minute.
    /// </summary>
    private Task<(IReadOnlyList<LorenzPoint>, double)> ConcentrationAsync(ReviewDbContext db, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync("dashboard-concentration", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(60);
            var accounts = await db.Accounts.AsNoTracking().CountAsync(cancellationToken);
            var tokens = await db.Accounts.AsNoTracking().Where(a => a.AbusiveTokens > 0).OrderByDescending(a => a.AbusiveTokens)
                .Select(a => a.AbusiveTokens).ToListAsync(cancellationToken);
            return Concentration(tokens, accounts);
        })!;

    /// <param name="descendingTokens">The abusive tokens of every account that has any, largest first.</param>
    /// <param name="accounts">All accounts, with or without abusive compute: the population the percentages are of.</param>
    public static (IReadOnlyList<LorenzPoint> Points, double TopThreePercent) Concentration(IReadOnlyList<long> descendingTokens, int accounts)
    {
        var total = descendingTokens.Sum();
        if (total == 0)
        {
            return ([], 0);
        }
        double ShareOfTop(double accountShare)
        {
            var count = (int)Math.Ceiling(Math.Max(accounts, descendingTokens.Count) * accountShare);
            return descendingTokens.Take(count).Sum() / (double)total;
        }
        return ([.. LorenzShares.Select(s => new LorenzPoint(s, ShareOfTop(s)))], ShareOfTop(0.03));
    }
}
