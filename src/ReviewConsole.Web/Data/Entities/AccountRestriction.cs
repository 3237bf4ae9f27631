namespace ReviewConsole.Web.Data.Entities;

/// <summary>A restriction the engine recommended for a repeat offender; a reviewer applies or dismisses it.</summary>
public sealed class AccountRestriction
{
    public long Id { get; set; }
    public required string AccountId { get; set; }
    public RestrictionStatus Status { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? DecidedById { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum RestrictionStatus
{
    Recommended = 0,
    Applied = 1,
    Dismissed = 2,
    Lifted = 3,
}
