namespace ReviewConsole.Web.Data.Entities;

/// <summary>An admin's candidate policy, not yet published, with the last backtest run on it.</summary>
public sealed class PolicyDraft
{
    public long Id { get; set; }
    /// <summary>One working draft per admin.</summary>
    public required string OwnerId { get; set; }
    public required string PolicyJson { get; set; }
    public string? BacktestJson { get; set; }
    public DateTimeOffset? BacktestAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
