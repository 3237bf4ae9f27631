using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Ingest;

namespace ReviewConsole.Web.Features.Restrictions;

public enum RestrictionAction
{
    Apply,
    Dismiss,
    Lift,
}

public abstract record RestrictionOutcome
{
    public sealed record Done(RestrictionStatus Status) : RestrictionOutcome;
    public sealed record Conflict(string Message) : RestrictionOutcome;
    public sealed record NotFound : RestrictionOutcome;
}

/// <summary>
/// A reviewer applies or dismisses the engine's restriction recommendation, or lifts an applied restriction. Nothing
/// here is automatic: the engine only recommends. The account's state (what the API reports) follows the decision.
/// </summary>
public sealed class RestrictionDecisions(IDbContextFactory<ReviewDbContext> contexts, AuditLog audit, IngestCache ingestCache, TimeProvider clock)
{
    public async Task<RestrictionOutcome> DecideAsync(long restrictionId, Guid expectedVersion, RestrictionAction action, AuditActor actor,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var restriction = await db.Restrictions.SingleOrDefaultAsync(r => r.Id == restrictionId, cancellationToken);
        if (restriction is null)
        {
            return new RestrictionOutcome.NotFound();
        }
        var allowed = action switch
        {
            RestrictionAction.Apply or RestrictionAction.Dismiss => restriction.Status == RestrictionStatus.Recommended,
            _ => restriction.Status == RestrictionStatus.Applied,
        };
        if (restriction.Version != expectedVersion || !allowed)
        {
            return new RestrictionOutcome.Conflict($"This restriction is already {restriction.Status.ToString().ToLowerInvariant()}"
                + (restriction.DecidedAt is { } at ? $" (since {at:yyyy-MM-dd HH:mm} UTC)." : "."));
        }

        var before = restriction.Status;
        restriction.Status = action switch
        {
            RestrictionAction.Apply => RestrictionStatus.Applied,
            RestrictionAction.Dismiss => RestrictionStatus.Dismissed,
            _ => RestrictionStatus.Lifted,
        };
        restriction.DecidedById = actor.UserId;
        restriction.DecidedAt = clock.GetUtcNow();
        restriction.Version = Guid.NewGuid();
        var auditAction = action switch
        {
            RestrictionAction.Apply => AuditActions.RestrictionApplied,
            RestrictionAction.Dismiss => AuditActions.RestrictionDismissed,
            _ => AuditActions.RestrictionLifted,
        };
        audit.Add(db, actor, auditAction, $"account:{restriction.AccountId}",
            JsonSerializer.Serialize(new { restriction = restriction.Id, status = before.ToString() }),
            JsonSerializer.Serialize(new { restriction = restriction.Id, status = restriction.Status.ToString() }));
        // The decision, the account's state and the audit entry commit together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new RestrictionOutcome.Conflict("Another reviewer decided this restriction first; reload to see it.");
        }
        await SyncAccountStateAsync(db, restriction.AccountId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Committed(restriction.AccountId);
        return new RestrictionOutcome.Done(restriction.Status);
    }

    /// <summary>
    /// Lifts the restrictions recommended or applied after a termination that an appeal overturned: they counted it.
    /// Runs in the caller's unit of work; returns what it lifted.
    /// </summary>
    public async Task<IReadOnlyList<AccountRestriction>> LiftCausedByAsync(ReviewDbContext db, string accountId, DateTimeOffset terminatedAt,
        AuditActor actor, CancellationToken cancellationToken)
    {
        var caused = await db.Restrictions
            .Where(r => r.AccountId == accountId && r.CreatedAt >= terminatedAt
                && (r.Status == RestrictionStatus.Recommended || r.Status == RestrictionStatus.Applied))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var restriction in caused)
        {
            restriction.Status = restriction.Status == RestrictionStatus.Applied ? RestrictionStatus.Lifted : RestrictionStatus.Dismissed;
            restriction.DecidedById = actor.UserId;
            restriction.DecidedAt = now;
            restriction.Version = Guid.NewGuid();
        }
        return caused;
    }

    /// <summary>
    /// The account's state is what its restrictions say: restricted if one is applied, else recommended if one waits.
    /// Runs in the caller's transaction; the caller calls <see cref="Committed"/> once it commits.
    /// </summary>
    public async Task SyncAccountStateAsync(ReviewDbContext db, string accountId, CancellationToken cancellationToken)
    {
        var statuses = await db.Restrictions.AsNoTracking().Where(r => r.AccountId == accountId)
            .Select(r => r.Status).Distinct().ToListAsync(cancellationToken);
        var state = statuses.Contains(RestrictionStatus.Applied) ? RestrictionState.Restricted
            : statuses.Contains(RestrictionStatus.Recommended) ? RestrictionState.Recommended
            : RestrictionState.None;
        // Only the reviewer-owned column: ingest owns the counters and risk on the same row.
        await db.Accounts.Where(a => a.Id == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.RestrictionState, state), cancellationToken);
    }

    /// <summary>After a transaction that changed the account's restrictions commits: ingest reads the account again.</summary>
    public void Committed(string accountId) => ingestCache.ForgetAccount(accountId);
}
