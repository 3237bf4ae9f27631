using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Labels;
using ReviewConsole.Web.Features.Queue;
using ReviewConsole.Web.Features.Restrictions;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Features.Appeals;

public abstract record AppealOutcome
{
    public sealed record Done(AppealStatus Status, int RestrictionsLifted) : AppealOutcome;
    public sealed record Conflict(string Message) : AppealOutcome;
    public sealed record Invalid(string Message) : AppealOutcome;
    public sealed record NotFound : AppealOutcome;
}

/// <summary>
/// A reviewer upholds or overturns an end user's appeal. Overturning marks the termination a false positive (a label,
/// so the backtest and the dashboards see it) and lifts the restrictions that counted it, in one transaction.
/// The chat product reads the outcome from the account status endpoint.
/// </summary>
public sealed class AppealDecisions(IDbContextFactory<ReviewDbContext> contexts, RestrictionDecisions restrictions, AuditLog audit,
    ReviewQueue queue, TimeProvider clock)
{
    public const int MaxReasonLength = 4000;

    public async Task<AppealOutcome> DecideAsync(long appealId, Guid expectedVersion, bool overturn, string? reason, AuditActor actor,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new AppealOutcome.Invalid("Give the reason the user will be told.");
        }
        if (reason.Length > MaxReasonLength)
        {
            return new AppealOutcome.Invalid($"The reason is longer than {MaxReasonLength} characters.");
        }
        if (actor.UserId is null)
        {
            return new AppealOutcome.Invalid("Only a signed-in reviewer can decide an appeal.");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var appeal = await db.Appeals.SingleOrDefaultAsync(a => a.Id == appealId, cancellationToken);
        if (appeal is null)
        {
            return new AppealOutcome.NotFound();
        }
        if (appeal.Version != expectedVersion || appeal.Status != AppealStatus.Open)
        {
            var by = appeal.ResolvedById is null ? null
                : await db.Users.AsNoTracking().Where(u => u.Id == appeal.ResolvedById).Select(u => u.UserName).FirstOrDefaultAsync(cancellationToken);
            return new AppealOutcome.Conflict($"This appeal was already {appeal.Status.ToString().ToLowerInvariant()}"
                + (by is null ? "" : $" by {by}") + (appeal.ResolvedAt is { } at ? $" at {at:yyyy-MM-dd HH:mm} UTC." : "."));
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        appeal.Status = overturn ? AppealStatus.Overturned : AppealStatus.Upheld;
        appeal.ResolvedById = actor.UserId;
        appeal.ResolvedAt = now;
        appeal.ResolutionReason = reason.Trim();
        appeal.Version = Guid.NewGuid();

        IReadOnlyList<AccountRestriction> lifted = [];
        if (overturn)
        {
            await MarkFalsePositiveAsync(db, appeal, actor, now, cancellationToken);
            var terminatedAt = await db.Conversations.AsNoTracking().Where(c => c.Id == appeal.ConversationId)
                .Select(c => c.EndedAt).FirstOrDefaultAsync(cancellationToken) ?? appeal.CreatedAt;
            lifted = await restrictions.LiftCausedByAsync(db, appeal.AccountId, terminatedAt, actor, cancellationToken);
        }
        audit.Add(db, actor, overturn ? AuditActions.AppealOverturned : AuditActions.AppealUpheld, $"appeal:{appeal.Id}",
            JsonSerializer.Serialize(new { status = nameof(AppealStatus.Open) }),
            JsonSerializer.Serialize(new
            {
                status = appeal.Status.ToString(),
                conversation = appeal.ConversationId,
                account = appeal.AccountId,
                reason = appeal.ResolutionReason,
                restrictionsLifted = lifted.Select(r => r.Id).ToArray(),
            }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (lifted.Count > 0)
            {
                await restrictions.SyncAccountStateAsync(db, appeal.AccountId, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            restrictions.Committed(appeal.AccountId);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new AppealOutcome.Conflict("Another reviewer decided this appeal first; reload to see it.");
        }

        queue.InvalidateCounts();
        return new AppealOutcome.Done(appeal.Status, lifted.Count);
    }

    private static async Task MarkFalsePositiveAsync(ReviewDbContext db, Appeal appeal, AuditActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var item = await db.ReviewItems
            .Where(r => r.ConversationId == appeal.ConversationId && r.Kind == DecisionKind.Terminate)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return;
        }
        ItemResolution.Resolve(db, item, ReviewStatus.Labelled, actor, LabelVerdict.FalsePositive, FalsePositiveReason.Other,
            $"Appeal {appeal.Id} overturned: {appeal.ResolutionReason}", secondsSpent: 0, now);
    }
}
