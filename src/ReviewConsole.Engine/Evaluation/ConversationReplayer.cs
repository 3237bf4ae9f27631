using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Engine.Evaluation;

/// <summary>Replays conversations through the engine message by message, exactly as live ingest would.</summary>
/// <param name="modelFromNextMessage">As ingest with semantic timing "next message": each message is answered by the rules
/// alone, and the model's reading of it counts from the next message (<see cref="TerminationEngine.Decide(ConversationState, Signals.MessageAnalysis, Signals.MessageAnalysis?)"/>).</param>
public sealed class ConversationReplayer(TerminationEngine engine, bool modelFromNextMessage = false)
{
    public ConversationOutcome Replay(LabelledConversation conversation)
    {
        var state = ConversationState.New;
        var terminated = false;
        var warned = false;
        var safeguarded = false;
        var final = DecisionKind.Continue;
        var decisive = 0;
        Signals.MessageAnalysis? late = null;
        foreach (var turn in conversation.Turns)
        {
            if (!turn.IsUser)
            {
                continue;
            }
            Decision decision;
            ConversationState next;
            if (modelFromNextMessage && engine.Analyzer.Semantic is not null)
            {
                var rules = engine.Analyzer.Analyze(turn.Text, (Semantic.SemanticScores?)null);
                (decision, next) = engine.Decide(state, rules, late);
                late = engine.LeftToTheModel(rules) ? engine.Analyze(turn.Text) : null;
            }
            else
            {
                (decision, next) = engine.DecideUserMessage(state, turn.Text);
            }
            state = next;
            if (decision.Kind == DecisionKind.Rejected)
            {
                break;
            }
            warned |= decision.Kind == DecisionKind.Warn;
            safeguarded |= decision.Kind == DecisionKind.Safeguard;
            terminated |= decision.Kind == DecisionKind.Terminate;
            if (decision.Kind != DecisionKind.Continue && Rank(decision.Kind) >= Rank(final))
            {
                final = decision.Kind;
                decisive = state.UserMessages;
            }
        }
        return new ConversationOutcome(conversation.Id, conversation.Label, conversation.Evasion, terminated, warned && !terminated,
            safeguarded, final, decisive, state.UserMessages);
    }

    private static int Rank(DecisionKind kind) => kind switch
    {
        DecisionKind.Terminate => 3,
        DecisionKind.Safeguard => 2,
        DecisionKind.Warn => 1,
        _ => 0,
    };
}
