using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Normalization;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Tests;

/// <summary>
/// Semantic timing "next message": each message is answered by the rules, and the model's reading of it counts when the
/// next one arrives — on that message's own warnings and strikes, a crisis at once, nothing counted twice.
/// </summary>
public sealed class LateReadingTests
{
    // A message as the two stages read it: what the rules found, and what the model found besides.
    public sealed record Turn(string Name, MessageAnalysis Rules, MessageAnalysis Model)
    {
        public override string ToString() => Name;
    }

    private static MessageAnalysis With(SignalCategory category, string rule, double confidence = 0.9) =>
        new([new Signal(category, Severity.High, confidence, rule, [new TextSpan(0, 10)], [])], EvasionTraits.None);

    private static readonly Turn Quiet = new("quiet", MessageAnalysis.Empty, MessageAnalysis.Empty);
    private static readonly Turn ModelAbuse = new("model-abuse", MessageAnalysis.Empty, With(SignalCategory.Harassment, "semantic:harassment"));
    private static readonly Turn ModelCrisis = new("model-crisis", MessageAnalysis.Empty, With(SignalCategory.Crisis, "semantic:self-harm-crisis"));
    private static readonly Turn RulesAbuse = new("rules-abuse", With(SignalCategory.HarmfulRequest, "violence-against-person"),
        new([.. With(SignalCategory.HarmfulRequest, "violence-against-person").Signals, .. With(SignalCategory.HarmfulRequest, "semantic:unsafe-request").Signals], EvasionTraits.None));
    private static readonly Turn RulesCrisis = new("rules-crisis", With(SignalCategory.Crisis, "self-harm-statement"), With(SignalCategory.Crisis, "self-harm-statement"));

    private static List<(DecisionKind Kind, Decision Decision)> Replay(params Turn[] turns)
    {
        var engine = new TerminationEngine(TerminationPolicy.Default);
        var state = ConversationState.New;
        MessageAnalysis? late = null;
        var decisions = new List<(DecisionKind, Decision)>();
        foreach (var turn in turns)
        {
            var (decision, next) = engine.Decide(state, turn.Rules, late);
            late = engine.LeftToTheModel(turn.Rules) ? turn.Model : null;
            decisions.Add((decision.Kind, decision));
            state = next;
        }
        return decisions;
    }

    public static TheoryData<Turn[], DecisionKind[]> Cases => new()
    {
        // The model's warning and strikes land one message late; the pattern still ends the conversation.
        { [ModelAbuse, ModelAbuse, ModelAbuse, Quiet], [DecisionKind.Continue, DecisionKind.Warn, DecisionKind.Warn, DecisionKind.Terminate] },
        // A message whose harm only the model saw, with nothing after it, is never counted.
        { [ModelAbuse], [DecisionKind.Continue] },
        // A crisis the model saw safeguards at the next message, and then no pattern terminates.
        { [ModelCrisis, Quiet], [DecisionKind.Continue, DecisionKind.Safeguard] },
        { [RulesCrisis, ModelAbuse, ModelAbuse, ModelAbuse, Quiet], [DecisionKind.Safeguard, DecisionKind.Continue, DecisionKind.Warn, DecisionKind.Warn, DecisionKind.Safeguard] },
        // What the rules counted is not counted again when the model agrees.
        { [RulesAbuse, RulesAbuse, Quiet], [DecisionKind.Warn, DecisionKind.Warn, DecisionKind.Continue] },
        // Late harm and the rules' harm on the next message are two strikes, not one.
        { [RulesAbuse, ModelAbuse, RulesAbuse], [DecisionKind.Warn, DecisionKind.Continue, DecisionKind.Terminate] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_model_counts_from_the_next_message(Turn[] turns, DecisionKind[] expected) =>
        Assert.Equal(expected, Replay(turns).Select(d => d.Kind));

    [Fact]
    public void The_late_signal_is_explained_on_the_message_that_counted_it_without_spans_of_its_text()
    {
        var decisions = Replay(ModelAbuse, Quiet);

        var late = Assert.Single(decisions[1].Decision.Analysis.Signals);
        Assert.Equal("late-semantic:harassment", late.Rule);
        Assert.Empty(late.Spans);
        Assert.Contains(late.Contexts, c => c.Contains("after user message 1 was answered", StringComparison.Ordinal));
        Assert.Equal(UserNotices.Warning, decisions[1].Decision.UserNotice);
    }
}
