namespace ReviewConsole.Web.Data.Entities;

/// <summary>An immutable, published engine policy. Exactly one is current.</summary>
public sealed class PolicyVersionRecord
{
    public int Id { get; set; }
    public required string VersionId { get; set; }
    public required string PolicyJson { get; set; }
    public bool IsCurrent { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public string? Notes { get; set; }
    /// <summary>The semantic model published with this version (a <see cref="SemanticModelRecord"/>); null: the model file the server was started with.</summary>
    public string? ModelVersion { get; set; }
}
