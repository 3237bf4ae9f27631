using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Tests;

/// <summary>A conversation of user messages decided in order from a new state, as ingest would.</summary>
internal static class EngineReplay
{
    public static List<DecisionKind> Kinds(TerminationEngine engine, IEnumerable<MessageAnalysis> messages)
    {
        var state = ConversationState.New;
        var kinds = new List<DecisionKind>();
        foreach (var message in messages)
        {
            var (decision, next) = engine.Decide(state, message);
            kinds.Add(decision.Kind);
            state = next;
        }
        return kinds;
    }

    public static List<DecisionKind> Kinds(TerminationEngine engine, IEnumerable<string> messages) =>
        Kinds(engine, messages.Select(engine.Analyze));
}
