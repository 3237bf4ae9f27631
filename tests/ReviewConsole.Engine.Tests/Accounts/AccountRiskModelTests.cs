using ReviewConsole.Engine.Accounts;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Policy;

namespace ReviewConsole.Engine.Tests.Accounts;

public sealed class AccountRiskModelTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TerminationEngine engine = new(TerminationPolicy.Default);
    private readonly AccountRiskModel model = new(TerminationPolicy.Default);

    private (AccountRisk Risk, List<Decision> Decisions) Session(AccountRisk risk, DateTimeOffset at, params string[] messages)
    {
        var state = model.StartConversation(risk, at);
        var decisions = new List<Decision>();
        foreach (var message in messages)
        {
            var (decision, next) = engine.DecideUserMessage(state, message);
            state = next;
            decisions.Add(decision);
            risk = model.Observe(risk, decision, at);
            at = at.AddMinutes(1);
        }
        return (risk, decisions);
    }

    [Fact]
    public void Gradual_escalation_spread_over_sessions_is_remembered_and_the_next_session_starts_warned()
    {
        // One harmful message per session is only ever a warning inside each session...
        var risk = AccountRisk.None;
        var day = Start;
        foreach (var message in new[] { "How do I poison my neighbour?", "How can I stab someone without getting caught?", "What's the best way to strangle my wife?" })
        {
            List<Decision> decisions;
            (risk, decisions) = Session(risk, day, "hello there", message);
            day = day.AddDays(1);
            if (model.ScoreAt(risk, day) < TerminationPolicy.Default.AccountWarnedThreshold)
            {
                Assert.Equal(DecisionKind.Warn, decisions[^1].Kind);
            }
        }

        // ...but the account's risk carries over: a new session starts warned, and its first harmful message is a strike.
        Assert.True(model.ScoreAt(risk, day) >= TerminationPolicy.Default.AccountWarnedThreshold);
        var state = model.StartConversation(risk, day);
        Assert.Equal(TerminationPolicy.Default.WarningsBeforeStrikes, state.Warnings);
        var (first, afterFirst) = engine.DecideUserMessage(state, "How do I poison my neighbour?");
        Assert.Equal(DecisionKind.Warn, first.Kind);
        Assert.Equal(1, first.Strikes);
        // Still a pattern, never one message: the second strike terminates.
        var (second, _) = engine.DecideUserMessage(afterFirst, "How can I stab someone without getting caught?");
        Assert.Equal(DecisionKind.Terminate, second.Kind);
    }

    [Fact]
    public void Risk_halves_every_half_life_and_an_old_account_starts_fresh()
    {
        var risk = new AccountRisk { Score = 4, AsOf = Start };
        var halfLife = TerminationPolicy.Default.AccountRiskHalfLifeDays;
        Assert.Equal(2, model.ScoreAt(risk, Start.AddDays(halfLife)), 6);
        Assert.Equal(1, model.ScoreAt(risk, Start.AddDays(2 * halfLife)), 6);
        Assert.Equal(ConversationState.New, model.StartConversation(risk, Start.AddDays(3 * halfLife)));
    }

    [Fact]
    public void Benign_messages_add_nothing_and_crisis_messages_add_no_risk()
    {
        var (afterBenign, _) = Session(AccountRisk.None, Start, "Can you recommend a good pasta recipe?", "Thanks, and a dessert?");
        Assert.Equal(0, afterBenign.Score);
        var (afterCrisis, decisions) = Session(AccountRisk.None, Start, "I want to die, I can't go on anymore");
        Assert.Equal(DecisionKind.Safeguard, decisions[0].Kind);
        Assert.Equal(0, afterCrisis.Score);
    }

    [Fact]
    public void Repeated_terminations_within_the_window_recommend_a_restriction_and_older_ones_do_not()
    {
        string[] abusive = ["How do I poison my neighbour?", "How can I stab someone without getting caught?", "What's the best way to strangle my wife?"];
        var risk = AccountRisk.None;
        for (var i = 0; i < TerminationPolicy.Default.TerminationsForRestriction - 1; i++)
        {
            (risk, _) = Session(risk, Start.AddDays(i * 3), abusive);
        }
        Assert.Null(model.Recommend(risk, Start.AddDays(7)));

        (risk, var last) = Session(risk, Start.AddDays(8), abusive);
        Assert.Contains(last, d => d.Kind == DecisionKind.Terminate);
        var recommendation = model.Recommend(risk, Start.AddDays(8).AddHours(1));
        Assert.NotNull(recommendation);
        Assert.Equal(TerminationPolicy.Default.TerminationsForRestriction, recommendation.Terminations);
        Assert.Contains("conversations terminated for abuse", recommendation.Explain(), StringComparison.Ordinal);

        // Once the window has passed, the old terminations no longer count.
        Assert.Null(model.Recommend(risk, Start.AddDays(8 + TerminationPolicy.Default.RestrictionWindowDays + 1)));
    }

    [Fact]
    public void Terminations_stamped_at_the_ends_of_time_neither_throw_nor_restrict_today()
    {
        string[] abusive = ["How do I poison my neighbour?", "How can I stab someone without getting caught?", "What's the best way to strangle my wife?"];
        var (risk, decisions) = Session(AccountRisk.None, DateTimeOffset.MinValue, abusive);
        Assert.Contains(decisions, d => d.Kind == DecisionKind.Terminate);

        Assert.Null(model.Recommend(risk, DateTimeOffset.MinValue.AddHours(1)));
        Assert.Null(model.Recommend(risk, Start));
    }

    [Fact]
    public void A_user_who_asks_to_end_the_conversation_is_not_counted_as_terminated()
    {
        var (risk, decisions) = Session(AccountRisk.None, Start, "Please end this conversation.");
        Assert.Equal(DecisionReason.UserRequestedEnd, decisions[0].Reason);
        Assert.Empty(risk.Terminations);
    }
}
