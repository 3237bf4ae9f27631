using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Engine.Evaluation;

/// <summary>How one replayed conversation ended: its final decision and the user message where it was taken.</summary>
public sealed record ConversationOutcome(string Id, string Label, string? Evasion, bool Terminated, bool Warned, bool Safeguarded,
    DecisionKind FinalDecision, int DecisiveMessage, int UserMessages);
