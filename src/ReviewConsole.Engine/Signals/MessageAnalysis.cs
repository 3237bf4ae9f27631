using ReviewConsole.Engine.Normalization;

namespace ReviewConsole.Engine.Signals;

/// <summary>Everything found in one message: its signals and the evasions its text showed.</summary>
public sealed record MessageAnalysis(IReadOnlyList<Signal> Signals, EvasionTraits Evasions)
{
    public static readonly MessageAnalysis Empty = new([], EvasionTraits.None);

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
