using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Appeals;

public sealed record AppealRow(long Id, string ConversationId, string AccountId, string Text, AppealStatus Status, DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt, string? ResolutionReason, Guid Version);

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
            .Select(a => new AppealRow(a.Id, a.ConversationId, a.AccountId, a.Text, a.Status, a.CreatedAt, a.ResolvedAt, a.ResolutionReason, a.Version))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
