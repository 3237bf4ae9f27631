using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Features.Overview;

public sealed record OverviewCounts(int Conversations, int PendingReview, int Terminated, int OpenAppeals);

/// <summary>The overview page's four counts, for every role.</summary>
public sealed class OverviewQuery(IDbContextFactory<ReviewDbContext> contexts, IMemoryCache cache)
{
    // Counting a million conversations takes tens of milliseconds: counted once a minute, not on every visit.
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(60);

    public async Task<OverviewCounts> CountAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync("overview-counts", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return new OverviewCounts(
                await db.Conversations.CountAsync(cancellationToken),
                await db.ReviewItems.CountAsync(r => r.Status == ReviewStatus.Pending, cancellationToken),
                // Every termination for abuse opens a review item: counted on the items' index, not by scanning conversations.
                await db.ReviewItems.CountAsync(r => r.Kind == DecisionKind.Terminate, cancellationToken),
                await db.Appeals.CountAsync(a => a.Status == AppealStatus.Open, cancellationToken));
        }))!;
}
