namespace ReviewConsole.Web.Data.Entities;

/// <summary>
/// Something two accounts have in common (a device, a network, a near-identical flagged message), found by the
/// engine's coordination detector. Stored once per pair and kind, the smaller account id first.
/// </summary>
public sealed class AccountLink
{
    public long Id { get; set; }
    public required string AccountId { get; set; }
    public required string LinkedAccountId { get; set; }
    public LinkKind Kind { get; set; }
    public required string Evidence { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}

public enum LinkKind
{
    SharedDevice = 0,
    SharedNetwork = 1,
    NearDuplicateMessages = 2,
}
