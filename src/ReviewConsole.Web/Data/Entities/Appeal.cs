namespace ReviewConsole.Web.Data.Entities;

/// <summary>An end user's request to overturn a termination.</summary>
public sealed class Appeal
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public required string AccountId { get; set; }
    public required string Text { get; set; }
    public AppealStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? ResolvedById { get; set; }
    public string? ResolutionReason { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum AppealStatus
{
    Open = 0,
    Upheld = 1,
    Overturned = 2,
}
