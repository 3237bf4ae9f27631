using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Features.Queue;

/// <summary>
/// One sortable number for the queue: safeguards (a person may be in danger) above everything, then severity, then
/// the account's risk. Age is the tie-breaker in the queue's own sort, not part of the number, so it never drifts.
/// </summary>
public static class ReviewPriority
{
    public static double Of(DecisionKind kind, int severity, double accountRisk)
    {
        var crisis = kind == DecisionKind.Safeguard ? 1000 : 0;
        return Math.Round(crisis + severity * 100 + Math.Min(accountRisk, 99.99), 2);
    }
}
