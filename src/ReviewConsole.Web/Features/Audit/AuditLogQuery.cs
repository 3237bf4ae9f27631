using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Audit;

public sealed record AuditLogFilter(string? Actor, string? Action, DateTimeOffset? From, DateTimeOffset? To);

public sealed record AuditLogResult(IReadOnlyList<AuditEntry> Entries, int TotalCount);

/// <summary>Reads the audit log, newest first, for the admin page.</summary>
public sealed class AuditLogQuery(IDbContextFactory<ReviewDbContext> contexts)
{
    public async Task<AuditLogResult> ReadAsync(AuditLogFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filtered(db, filter);

        var total = await query.CountAsync(cancellationToken);
        var entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new AuditLogResult(entries, total);
    }

    public static IQueryable<AuditEntry> Filtered(ReviewDbContext db, AuditLogFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            query = query.Where(e => e.ActorName.Contains(filter.Actor.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }
        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(e => e.At < to);
        }
        return query;
    }

    public async Task<IReadOnlyList<string>> ReadActionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.AsNoTracking().Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
    }
}
