namespace ReviewConsole.Web.Data.Entities;

/// <summary>
/// A semantic model trained by this console (Retrain from labels): the heads as the model file stores them, kept so a
/// policy version can name the model it was published with and a rollback can restore it.
/// </summary>
public sealed class SemanticModelRecord
{
    public int Id { get; set; }
    public required string Version { get; set; }
    public required string Encoder { get; set; }
    /// <summary>The model file's JSON (heads, thresholds, gate; ≈300 KB). The encoder comes from its package.</summary>
    public required string ModelJson { get; set; }
    /// <summary>How many reviewers' labels became training examples, and of which labels, for the versions list.</summary>
    public required string Summary { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedById { get; set; }
}
