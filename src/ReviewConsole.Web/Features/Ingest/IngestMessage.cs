using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Ingest;

/// <summary>One validated message on its way to the engine and the database.</summary>
public sealed record IngestMessage(
    string ConversationId,
    string MessageId,
    string AccountId,
    MessageRole Role,
    string Text,
    int TokenCount,
    DateTimeOffset SentAt,
    string? DeviceFingerprint,
    string? NetworkFingerprint);

/// <summary>The answer to one message, as the chat product receives it.</summary>
public sealed record MessageDecisionResponse(
    string ConversationId,
    string MessageId,
    string Decision,
    string Reason,
    string? Notice,
    int Warnings,
    int Strikes,
    string PolicyVersion,
    bool Replayed);

/// <summary>What became of a message: decided (or replayed), refused because the conversation ended, or refused as inconsistent.</summary>
public abstract record IngestOutcome
{
    public sealed record Decided(MessageDecisionResponse Response) : IngestOutcome;

    public sealed record ConversationEnded(string ConversationId, DateTimeOffset? EndedAt) : IngestOutcome;

    public sealed record Conflict(string Field, string Detail) : IngestOutcome;
}
