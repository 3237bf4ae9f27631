using ReviewConsole.Engine.Accounts;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Policies;

namespace ReviewConsole.Web.Features.Ingest;

/// <summary>
/// One validated message on its way to the engine and the database. <see cref="Analysis"/> and <see cref="Signature"/>
/// are filled by <see cref="Prepared"/> before the message is queued.
/// </summary>
public sealed record IngestMessage(
    string ConversationId,
    string MessageId,
    string AccountId,
    MessageRole Role,
    string Text,
    int TokenCount,
    DateTimeOffset SentAt,
    string? DeviceFingerprint,
    string? NetworkFingerprint)
{
    public MessageAnalysis? Analysis { get; private init; }

    public NearDuplicateSignature? Signature { get; private init; }

    /// <summary>With the model counted from the next message: the gate's probability, which ranks what waits for the encoder.</summary>
    public float Suspicion { get; private init; }

    /// <summary>
    /// The message with its text analysed. The analysis depends on the text alone, so it is done by the caller, in
    /// parallel, and the single writer, which must decide messages one at a time, only applies it to the conversation.
    /// With the model's reading counted from the next message, the rules alone analyse it here.
    /// </summary>
    public IngestMessage Prepared(PolicyInForce inForce)
    {
        if (Role != MessageRole.User || Analysis is not null)
        {
            return this;
        }
        var analysis = inForce.ModelLater ? inForce.Engine.Analyzer.Analyze(Text, (SemanticScores?)null) : inForce.Engine.Analyze(Text);
        // Here, on the callers' threads, not on the single writer's.
        var suspicion = inForce.ModelLater && inForce.Semantic?.Model.Gate is { } gate ? gate.Probability(SemanticStage.Prepare(Text)) : 0f;
        // Only a message with a signal can be flagged, and only flagged messages are compared as near-duplicates.
        return this with { Analysis = analysis, Signature = analysis.Signals.Count > 0 ? NearDuplicateSignature.Of(Text) : null, Suspicion = suspicion };
    }
}

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

    /// <summary>
    /// The writer did not answer within the deadline. <paramref name="Stored"/> false: the message was withdrawn before
    /// the writer took it, nothing is stored; true: its transaction is under way, and a retry returns its decision.
    /// </summary>
    public sealed record Unavailable(bool Stored, TimeSpan RetryAfter) : IngestOutcome;
}
