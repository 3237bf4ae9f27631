using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Audit;

/// <summary>
/// Appends to the audit log. It has no update or delete: entries are written once and kept. A change and its entry
/// commit together: <see cref="Add"/> puts the entry in the unit of work of the change it records; only an event that
/// changes nothing (a sign-in, an export, a training started) is recorded on its own with <see cref="RecordAsync"/>.
/// </summary>
public sealed class AuditLog(IDbContextFactory<ReviewDbContext> contexts, TimeProvider clock)
{
    /// <summary>Adds the entry to <paramref name="db"/>: it is saved by the same SaveChanges (or transaction) as the change.</summary>
    public void Add(ReviewDbContext db, AuditActor actor, string action, string? target = null, string? before = null, string? after = null) =>
        db.AuditEntries.Add(Entry(actor, action, target, before, after));

    /// <summary>Records an event that changes nothing else, in a unit of work of its own.</summary>
    public async Task RecordAsync(AuditActor actor, string action, string? target = null, string? before = null,
        string? after = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(Entry(actor, action, target, before, after));
        await db.SaveChangesAsync(cancellationToken);
    }

    private AuditEntry Entry(AuditActor actor, string action, string? target, string? before, string? after) => new()
    {
        At = clock.GetUtcNow(),
        ActorId = actor.UserId,
        ActorName = actor.Name,
        Action = action,
        Target = target,
        Before = before,
        After = after,
        RemoteIp = actor.RemoteIp,
    };
}
