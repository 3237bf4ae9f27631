using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Audit;

namespace ReviewConsole.Web.Features.Wellness;

/// <summary>
/// Protects reviewers from needless exposure: their blur level, and how many severe messages they revealed today
/// (shown to them, so the number is theirs to act on).
/// </summary>
public sealed class ReviewerWellness(IDbContextFactory<ReviewDbContext> contexts, AuditLog audit, TimeProvider clock)
{
    public static string BlurCss(BlurLevel level) => level switch
    {
        BlurLevel.Off => "none",
        BlurLevel.Light => "blur(3px)",
        _ => "blur(8px)",
    };

    public async Task<BlurLevel> BlurLevelAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.BlurLevel).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task SetBlurLevelAsync(AuditActor actor, BlurLevel level, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var before = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.BlurLevel).FirstOrDefaultAsync(cancellationToken);
        await db.Users.Where(u => u.Id == actor.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.BlurLevel, level), cancellationToken);
        audit.Add(db, actor, AuditActions.BlurLevelChanged, $"user:{actor.Name}", before.ToString(), level.ToString());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> RevealedTodayAsync(string userId, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReviewerExposures.AsNoTracking().Where(e => e.UserId == userId && e.Day == today)
            .Select(e => e.Revealed).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Counts severe messages revealed and audits the reveal; returns today's total.</summary>
    public async Task<int> RecordRevealAsync(AuditActor actor, string conversationId, int messages, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is null || messages <= 0)
        {
            return 0;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The count and the audit entry commit together; a second try when another circuit of the same reviewer
        // created today's row first.
        for (var attempt = 0; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var updated = await db.ReviewerExposures.Where(e => e.UserId == actor.UserId && e.Day == today)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Revealed, e => e.Revealed + messages), cancellationToken);
            if (updated == 0)
            {
                db.ReviewerExposures.Add(new ReviewerExposure { UserId = actor.UserId, Day = today, Revealed = messages });
            }
            audit.Add(db, actor, AuditActions.ContentRevealed, $"conversation:{conversationId}", null, $"{messages} message(s)");
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                db.ChangeTracker.Clear();
            }
        }
        return await db.ReviewerExposures.AsNoTracking().Where(e => e.UserId == actor.UserId && e.Day == today)
            .Select(e => e.Revealed).FirstAsync(cancellationToken);
    }
}
