using ReviewConsole.Engine.Conversations;
using ReviewConsole.Web.Data.Entities;

namespace ReviewConsole.Web.Features.Queue;

/// <summary>Which engine decisions a reviewer must see, and the review item each one opens.</summary>
public static class ReviewItemRule
{
    /// <summary>Terminations for abuse, and the first safeguard of a conversation (later ones repeat it).</summary>
    public static bool Opens(Decision decision, bool crisisSeenBefore) =>
        decision.Reason == DecisionReason.PersistentAbuse || (decision.Reason == DecisionReason.Crisis && !crisisSeenBefore);

    /// <summary>A pending item for a stored decision, prioritised by its kind, severity and the account's risk.</summary>
    public static ReviewItem ItemFor(EngineDecisionRecord record, string accountId, double accountRisk, DateTimeOffset now) => new()
    {
        ConversationId = record.ConversationId,
        AccountId = accountId,
        Decision = record,
        Kind = record.Kind,
        Status = ReviewStatus.Pending,
        Category = record.TopCategory,
        Severity = record.Severity,
        Priority = ReviewPriority.Of(record.Kind, record.Severity, accountRisk),
        PolicyVersion = record.PolicyVersion,
        // When the decision was made (imports and the demo world replay history), never in the future.
        CreatedAt = record.DecidedAt < now ? record.DecidedAt : now,
    };
}
