using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Audit;

namespace ReviewConsole.Web.Features.Labels;

/// <summary>
/// How a review item is resolved with a verdict, wherever the verdict comes from (a reviewer's label, an overturned
/// appeal): its status and who resolved it, its claim released, a new version for optimistic concurrency, the label.
/// The caller saves, with its audit entry, in the same transaction.
/// </summary>
public static class ItemResolution
{
    public static void Resolve(ReviewDbContext db, ReviewItem item, ReviewStatus status, AuditActor actor, LabelVerdict verdict,
        FalsePositiveReason? reason, string? note, int secondsSpent, DateTimeOffset now)
    {
        item.Status = status;
        item.ResolvedAt = now;
        item.ResolvedById = actor.UserId;
        item.ResolvedByName = actor.Name;
        item.ClaimedById = null;
        item.ClaimExpiresAt = null;
        item.Version = Guid.NewGuid();
        db.Labels.Add(new ReviewLabel
        {
            ReviewItemId = item.Id,
            ReviewerId = actor.UserId ?? throw new InvalidOperationException("Only a signed-in user resolves a review item."),
            ReviewerName = actor.Name,
            Verdict = verdict,
            FalsePositiveReason = verdict == LabelVerdict.FalsePositive ? reason : null,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            SecondsSpent = Math.Max(0, secondsSpent),
            CreatedAt = now,
        });
    }
}
