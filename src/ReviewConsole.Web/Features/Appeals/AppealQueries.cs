using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Queue;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Features.Appeals;

public sealed record AppealRow(long Id, string ConversationId, string AccountId, string Text, AppealStatus Status, DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt, string? ResolutionReason, Guid Version, string? ResolvedBy = null);

/// <summary>A reviewer's verdict on the termination an appeal is about, in the words of its item's category.</summary>
public sealed record TerminationVerdict(LabelVerdict Verdict, FalsePositiveReason? Reason, string? Note, string ReviewerName, DateTimeOffset At, string? Category)
{
    public string Text => DisplayNames.VerdictWithReason(Verdict, Reason, Category);
}

/// <summary>The appeals queue: oldest open appeal first (the user has waited longest), on the (Status, CreatedAt) index.</summary>
public sealed class AppealQueries(IDbContextFactory<ReviewDbContext> contexts)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<AppealRow>> ListAsync(AppealStatus status, DateTimeOffset? after, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var appeals = db.Appeals.AsNoTracking().Where(a => a.Status == status);
        if (after is { } start)
        {
            appeals = appeals.Where(a => a.CreatedAt > start);
        }
        return await appeals.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).Take(PageSize)
            .Select(a => new AppealRow(a.Id, a.ConversationId, a.AccountId, a.Text, a.Status, a.CreatedAt, a.ResolvedAt, a.ResolutionReason, a.Version))
            .ToListAsync(cancellationToken);
    }

    public async Task<AppealRow?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Appeals.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new AppealRow(a.Id, a.ConversationId, a.AccountId, a.Text, a.Status, a.CreatedAt, a.ResolvedAt, a.ResolutionReason, a.Version,
                db.Users.Where(u => u.Id == a.ResolvedById).Select(u => u.Email).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Every verdict on the conversation's termination, oldest first: the original one, and an overturn's.</summary>
    public async Task<IReadOnlyList<TerminationVerdict>> VerdictsAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (from item in db.ReviewItems
                      where item.ConversationId == conversationId && item.Kind == DecisionKind.Terminate
                      join label in db.Labels on item.Id equals label.ReviewItemId
                      orderby label.Id
                      select new TerminationVerdict(label.Verdict, label.FalsePositiveReason, label.Note, label.ReviewerName, label.CreatedAt, item.Category))
            .AsNoTracking().ToListAsync(cancellationToken);
    }
}
