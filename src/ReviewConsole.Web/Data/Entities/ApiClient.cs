namespace ReviewConsole.Web.Data.Entities;

/// <summary>A caller of the ingest API. Only a hash of its key is stored.</summary>
public sealed class ApiClient
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string KeyHash { get; set; }
    /// <summary>The first characters of the key, shown so admins can tell keys apart.</summary>
    public required string KeyPrefix { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
