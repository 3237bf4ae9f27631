using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Data.Entities;

public sealed class Message
{
    public long Id { get; set; }
    /// <summary>The chat product's own message id: the idempotency key of ingest.</summary>
    public required string ExternalId { get; set; }
    public required string ConversationId { get; set; }
    public Conversation? Conversation { get; set; }
    public int Sequence { get; set; }
    public MessageRole Role { get; set; }
    /// <summary>Stored exactly as received: an evasion is evidence.</summary>
    public required string Text { get; set; }
    public int TokenCount { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public string? DeviceFingerprint { get; set; }
    public string? NetworkFingerprint { get; set; }

    // The engine's answer to this message, kept so a retried message gets exactly the first answer.
    public DecisionKind Decision { get; set; }
    /// <summary>Stored as the engine's enum name ("PersistentAbuse"): readable in the database, safe when the enum grows.</summary>
    public DecisionReason Reason { get; set; }
    public double Score { get; set; }
    public int Warnings { get; set; }
    public int Strikes { get; set; }
    public required string PolicyVersion { get; set; }
}

public enum MessageRole
{
    User = 0,
    Assistant = 1,
}
