using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Audit;
using ReviewConsole.Web.Features.Queue;

namespace ReviewConsole.Web.Features.Labels;

public sealed record LabelRequest(long ItemId, Guid ExpectedVersion, LabelVerdict Verdict, FalsePositiveReason? Reason, string? Note, int SecondsSpent);

public abstract record LabelOutcome
{
    public sealed record Saved(ReviewStatus Status, Guid Version) : LabelOutcome;
    /// <summary>Someone else changed the item first: nothing was written.</summary>
    public sealed record Conflict(string By, DateTimeOffset? At, ReviewStatus Status) : LabelOutcome;
    public sealed record Invalid(string Message) : LabelOutcome;
    public sealed record NotFound : LabelOutcome;
}

/// <summary>
/// Records a reviewer's verdict. The item's version is checked against the one the reviewer saw, so a label never
/// silently replaces another reviewer's: the loser is told who labelled it and when.
/// </summary>
public sealed class LabelService(IDbContextFactory<ReviewDbContext> contexts, AuditLog audit, ReviewQueue queue, TimeProvider clock)
{
    public const int MaxNoteLength = 4000;

    /// <summary>Statuses that still wait for a verdict: a second opinion and a legal escalation are resolved by a later label.</summary>
    public static bool IsOpen(ReviewStatus status) => status is ReviewStatus.Pending or ReviewStatus.SecondOpinion or ReviewStatus.Escalated;

    public static string? Validate(LabelVerdict verdict, FalsePositiveReason? reason, string? note, bool crisis)
    {
        if (verdict == LabelVerdict.FalsePositive && reason is null)
        {
            return "Choose why this was a false positive.";
        }
        if (verdict == LabelVerdict.FalsePositive && reason == FalsePositiveReason.Other && string.IsNullOrWhiteSpace(note))
        {
            return "Say in the note why this was a false positive.";
        }
        if ((verdict == LabelVerdict.ImminentRisk || reason == FalsePositiveReason.NotACrisis) && !crisis)
        {
            return "Imminent risk and 'not a crisis' are verdicts on crisis items only.";
        }
        if (verdict == LabelVerdict.FalsePositive && crisis && reason != FalsePositiveReason.NotACrisis)
        {
            return "A crisis item's false positive is 'not a crisis'.";
        }
        if (note is { Length: > MaxNoteLength })
        {
            return $"The note is longer than {MaxNoteLength} characters.";
        }
        return null;
    }

    public async Task<LabelOutcome> LabelAsync(LabelRequest request, AuditActor actor, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is null)
        {
            return new LabelOutcome.Invalid("Only a signed-in reviewer can label.");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.ReviewItems.SingleOrDefaultAsync(r => r.Id == request.ItemId, cancellationToken);
        if (item is null)
        {
            return new LabelOutcome.NotFound();
        }
        if (Validate(request.Verdict, request.Reason, request.Note, DisplayNames.IsCrisis(item.Category)) is { } problem)
        {
            return new LabelOutcome.Invalid(problem);
        }
        if (item.Version != request.ExpectedVersion || !IsOpen(item.Status))
        {
            return Conflict(item);
        }

        var before = item.Status;
        var status = request.Verdict switch
        {
            LabelVerdict.EscalateToLegal or LabelVerdict.ImminentRisk => ReviewStatus.Escalated,
            LabelVerdict.SecondOpinion => ReviewStatus.SecondOpinion,
            _ => ReviewStatus.Labelled,
        };
        ItemResolution.Resolve(db, item, status, actor, request.Verdict, request.Reason, request.Note, request.SecondsSpent, clock.GetUtcNow());
        audit.Add(db, actor, AuditActions.ReviewLabelled, $"review-item:{item.Id}",
            JsonSerializer.Serialize(new { status = before.ToString() }),
            JsonSerializer.Serialize(new
            {
                status = item.Status.ToString(),
                verdict = request.Verdict.ToString(),
                reason = request.Verdict == LabelVerdict.FalsePositive ? request.Reason?.ToString() : null,
                note = request.Note,
                seconds = request.SecondsSpent,
            }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            var winner = await fresh.ReviewItems.AsNoTracking().SingleAsync(r => r.Id == request.ItemId, cancellationToken);
            return Conflict(winner);
        }

        queue.InvalidateCounts();
        return new LabelOutcome.Saved(item.Status, item.Version);
    }

    private static LabelOutcome.Conflict Conflict(ReviewItem item) =>
        new(item.ResolvedByName ?? "another reviewer", item.ResolvedAt, item.Status);
}
