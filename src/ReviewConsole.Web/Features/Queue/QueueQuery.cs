using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Features.Queue;

public enum QueueView
{
    /// <summary>Everything waiting, crisis items first (their priority puts them there).</summary>
    All,
    /// <summary>Safeguard items only: a person may be in danger.</summary>
    Crisis,
    /// <summary>Items escalated: to legal review, or a crisis at imminent risk (crisis items first, by priority).</summary>
    Legal,
}

public enum QueueSort
{
    Priority,
    Newest,
}

/// <summary>What the reviewer asked the queue for. Every filter is optional; the view fixes status or kind.</summary>
public sealed record QueueQuery
{
    public QueueView View { get; init; } = QueueView.All;
    public ReviewStatus? Status { get; init; } = ReviewStatus.Pending;
    public DecisionKind? Kind { get; init; }
    public string? Category { get; init; }
    public int? MinSeverity { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public string? PolicyVersion { get; init; }
    public string? AccountId { get; init; }
    public QueueSort Sort { get; init; } = QueueSort.Priority;
    public int PageSize { get; init; } = 25;

    /// <summary>The status the view implies: the legal view is the escalated items, whatever the filter says.</summary>
    public ReviewStatus EffectiveStatus => View == QueueView.Legal ? ReviewStatus.Escalated : Status ?? ReviewStatus.Pending;

    public DecisionKind? EffectiveKind => View == QueueView.Crisis ? DecisionKind.Safeguard : Kind;
}

/// <summary>Where a page starts: the sort key and id of the last row of the page before it.</summary>
public sealed record QueueCursor(double Priority, DateTimeOffset CreatedAt, long Id);

public sealed record QueueRow(
    long Id,
    string ConversationId,
    string AccountId,
    DecisionKind Kind,
    ReviewStatus Status,
    string? Category,
    int Severity,
    double Priority,
    string PolicyVersion,
    DateTimeOffset CreatedAt,
    string? ClaimedById,
    DateTimeOffset? ClaimExpiresAt,
    string? Excerpt,
    LabelVerdict? Verdict,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt)
{
    public QueueCursor Cursor => new(Priority, CreatedAt, Id);

    public bool IsClaimedByOther(string userId, DateTimeOffset now) =>
        ClaimedById is not null && ClaimedById != userId && ClaimExpiresAt > now;
}

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, QueueCursor? Next);
