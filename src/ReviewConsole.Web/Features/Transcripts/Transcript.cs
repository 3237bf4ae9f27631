using ReviewConsole.Engine.Conversations;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Ingest;

namespace ReviewConsole.Web.Features.Transcripts;

/// <summary>A conversation as the reviewer reads it: every message, with the engine's decisions beside them.</summary>
public sealed record Transcript(
    string ConversationId,
    string AccountId,
    ConversationStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    long TotalTokens,
    TranscriptMessage[] Messages,
    IReadOnlyList<TimelineEntry> Timeline)
{
    /// <summary>
    /// The message a review item of this kind is about: the termination (there is one), the first safeguard (the one
    /// that opened the item), otherwise the last decision of the kind; null when the conversation has none.
    /// </summary>
    public int? DecisiveSequence(DecisionKind kind)
    {
        var entries = Timeline.Where(e => e.Kind == kind);
        var entry = kind == DecisionKind.Safeguard ? entries.FirstOrDefault() : entries.LastOrDefault();
        return entry?.Sequence;
    }
}

public sealed record TranscriptMessage(
    long Id,
    int Sequence,
    MessageRole Role,
    string Text,
    DateTimeOffset SentAt,
    int TokenCount,
    DecisionKind Decision,
    DecisionReason Reason,
    double Score,
    IReadOnlyList<HighlightSpan> Highlights)
{
    /// <summary>The user's own request to end: the conversation ended, but not for harm.</summary>
    public bool EndedByUser => Decision == DecisionKind.Terminate && Reason == DecisionReason.UserRequestedEnd;

    /// <summary>Blurred until revealed: the user messages the engine acted on (harm, or a person in crisis).</summary>
    public bool IsSevere => Role == MessageRole.User && !EndedByUser && Decision is DecisionKind.Warn or DecisionKind.Terminate or DecisionKind.Safeguard;
}

/// <summary>A matched span, in UTF-16 offsets of the text as the user typed it.</summary>
public sealed record HighlightSpan(int Start, int End, string Category);

/// <summary>One decision of the engine: which message, which signals, the score against the thresholds, the policy.</summary>
public sealed record TimelineEntry(
    long MessageId,
    int Sequence,
    DecisionKind Kind,
    DecisionReason Reason,
    string? Category,
    double Score,
    int Warnings,
    int Strikes,
    string PolicyVersion,
    DateTimeOffset DecidedAt,
    DecisionExplanation? Explanation)
{
    public string KindText => TranscriptQuery.KindText(Kind, Reason);

    public string ReasonText => TranscriptQuery.ReasonText(Reason);
}
