using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Data.Entities;

/// <summary>What the engine decided for one message, with its explanation and the policy version in force.</summary>
public sealed class EngineDecisionRecord
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public long MessageId { get; set; }
    public Message? Message { get; set; }
    /// <summary>The engine's own kind; a conversation the user ended is a Terminate with the reason UserRequestedEnd.</summary>
    public DecisionKind Kind { get; set; }
    /// <summary>Stored as the engine's enum name ("PersistentAbuse").</summary>
    public DecisionReason Reason { get; set; }
    public string? TopCategory { get; set; }
    public int Severity { get; set; }
    public double Score { get; set; }
    public int Warnings { get; set; }
    public int Strikes { get; set; }
    public required string PolicyVersion { get; set; }
    /// <summary>JSON: the signals, with categories, confidence and matched spans on the original text.</summary>
    public required string ExplanationJson { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
}
