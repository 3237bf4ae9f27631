namespace ReviewConsole.Web.Data.Entities;

/// <summary>Append-only: no code path updates or deletes an entry.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorId { get; set; }
    public required string ActorName { get; set; }
    public required string Action { get; set; }
    public string? Target { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? RemoteIp { get; set; }
}
