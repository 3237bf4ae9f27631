using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ReviewConsole.Web.Data;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Features.Queue;

/// <summary>
/// The review queue, read with keyset paging: each page starts after the last row of the one before, on an index
/// that matches the sort, so page 10,000 costs what page 1 costs (OFFSET would walk every row before it).
/// </summary>
public sealed class ReviewQueue(IDbContextFactory<ReviewDbContext> contexts, IMemoryCache cache, TimeProvider clock)
{
    private const string CountsKey = "review-queue-counts";
    private static readonly TimeSpan CountsLifetime = TimeSpan.FromSeconds(20);

    public async Task<QueuePage> PageAsync(QueueQuery query, QueueCursor? after, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Ordered(After(Filtered(db, query), query.Sort, after), query.Sort)
            .Take(query.PageSize + 1)
            .Select(Row)
            .ToListAsync(cancellationToken);
        var next = rows.Count > query.PageSize ? rows[query.PageSize - 1].Cursor : null;
        return new QueuePage(rows.Count > query.PageSize ? rows[..query.PageSize] : rows, next);
    }

    /// <summary>The first item after <paramref name="after"/> (or the first of all) that nobody else has claimed.</summary>
    public async Task<long?> NextFreeAsync(QueueQuery query, QueueCursor? after, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var free = After(Filtered(db, query), query.Sort, after)
            .Where(r => r.ClaimedById == null || r.ClaimedById == userId || r.ClaimExpiresAt < now);
        return await Ordered(free, query.Sort).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The item just before <paramref name="before"/> in the queue's order, claimed or not.</summary>
    public async Task<long?> PreviousAsync(QueueQuery query, QueueCursor before, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = Filtered(db, query);
        var earlier = query.Sort == QueueSort.Priority
            ? items.Where(r => r.Priority >= before.Priority && (r.Priority > before.Priority || r.Id < before.Id))
                .OrderBy(r => r.Priority).ThenByDescending(r => r.Id)
            : items.Where(r => r.CreatedAt >= before.CreatedAt && (r.CreatedAt > before.CreatedAt || r.Id > before.Id))
                .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id);
        return await earlier.Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<ReviewItemView?> ItemAsync(long itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReviewItems.AsNoTracking().Where(r => r.Id == itemId)
            .Select(r => new ReviewItemView(r.Id, r.ConversationId, r.AccountId, r.Kind, r.Status, r.Category, r.Severity, r.Priority,
                r.PolicyVersion, r.CreatedAt, r.ResolvedByName, r.ResolvedAt, r.Version,
                r.Labels.OrderByDescending(l => l.Id).Select(l => new LatestLabel(l.Verdict, l.FalsePositiveReason, l.Note)).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Items per status, and crisis items waiting: cached briefly, since counting a large table is not free.</summary>
    public async Task<QueueCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CountsKey, out QueueCounts? counts) && counts is not null)
        {
            return counts;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var byStatus = await db.ReviewItems.AsNoTracking().GroupBy(r => r.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var crisis = await db.ReviewItems.AsNoTracking()
            .CountAsync(r => r.Kind == DecisionKind.Safeguard && r.Status == ReviewStatus.Pending, cancellationToken);
        var openAppeals = await db.Appeals.AsNoTracking().CountAsync(a => a.Status == AppealStatus.Open, cancellationToken);
        counts = new QueueCounts(byStatus.ToDictionary(x => x.Status, x => x.Count), crisis, openAppeals, clock.GetUtcNow());
        cache.Set(CountsKey, counts, CountsLifetime);
        return counts;
    }

    /// <summary>After a label or an appeal decision: the next read counts again.</summary>
    public void InvalidateCounts() => cache.Remove(CountsKey);

    private static IQueryable<ReviewItem> Filtered(ReviewDbContext db, QueueQuery query)
    {
        var status = query.EffectiveStatus;
        var items = db.ReviewItems.AsNoTracking().Where(r => r.Status == status);
        if (query.EffectiveKind is { } kind)
        {
            items = items.Where(r => r.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            items = items.Where(r => r.Category == query.Category);
        }
        if (query.MinSeverity is { } severity)
        {
            items = items.Where(r => r.Severity >= severity);
        }
        if (query.From is { } from)
        {
            items = items.Where(r => r.CreatedAt >= from);
        }
        if (query.To is { } to)
        {
            items = items.Where(r => r.CreatedAt < to);
        }
        if (!string.IsNullOrWhiteSpace(query.PolicyVersion))
        {
            items = items.Where(r => r.PolicyVersion == query.PolicyVersion);
        }
        if (!string.IsNullOrWhiteSpace(query.AccountId))
        {
            items = items.Where(r => r.AccountId == query.AccountId);
        }
        return items;
    }

    // Written as "≤ bound and (< bound or past the id)" so the database sees a range on the index, not only an OR.
    private static IQueryable<ReviewItem> After(IQueryable<ReviewItem> items, QueueSort sort, QueueCursor? after) => after switch
    {
        null => items,
        _ when sort == QueueSort.Priority =>
            items.Where(r => r.Priority <= after.Priority && (r.Priority < after.Priority || r.Id > after.Id)),
        _ => items.Where(r => r.CreatedAt <= after.CreatedAt && (r.CreatedAt < after.CreatedAt || r.Id < after.Id)),
    };

    private static IOrderedQueryable<ReviewItem> Ordered(IQueryable<ReviewItem> items, QueueSort sort) => sort == QueueSort.Priority
        ? items.OrderByDescending(r => r.Priority).ThenBy(r => r.Id)
        : items.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id);

    /// <summary>The characters of the decisive message a row shows.</summary>
    public const int ExcerptLength = 160;

    // The excerpt and the latest verdict are read for the page's rows only (the page is keyset-limited first).
    private static readonly System.Linq.Expressions.Expression<Func<ReviewItem, QueueRow>> Row = r => new QueueRow(
        r.Id, r.ConversationId, r.AccountId, r.Kind, r.Status, r.Category, r.Severity, r.Priority, r.PolicyVersion,
        r.CreatedAt, r.ClaimedById, r.ClaimExpiresAt,
        r.Decision!.Message!.Text.Substring(0, ExcerptLength),
        r.Labels.OrderByDescending(l => l.Id).Select(l => (LabelVerdict?)l.Verdict).FirstOrDefault(),
        r.ResolvedByName, r.ResolvedAt);
}

public sealed record ReviewItemView(long Id, string ConversationId, string AccountId, DecisionKind Kind, ReviewStatus Status, string? Category,
    int Severity, double Priority, string PolicyVersion, DateTimeOffset CreatedAt, string? ResolvedBy, DateTimeOffset? ResolvedAt, Guid Version,
    LatestLabel? Latest = null)
{
    public QueueCursor Cursor => new(Priority, CreatedAt, Id);

    /// <summary>"False positive (research): a study — by ana@…, 2026-12-01 14:02 UTC": what was decided, wherever the item appears.</summary>
    public string? VerdictText => Latest is not { } label ? null
        : DisplayNames.VerdictWithReason(label.Verdict, label.Reason, Category)
            + (string.IsNullOrWhiteSpace(label.Note) ? "" : $": {label.Note}")
            + $" — by {ResolvedBy ?? "a reviewer"}" + (ResolvedAt is { } at ? $", {at:yyyy-MM-dd HH:mm} UTC" : "");
}

/// <summary>The verdict an item was given last (a second opinion first, then the final one).</summary>
public sealed record LatestLabel(LabelVerdict Verdict, FalsePositiveReason? Reason, string? Note);

public sealed record QueueCounts(IReadOnlyDictionary<ReviewStatus, int> ByStatus, int CrisisPending, int OpenAppeals, DateTimeOffset CountedAt)
{
    public int Of(ReviewStatus status) => ByStatus.GetValueOrDefault(status);
}
