using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Conversations;

/// <summary>The thresholds in force when a decision was made, so its explanation stands on its own.</summary>
/// <param name="StrikeThreshold">The score that strikes once the warnings are spent (the policy's strike bar).</param>
public sealed record ThresholdsInForce(double HarmThreshold, int WarningsBeforeStrikes, int StrikesToTerminate, int StrikeWindowMessages, double SustainedThreshold,
    double StrikeThreshold = 0.5);

/// <summary>What the engine decided for one message, and why.</summary>
public sealed record Decision(
    DecisionKind Kind,
    DecisionReason Reason,
    double MessageScore,
    double RunningScore,
    int Warnings,
    int Strikes,
    string PolicyVersion,
    ThresholdsInForce Thresholds,
    MessageAnalysis Analysis,
    string? UserNotice)
{
    public Signal? TopSignal
    {
        get
        {
            Signal? top = null;
            foreach (var signal in Analysis.Signals)
            {
                if (top is null || signal.Severity > top.Severity || (signal.Severity == top.Severity && signal.Confidence > top.Confidence))
                {
                    top = signal;
                }
            }
            return top;
        }
    }

    /// <summary>One plain sentence a reviewer can read: what happened and against which thresholds.</summary>
    public string Explain()
    {
        var model = Analysis.Semantic is { } scores ? $" Model {scores.ModelVersion}: {scores.Top.Label} {scores.Top.Probability:0.00}." : "";
        return ExplainRules() + model;
    }

    // A strike may be counted below the harm threshold, against the strike bar in force (never above the harm threshold).
    private double WarnedAgainst => MessageScore >= Thresholds.HarmThreshold || Reason != DecisionReason.HarmfulMessage
        ? Thresholds.HarmThreshold
        : Thresholds.StrikeThreshold;

    private string ExplainRules()
    {
        var top = TopSignal;
        var what = top is null ? "no signal" : $"{top.Category} ({top.Rule}, severity {top.Severity}, confidence {top.Confidence:0.00})";
        return Kind switch
        {
            DecisionKind.Continue => $"Continued: {what}; score {MessageScore:0.00} below {Thresholds.HarmThreshold:0.00}.",
            DecisionKind.Warn => $"Warned ({Reason}): {what}; score {MessageScore:0.00} ≥ {WarnedAgainst:0.00}; warnings {Warnings}, strikes {Strikes}/{Thresholds.StrikesToTerminate} within {Thresholds.StrikeWindowMessages} messages; policy {PolicyVersion}.",
            DecisionKind.Terminate => Reason == DecisionReason.UserRequestedEnd
                ? $"Ended at the user's request; policy {PolicyVersion}."
                : $"Terminated after {Strikes} strikes following {Warnings} warning(s) within {Thresholds.StrikeWindowMessages} messages: {what}; policy {PolicyVersion}.",
            DecisionKind.Safeguard => Reason == DecisionReason.CrisisSuppressedTermination
                ? $"Safeguarded: termination suppressed because a crisis was seen earlier; {what}; policy {PolicyVersion}."
                : $"Safeguarded: possible crisis — resources offered, a human alerted; {what}; policy {PolicyVersion}.",
            _ => "Rejected: the conversation has ended.",
        };
    }
}
