using System.Collections.Immutable;

namespace ReviewConsole.Engine.Conversations;

/// <summary>
/// Where a conversation stands after its last message. Immutable and small, so the caller can persist it
/// (a restart continues the conversation) and replay history cheaply.
/// </summary>
public sealed record ConversationState
{
    public static ConversationState New { get; } = new();

    public int UserMessages { get; init; }
    public int Warnings { get; init; }

    /// <summary>The user-message numbers (1-based) of the strikes still inside the window.</summary>
    public ImmutableArray<int> Strikes { get; init; } = [];

    public double RunningScore { get; init; }

    /// <summary>The user-message number (1-based) of the last harmful request, or of a follow-up that carried it on; 0 for none.</summary>
    public int LastHarmfulRequest { get; init; }

    /// <summary>
    /// The topic of that request and of the messages that carried it on (<see cref="Signals.MessageAnalysis.Topic"/>): a
    /// question that names it again carries the request on. Empty when the model read none of them.
    /// </summary>
    public ImmutableArray<string> HarmfulTopic { get; init; } = [];
    public bool CrisisActive { get; init; }

    /// <summary>
    /// Every crisis read so far was faint (<see cref="Signals.MessageAnalysis.FaintCrisis"/>: only the model's, no word of
    /// despair): it still safeguards and keeps an end request from ending the conversation, but it does not hold back the
    /// end of a pattern of abuse that follows ("I'm going to find the people who built you" reads as a crisis at 0.44).
    /// </summary>
    public bool CrisisFaint { get; init; }

    /// <summary>A crisis was used as leverage ("…or I'll hurt myself"): the model's later crisis readings here are contested.</summary>
    public bool LeverageSeen { get; init; }

    /// <summary>The user-message number (1-based) of the last message that named only harmless things ("a wasp nest under my shed"); 0 for none.</summary>
    public int ThingsNamedAt { get; init; }

    /// <summary>The user-message number (1-based) of the last message that set a game, story or history frame; 0 for none.</summary>
    public int FramedAt { get; init; }

    /// <summary>The user-message number (1-based) of the last message whose harmful request a story frame lowered; 0 for none.</summary>
    public int FramedHarmAt { get; init; }

    /// <summary>
    /// The user-message number (1-based) of the last message the model was sure spoke of a sensitive topic harmlessly
    /// ("I want to kill the weeds in my lawn") and no rule read as harm; 0 for none.
    /// </summary>
    public int BenignTopicAt { get; init; }

    /// <summary>The user-message number (1-based) of the last message of a few words that carried that topic on; 0 for none.</summary>
    public int BenignTopicCarriedTo { get; init; }

    /// <summary>The user-message number (1-based) of the last message that named a way a death comes ("how long does it take to drown"); 0 for none.</summary>
    public int DeathAskedAt { get; init; }

    /// <summary>The user-message number (1-based) of the last message that tried to override the assistant's rules (a jailbreak read at the harm bar); 0 for none.</summary>
    public int JailbreakAt { get; init; }

    /// <summary>The user-message number (1-based) of the last message a rule read as a threat of violence; 0 for none.</summary>
    public int LastThreat { get; init; }

    /// <summary>The user-message number (1-based) of the last message read as sexual harassment at the harm bar; 0 for none.</summary>
    public int LastSexualAdvance { get; init; }

    /// <summary>The user-message number (1-based) of the last message that told of despair (<see cref="Signals.MessageAnalysis.TellsOfDespair"/>); 0 for none.</summary>
    public int DespairToldAt { get; init; }

    /// <summary>The user-message number (1-based) of the last message that vilified a protected group it named, or carried that on with "them"; 0 for none.</summary>
    public int GroupVilifiedAt { get; init; }

    /// <summary>The group that message named, in its writer's words ("immigrants"); null for none.</summary>
    public string? GroupVilified { get; init; }
    public bool Ended { get; init; }

    /// <summary>Warnings the account already had in earlier sessions (gradual escalation).</summary>
    public static ConversationState ForWarnedAccount(int carriedWarnings) => new() { Warnings = carriedWarnings };
}
