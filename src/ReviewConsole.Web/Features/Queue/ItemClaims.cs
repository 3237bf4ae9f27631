using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Features.Audit;

namespace ReviewConsole.Web.Features.Queue;

/// <summary>
/// Opening an item claims it for a while, so two reviewers do not work the same item. A claim is a lease: it expires
/// by itself, and the holder renews it by opening the item again. One conditional UPDATE decides a race.
/// </summary>
public sealed class ItemClaims(IDbContextFactory<ReviewDbContext> contexts, AuditLog audit, TimeProvider clock)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>Claims the item for <paramref name="actor"/>; the claim and its audit entry commit together.</summary>
    public async Task<ClaimResult> ClaimAsync(long itemId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var userId = actor.UserId ?? throw new ArgumentException("Only a signed-in reviewer can claim an item.", nameof(actor));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var until = now + Lease;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var claimed = await db.ReviewItems
                .Where(r => r.Id == itemId && (r.ClaimedById == null || r.ClaimedById == userId || r.ClaimExpiresAt < now))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedById, userId).SetProperty(r => r.ClaimExpiresAt, until), cancellationToken);
            if (claimed == 1)
            {
                audit.Add(db, actor, AuditActions.ReviewItemClaimed, $"review-item:{itemId}", null, $"until {until:O}");
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new ClaimResult(true, null, until);
            }
        }
        var holder = await db.ReviewItems.AsNoTracking().Where(r => r.Id == itemId)
            .Select(r => new { r.ClaimedById, r.ClaimExpiresAt }).FirstOrDefaultAsync(cancellationToken);
        if (holder?.ClaimedById is null)
        {
            return new ClaimResult(false, null, null);
        }
        var name = await db.Users.AsNoTracking().Where(u => u.Id == holder.ClaimedById)
            .Select(u => u.UserName).FirstOrDefaultAsync(cancellationToken);
        return new ClaimResult(false, name ?? "another reviewer", holder.ClaimExpiresAt);
    }

    public async Task ReleaseAsync(long itemId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ReviewItems.Where(r => r.Id == itemId && r.ClaimedById == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedById, (string?)null).SetProperty(r => r.ClaimExpiresAt, (DateTimeOffset?)null), cancellationToken);
    }
}

/// <param name="Claimed">True when the caller now holds the item.</param>
/// <param name="HeldBy">Who holds it otherwise (null when the item does not exist).</param>
public sealed record ClaimResult(bool Claimed, string? HeldBy, DateTimeOffset? Until);
