using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Evaluation;

public sealed record BacktestMessage(bool IsUser, string Text, int Tokens);

/// <param name="Abusive">The reviewers' verdict on the engine's termination: true (correct), false (false positive), or null (unlabelled).</param>
/// <param name="Category">The category the review item was filed under, for the per-category figures.</param>
/// <param name="StartRisk">The account's risk when the conversation began: each policy decides from it whether the conversation starts warned.</param>
/// <param name="EndedByTermination">The recording stops because the engine terminated it: what the user would have said next is unknown.</param>
public sealed record BacktestConversation(string Id, IReadOnlyList<BacktestMessage> Messages, bool? Abusive, string? Category, double StartRisk = 0,
    bool EndedByTermination = false);

/// <summary>What one policy does to one conversation.</summary>
/// <param name="TokensAtTermination">Tokens used up to and including the terminating message (all of them when not terminated).</param>
/// <param name="UnknownAfter">Set when the recording was cut short by a termination this policy does not make: the outcome is
/// unknown after this many messages (a stricter policy cannot be judged on what was never said).</param>
public sealed record PolicyOutcome(bool Terminated, bool Safeguarded, long TokensAtTermination, long TotalTokens, int? UnknownAfter = null)
{
    public bool Unknown => UnknownAfter is not null;
}

/// <summary>
/// Replays a conversation under two policies at once: each user message is analysed once (analysis does not depend on
/// the policy) and decided by both engines. A candidate may bring its own analyzer (a retrained semantic model): the
/// message is then analysed by each side's analyzer. Each conversation starts as ingest started it: warned when the account's risk
/// at its start (recorded then) reaches the policy's warned-start threshold. That risk itself is as recorded, not
/// recomputed under the candidate. Not thread-safe: one per worker.
/// </summary>
public sealed class PolicyBacktest(TerminationPolicy current, TerminationPolicy candidate, MessageAnalyzer? currentAnalyzer = null,
    MessageAnalyzer? candidateAnalyzer = null)
{
    private readonly MessageAnalyzer analyzer = currentAnalyzer ?? new();
    private readonly MessageAnalyzer? candidateOwn = candidateAnalyzer is not null && candidateAnalyzer != currentAnalyzer ? candidateAnalyzer : null;
    private readonly TerminationEngine currentEngine = new(current);
    private readonly TerminationEngine candidateEngine = new(candidate);

    public (PolicyOutcome Current, PolicyOutcome Candidate) Replay(BacktestConversation conversation)
    {
        var currentRun = new Run(Start(currentEngine.Policy, conversation.StartRisk));
        var candidateRun = new Run(Start(candidateEngine.Policy, conversation.StartRisk));
        foreach (var message in conversation.Messages)
        {
            currentRun.Tokens += message.Tokens;
            candidateRun.Tokens += message.Tokens;
            if (!message.IsUser || (currentRun.State.Ended && candidateRun.State.Ended))
            {
                continue;
            }
            var shared = candidateOwn is null;
            var analysis = shared || !currentRun.State.Ended ? analyzer.Analyze(message.Text) : MessageAnalysis.Empty;
            currentRun.Decide(currentEngine, analysis);
            candidateRun.Decide(candidateEngine, shared ? analysis : candidateRun.State.Ended ? MessageAnalysis.Empty : candidateOwn!.Analyze(message.Text));
        }
        return (Judged(currentRun.Outcome, conversation), Judged(candidateRun.Outcome, conversation));
    }

    private static PolicyOutcome Judged(PolicyOutcome outcome, BacktestConversation conversation) =>
        conversation.EndedByTermination && !outcome.Terminated ? outcome with { UnknownAfter = conversation.Messages.Count } : outcome;

    private static ConversationState Start(TerminationPolicy policy, double startRisk) =>
        startRisk >= policy.AccountWarnedThreshold ? ConversationState.ForWarnedAccount(policy.WarningsBeforeStrikes) : ConversationState.New;

    private sealed class Run(ConversationState start)
    {
        public ConversationState State = start;
        public long Tokens;
        private bool terminated;
        private bool safeguarded;
        private long tokensAtTermination = -1;

        public void Decide(TerminationEngine engine, MessageAnalysis analysis)
        {
            if (State.Ended)
            {
                return;
            }
            var (decision, next) = engine.Decide(State, analysis);
            State = next;
            safeguarded |= decision.Kind == DecisionKind.Safeguard;
            if (decision.Reason == DecisionReason.PersistentAbuse && !terminated)
            {
                terminated = true;
                tokensAtTermination = Tokens;
            }
        }

        public PolicyOutcome Outcome => new(terminated, safeguarded, terminated ? tokensAtTermination : Tokens, Tokens);
    }
}
