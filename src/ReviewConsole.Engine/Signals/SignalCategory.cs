namespace ReviewConsole.Engine.Signals;

public enum SignalCategory
{
    HarmfulRequest,
    ViolentThreat,
    Harassment,
    Profanity,
    SexualHarassment,
    Coercion,
    Jailbreak,
    PromptInjection,
    EndRequest,
    Crisis,
    Obfuscation,
}

public enum Severity
{
    Low = 1,
    Medium = 2,
    High = 3,
    Severe = 4,
}
