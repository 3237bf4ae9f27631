using Microsoft.EntityFrameworkCore;
using ReviewConsole.Engine.Evaluation;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Features.Dashboard;

/// <summary>
/// Counts one day again from the base tables, each read bounded to the day on an index (conversations by start,
/// review items by creation, labels by creation, appeals by filing and by resolution), and replaces that day's rows.
/// </summary>
public static class RollupBuilder
{
    public const string NoCategory = "";

    public static async Task RebuildDayAsync(ReviewDbContext db, DateOnly day, ComputeCosts costs, CancellationToken cancellationToken)
    {
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = start.AddDays(1);
        var rows = new Dictionary<string, DailyMetric>(StringComparer.Ordinal);
        DailyMetric Row(string? category)
        {
            var key = category ?? NoCategory;
            if (!rows.TryGetValue(key, out var row))
            {
                row = new DailyMetric { Day = day, Category = key };
                rows[key] = row;
            }
            return row;
        }

        Row(null).Conversations = await db.Conversations.AsNoTracking().CountAsync(c => c.StartedAt >= start && c.StartedAt < end, cancellationToken);

        var items = await db.ReviewItems.AsNoTracking().Where(r => r.CreatedAt >= start && r.CreatedAt < end)
            .Select(r => new { r.Kind, r.Category, Tokens = r.Conversation!.TotalTokens })
            .ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            var row = Row(item.Category);
            row.Flagged++;
            if (item.Kind == DecisionKind.Safeguard)
            {
                row.Safeguards++;
                continue;
            }
            row.Terminations++;
            row.TokensTerminated += item.Tokens;
            row.TokensAvoided += costs.TokensAvoided(item.Tokens);
        }

        var labels = await db.Labels.AsNoTracking().Where(l => l.CreatedAt >= start && l.CreatedAt < end)
            .Select(l => new { l.Verdict, l.SecondsSpent, l.ReviewItem!.Category })
            .ToListAsync(cancellationToken);
        foreach (var label in labels)
        {
            var row = Row(label.Category);
            row.Reviewed++;
            row.ReviewSeconds += label.SecondsSpent;
            switch (label.Verdict)
            {
                // An imminent-risk escalation confirms the safeguard was right.
                case LabelVerdict.Correct or LabelVerdict.ImminentRisk: row.Confirmed++; break;
                case LabelVerdict.FalsePositive: row.FalsePositives++; break;
                case LabelVerdict.EscalateToLegal: row.Escalations++; break;
            }
        }

        var none = Row(null);
        none.AppealsFiled = await db.Appeals.AsNoTracking().CountAsync(a => a.CreatedAt >= start && a.CreatedAt < end, cancellationToken);
        var resolved = await db.Appeals.AsNoTracking().Where(a => a.ResolvedAt >= start && a.ResolvedAt < end)
            .GroupBy(a => a.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        none.AppealsOverturned = resolved.Where(r => r.Status == AppealStatus.Overturned).Sum(r => r.Count);
        none.AppealsUpheld = resolved.Where(r => r.Status == AppealStatus.Upheld).Sum(r => r.Count);

        var times = labels.GroupBy(l => l.SecondsSpent).Select(g => new DailyReviewTime { Day = day, Seconds = g.Key, Count = g.Count() }).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.DailyMetrics.Where(m => m.Day == day).ExecuteDeleteAsync(cancellationToken);
        await db.DailyReviewTimes.Where(t => t.Day == day).ExecuteDeleteAsync(cancellationToken);
        db.DailyMetrics.AddRange(rows.Values);
        db.DailyReviewTimes.AddRange(times);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
