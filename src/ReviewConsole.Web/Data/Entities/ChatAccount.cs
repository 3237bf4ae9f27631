namespace ReviewConsole.Web.Data.Entities;

/// <summary>An end user of the chat product, known only by a pseudonymous id.</summary>
public sealed class ChatAccount
{
    public required string Id { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    /// <summary>The engine's account risk as of <see cref="RiskAsOf"/> (it decays from there).</summary>
    public double RiskScore { get; set; }
    public DateTimeOffset RiskAsOf { get; set; }
    /// <summary>JSON array of the times of recent terminations for abuse (the restriction rule's window).</summary>
    public string? RecentTerminations { get; set; }
    public int ConversationCount { get; set; }
    public int TerminationCount { get; set; }
    public long TotalTokens { get; set; }
    public long AbusiveTokens { get; set; }
    public RestrictionState RestrictionState { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<Conversation> Conversations { get; } = [];
}

public enum RestrictionState
{
    None = 0,
    Recommended = 1,
    Restricted = 2,
}
