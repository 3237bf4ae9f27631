using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Data.Entities;

/// <summary>A flagged conversation waiting in, or taken out of, the review queue.</summary>
public sealed class ReviewItem
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public Conversation? Conversation { get; set; }
    public required string AccountId { get; set; }
    public long DecisionId { get; set; }
    public EngineDecisionRecord? Decision { get; set; }
    public DecisionKind Kind { get; set; }
    public ReviewStatus Status { get; set; }
    public string? Category { get; set; }
    public int Severity { get; set; }
    /// <summary>Higher first: severity, account risk and age folded into one sortable number.</summary>
    public double Priority { get; set; }
    public required string PolicyVersion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? ClaimedById { get; set; }
    public DateTimeOffset? ClaimExpiresAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedById { get; set; }
    /// <summary>Kept with the item so a reviewer who lost a race is told who labelled it without another look-up.</summary>
    public string? ResolvedByName { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    /// <summary>Every verdict given on the item, the latest last (a second opinion, then the final one).</summary>
    public List<ReviewLabel> Labels { get; set; } = [];
}

public enum ReviewStatus
{
    Pending = 0,
    Labelled = 1,
    Escalated = 2,
    SecondOpinion = 3,
}
