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
