using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Audit;

/// <summary>Appends to the audit log. It has no update or delete: entries are written once and kept.</summary>
public sealed class AuditLog(IDbContextFactory<ReviewDbContext> contexts, TimeProvider clock)
{
    public async Task RecordAsync(AuditActor actor, string action, string? target = null, string? before = null,
        string? after = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            ActorId = actor.UserId,
            ActorName = actor.Name,
            Action = action,
            Target = target,
            Before = before,
            After = after,
            RemoteIp = actor.RemoteIp,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
