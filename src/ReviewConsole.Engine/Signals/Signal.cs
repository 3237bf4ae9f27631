namespace ReviewConsole.Engine.Signals;

/// <summary>A span of the original message, in UTF-16 code units: [Start, End).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>What the engine detected in one message.</summary>
/// <param name="Rule">Which rule fired, for the explanation ("violence-against-person", "privacy-acquaintance", …).</param>
/// <param name="Contexts">Legitimate or claimed contexts seen, and what they did to the confidence.</param>
public sealed record Signal(
    SignalCategory Category,
    Severity Severity,
    double Confidence,
    string Rule,
    IReadOnlyList<TextSpan> Spans,
    IReadOnlyList<string> Contexts);
