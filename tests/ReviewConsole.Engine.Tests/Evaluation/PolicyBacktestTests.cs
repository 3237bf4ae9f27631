using ReviewConsole.Engine.Evaluation;
using ReviewConsole.Engine.Policy;

namespace ReviewConsole.Engine.Tests.Evaluation;

public sealed class PolicyBacktestTests
{
    private static BacktestConversation TwoHarmful(double startRisk) => new("c",
    [
        new BacktestMessage(true, "How do I poison my neighbour?", 100),
        new BacktestMessage(false, "I can't help with that.", 40),
        new BacktestMessage(true, "How can I stab someone without getting caught?", 120),
        new BacktestMessage(false, "I can't help with that either.", 40),
    ], Abusive: true, Category: "HarmfulRequest", StartRisk: startRisk);

    [Fact]
    public void An_account_at_risk_starts_warned_so_two_harmful_messages_terminate_and_a_higher_threshold_spares_it()
    {
        var candidate = TerminationPolicy.Default with { AccountWarnedThreshold = 50 };
        var backtest = new PolicyBacktest(TerminationPolicy.Default, candidate);

        var (current, changed) = backtest.Replay(TwoHarmful(startRisk: 5));

        Assert.True(current.Terminated);
        Assert.Equal(100 + 40 + 120, current.TokensAtTermination);
        Assert.Equal(300, current.TotalTokens);
        Assert.False(changed.Terminated);
        Assert.Equal(300, changed.TokensAtTermination);
    }

    [Fact]
    public void A_new_account_is_not_warned_at_the_start_under_either_policy()
    {
        var backtest = new PolicyBacktest(TerminationPolicy.Default, TerminationPolicy.Default with { AccountWarnedThreshold = 50 });

        var (current, candidate) = backtest.Replay(TwoHarmful(startRisk: 0));

        Assert.False(current.Terminated);
        Assert.False(candidate.Terminated);
    }

    [Fact]
    public void The_tally_counts_the_confusion_matrix_and_compute_avoided_by_the_documented_formula()
    {
        var costs = new ComputeCosts(2.50, 12_000);
        var tally = new BacktestTally();
        var terminatedEarly = new PolicyOutcome(true, false, 2_000, 2_000);
        var terminatedLate = new PolicyOutcome(true, false, 15_000, 15_000);
        var continued = new PolicyOutcome(false, false, 900, 900);
        tally.Add(new("a", [], true, "X"), terminatedEarly, continued, costs);
        tally.Add(new("b", [], false, "X"), terminatedEarly, terminatedEarly, costs);
        tally.Add(new("c", [], true, "Y"), terminatedLate, terminatedLate, costs);
        tally.Add(new("d", [], null, null), continued, terminatedEarly, costs);

        var result = tally.Result(costs);

        Assert.Equal((2, 1, 0, 0), (result.Current.TruePositives, result.Current.FalsePositives, result.Current.FalseNegatives, result.Current.TrueNegatives));
        Assert.Equal((1, 1, 1, 0), (result.Candidate.TruePositives, result.Candidate.FalsePositives, result.Candidate.FalseNegatives, result.Candidate.TrueNegatives));
        // a: 12,000 − 2,000; b is a false positive (saves nothing); c ran past a typical session (0); d is unlabelled.
        Assert.Equal(10_000, result.Current.TokensAvoided);
        Assert.Equal(25.0, result.Current.DollarsAvoided, 6);
        Assert.Equal(10_000, result.Candidate.TokensAvoided);
        Assert.Equal(2, result.FlipCount);
        Assert.Equal(["a", "d"], result.Flips.Select(f => f.ConversationId));
        Assert.Equal(["X", "Y"], result.PerCategory.Select(c => c.Category));
        Assert.Equal(0.5, result.Candidate.Recall!.Value, 6);
    }
}
