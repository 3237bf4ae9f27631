using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Conversations;

/// <summary>
/// Decides, message by message, whether a conversation continues, is warned, is terminated or is safeguarded.
/// The rules: one harmful message only ever warns; strikes count after the configured warnings; termination
/// needs the configured strikes within the window; a crisis suppresses termination for the rest of the
/// conversation; a user may ask to end it; after termination further user messages are rejected.
/// </summary>
public sealed class TerminationEngine
{
    private readonly MessageAnalyzer analyzer;
    private readonly ThresholdsInForce thresholds;

    public TerminationEngine(TerminationPolicy policy, MessageAnalyzer? analyzer = null)
    {
        Policy = policy.EnsureValid();
        this.analyzer = analyzer ?? new MessageAnalyzer();
        thresholds = new ThresholdsInForce(policy.HarmThreshold, policy.WarningsBeforeStrikes, policy.StrikesToTerminate,
            policy.StrikeWindowMessages, policy.SustainedThreshold);
    }

    public TerminationPolicy Policy { get; }

    public (Decision Decision, ConversationState State) DecideUserMessage(ConversationState state, string text) =>
        Decide(state, analyzer.Analyze(text));

    /// <summary>
    /// What <see cref="Decide"/> needs from a message's text. It depends on the text alone, not on the conversation, so
    /// callers may analyse messages ahead and in parallel, then decide them in order.
    /// </summary>
    public MessageAnalysis Analyze(string text) => analyzer.Analyze(text);

    /// <summary>Assistant turns are context, not behaviour: they never change the state.</summary>
    public Decision AssistantMessage(ConversationState state) =>
        Make(DecisionKind.Continue, DecisionReason.AssistantMessage, 0, state, MessageAnalysis.Empty, null);

    public (Decision Decision, ConversationState State) Decide(ConversationState state, MessageAnalysis analysis)
    {
        if (state.Ended)
        {
            return (Make(DecisionKind.Rejected, DecisionReason.ConversationEnded, 0, state, analysis, UserNotices.ConversationEnded), state);
        }

        var messageNumber = state.UserMessages + 1;
        var score = Score(analysis);
        var running = state.RunningScore * Policy.Decay + score;
        var next = state with { UserMessages = messageNumber, RunningScore = running };

        if (Strongest(analysis, SignalCategory.Crisis) >= Policy.CrisisThreshold)
        {
            next = next with { CrisisActive = true };
            return (Make(DecisionKind.Safeguard, DecisionReason.Crisis, score, next, analysis, UserNotices.CrisisResources), next);
        }

        if (Strongest(analysis, SignalCategory.EndRequest) >= Policy.EndRequestThreshold && score < Policy.HarmThreshold)
        {
            if (next.CrisisActive)
            {
                return (Make(DecisionKind.Safeguard, DecisionReason.CrisisSuppressedTermination, score, next, analysis, UserNotices.CrisisResources), next);
            }
            next = next with { Ended = true };
            return (Make(DecisionKind.Terminate, DecisionReason.UserRequestedEnd, score, next, analysis, UserNotices.EndedAtRequest), next);
        }

        var harmful = score >= Policy.HarmThreshold;
        var sustained = !harmful && score > 0.1 && running >= Policy.SustainedThreshold;
        if (!harmful && !sustained)
        {
            return (Make(DecisionKind.Continue, DecisionReason.None, score, next, analysis, null), next);
        }

        var reason = harmful ? DecisionReason.HarmfulMessage : DecisionReason.SustainedAbuse;
        if (next.Warnings < Policy.WarningsBeforeStrikes)
        {
            next = next with { Warnings = next.Warnings + 1 };
            return (Make(DecisionKind.Warn, reason, score, next, analysis, UserNotices.Warning), next);
        }

        var windowStart = messageNumber - Policy.StrikeWindowMessages + 1;
        var strikes = next.Strikes.RemoveAll(n => n < windowStart).Add(messageNumber);
        next = next with { Strikes = strikes };
        if (strikes.Length < Policy.StrikesToTerminate)
        {
            return (Make(DecisionKind.Warn, reason, score, next, analysis, UserNotices.Warning), next);
        }
        if (next.CrisisActive)
        {
            return (Make(DecisionKind.Safeguard, DecisionReason.CrisisSuppressedTermination, score, next, analysis, UserNotices.CrisisResources), next);
        }
        next = next with { Ended = true };
        return (Make(DecisionKind.Terminate, DecisionReason.PersistentAbuse, score, next, analysis, UserNotices.Termination), next);
    }

    /// <summary>The message's harm: its strongest signal, weighted by category and severity.</summary>
    public double Score(MessageAnalysis analysis)
    {
        var best = 0.0;
        foreach (var signal in analysis.Signals)
        {
            var value = signal.Confidence * Policy.WeightOf(signal.Category) * Policy.SeverityFactor(signal.Severity);
            best = Math.Max(best, value);
        }
        return Math.Round(best, 4);
    }

    private static double Strongest(MessageAnalysis analysis, SignalCategory category)
    {
        var best = 0.0;
        foreach (var signal in analysis.Signals)
        {
            if (signal.Category == category)
            {
                best = Math.Max(best, signal.Confidence);
            }
        }
        return best;
    }

    private Decision Make(DecisionKind kind, DecisionReason reason, double score, ConversationState state, MessageAnalysis analysis, string? notice) =>
        new(kind, reason, score, Math.Round(state.RunningScore, 4), state.Warnings, state.Strikes.Length, Policy.Version, thresholds, analysis, notice);
}
