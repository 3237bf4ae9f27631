using Microsoft.EntityFrameworkCore;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Restrictions;

public sealed record RestrictionRow(long Id, string AccountId, RestrictionStatus Status, string Reason, DateTimeOffset CreatedAt,
    DateTimeOffset? DecidedAt, Guid Version, int Terminations, double Risk);

public sealed class RestrictionQueries(IDbContextFactory<ReviewDbContext> contexts)
{
    public const int PageSize = 100;

    /// <summary>Oldest first, on the (AccountId, Status) index's companion scan; restrictions are few next to messages.</summary>
    public async Task<IReadOnlyList<RestrictionRow>> ListAsync(RestrictionStatus status, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Restrictions.AsNoTracking().Where(r => r.Status == status)
            .OrderBy(r => r.CreatedAt).Take(PageSize)
            .Join(db.Accounts, r => r.AccountId, a => a.Id, (r, a) => new RestrictionRow(
                r.Id, r.AccountId, r.Status, r.Reason, r.CreatedAt, r.DecidedAt, r.Version, a.TerminationCount, a.RiskScore))
            .ToListAsync(cancellationToken);
    }
}
