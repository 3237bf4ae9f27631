using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Semantic;

/// <summary>The classes a semantic model tells apart, and the signal category each harmful one becomes.</summary>
public static class SemanticLabels
{
    public const string Benign = "benign";
    public const string BenignSensitive = "benign-sensitive";
    public const string UnsafeRequest = "unsafe-request";
    public const string Jailbreak = "jailbreak";
    public const string Harassment = "harassment";
    public const string SexualHarassment = "sexual-harassment";
    public const string Profanity = "profanity";
    public const string Crisis = "self-harm-crisis";
    public const string EndRequest = "end-request";

    /// <summary>
    /// Not a class the heads predict: the summed probability of the abusive labels (<see cref="Pooled"/>), which has
    /// thresholds of its own. A hateful generalisation about a group can read 0.46 unsafe-request and 0.39 harassment: each label alone
    /// stays under its bar though the model is sure the message is abusive.
    /// </summary>
    public const string AnyHarm = "any-harm";

    /// <summary>The labels whose probabilities <see cref="AnyHarm"/> adds up (profanity is crude, not abusive, by itself).</summary>
    public static IReadOnlyList<string> Pooled { get; } = [UnsafeRequest, Jailbreak, Harassment, SexualHarassment];

    /// <summary>The labels of abuse aimed at someone: harassment, sexual harassment, profanity, harmful requests.</summary>
    public static IReadOnlyList<string> Abusive { get; } = [UnsafeRequest, Harassment, SexualHarassment, Profanity];

    public static IReadOnlyList<string> All { get; } =
        [Benign, BenignSensitive, UnsafeRequest, Jailbreak, Harassment, SexualHarassment, Profanity, Crisis, EndRequest];

    /// <summary>The signal a label raises, or null for the two benign labels.</summary>
    public static SignalCategory? CategoryOf(string label) => label switch
    {
        UnsafeRequest => SignalCategory.HarmfulRequest,
        Jailbreak => SignalCategory.Jailbreak,
        Harassment => SignalCategory.Harassment,
        SexualHarassment => SignalCategory.SexualHarassment,
        Profanity => SignalCategory.Profanity,
        Crisis => SignalCategory.Crisis,
        EndRequest => SignalCategory.EndRequest,
        _ => null,
    };

    public static Severity SeverityOf(string label) => label switch
    {
        Profanity => Severity.Low,
        _ => Severity.High,
    };
}
