namespace ReviewConsole.Engine.Conversations;

public enum DecisionKind
{
    Continue,
    Warn,
    Terminate,
    /// <summary>Crisis: never terminate; offer resources and alert a human.</summary>
    Safeguard,
    /// <summary>A user message to a conversation that has already ended.</summary>
    Rejected,
}

public enum DecisionReason
{
    None,
    HarmfulMessage,
    SustainedAbuse,
    PersistentAbuse,
    UserRequestedEnd,
    Crisis,
    CrisisSuppressedTermination,
    ConversationEnded,
    AssistantMessage,
}
