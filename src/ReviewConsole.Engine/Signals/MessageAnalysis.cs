using ReviewConsole.Engine.Normalization;
using ReviewConsole.Engine.Semantic;

namespace ReviewConsole.Engine.Signals;

/// <summary>Everything found in one message: its signals and the evasions its text showed.</summary>
public sealed record MessageAnalysis(IReadOnlyList<Signal> Signals, EvasionTraits Evasions)
{
    public static readonly MessageAnalysis Empty = new([], EvasionTraits.None);

    /// <summary>The semantic stage's probabilities, when it read this message (null when it did not run).</summary>
    public SemanticScores? Semantic { get; init; }

    public bool Has(SignalCategory category)
    {
        foreach (var signal in Signals)
        {
            if (signal.Category == category)
            {
                return true;
            }
        }
        return false;
    }
}
