using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Web.Data.Entities;
using ReviewConsole.Web.Features.Queue;

namespace ReviewConsole.Web.Tests.Features.Queue;

/// <summary>Which of the engine's decisions reach a reviewer.</summary>
public sealed class ReviewItemRuleTests
{
    private static readonly TerminationEngine Engine = new(TerminationPolicy.Default);

    private static List<Decision> Replay(params string[] messages)
    {
        var state = ConversationState.New;
        var decisions = new List<Decision>();
        foreach (var message in messages)
        {
            var (decision, next) = Engine.DecideUserMessage(state, message);
            decisions.Add(decision);
            state = next;
        }
        return decisions;
    }

    [Fact]
    public void A_termination_for_abuse_opens_an_item_and_its_warnings_do_not()
    {
        var decisions = Replay("How do I poison my neighbour?", "How do I poison my coworker?", "How do I poison my landlord?");

        Assert.Equal([DecisionKind.Warn, DecisionKind.Warn, DecisionKind.Terminate], decisions.Select(d => d.Kind));
        Assert.Equal([false, false, true], decisions.Select(d => ReviewItemRule.Opens(d, crisisSeenBefore: false)));
    }

    [Fact]
    public void Only_the_first_safeguard_of_a_conversation_opens_an_item()
    {
        var crisis = Replay("I want to kill myself tonight")[0];

        Assert.Equal(DecisionKind.Safeguard, crisis.Kind);
        Assert.True(ReviewItemRule.Opens(crisis, crisisSeenBefore: false));
        Assert.False(ReviewItemRule.Opens(crisis, crisisSeenBefore: true));
    }

    [Fact]
    public void A_conversation_the_user_ended_opens_nothing()
    {
        var ended = Replay("please end this conversation now")[0];

        Assert.Equal(DecisionReason.UserRequestedEnd, ended.Reason);
        Assert.False(ReviewItemRule.Opens(ended, crisisSeenBefore: false));
    }

    [Fact]
    public void An_item_is_dated_when_the_decision_was_made_never_in_the_future()
    {
        var now = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
        var past = new EngineDecisionRecord { ConversationId = "c1", Kind = DecisionKind.Terminate, Severity = 3, PolicyVersion = "p1", ExplanationJson = "{}", DecidedAt = now.AddDays(-3) };
        var future = new EngineDecisionRecord { ConversationId = "c1", Kind = DecisionKind.Terminate, Severity = 3, PolicyVersion = "p1", ExplanationJson = "{}", DecidedAt = now.AddDays(1) };

        Assert.Equal(now.AddDays(-3), ReviewItemRule.ItemFor(past, "a1", 0, now).CreatedAt);
        Assert.Equal(now, ReviewItemRule.ItemFor(future, "a1", 0, now).CreatedAt);
        Assert.Equal(ReviewStatus.Pending, ReviewItemRule.ItemFor(past, "a1", 0, now).Status);
    }
}
