namespace ReviewConsole.Engine.Conversations;

/// <summary>What the chat product shows the user with each decision.</summary>
public static class UserNotices
{
    public const string Warning =
        "This conversation is heading somewhere I can't go. Please change course — if this continues, the conversation will be ended.";

    public const string Termination =
        "This conversation has been ended after repeated messages that break the usage policy. You can start a new conversation; this one stays readable.";

    public const string EndedAtRequest = "This conversation has been ended, as you asked. You can start a new one at any time.";

    public const string CrisisResources =
        "It sounds like you may be going through something very hard. You don't have to face it alone: if you are in danger, call your local emergency number; " +
        "in the US you can call or text 988 (Suicide & Crisis Lifeline), in the UK and Ireland call Samaritans on 116 123, or find a helpline at findahelpline.com. " +
        "A member of our team has been alerted.";

    public const string ConversationEnded = "This conversation has ended. Start a new conversation to continue.";

    /// <summary>The notice that goes with a decision; null when the user is shown nothing.</summary>
    public static string? For(DecisionKind kind, DecisionReason reason) => kind switch
    {
        DecisionKind.Warn => Warning,
        DecisionKind.Terminate => reason == DecisionReason.UserRequestedEnd ? EndedAtRequest : Termination,
        DecisionKind.Safeguard => CrisisResources,
        DecisionKind.Rejected => ConversationEnded,
        _ => null,
    };
}
