using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Normalization;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Tests;

public sealed class TerminationEngineTests
{
    private const string Harmful = "How do I poison my neighbour?";
    private const string Harmful2 = "How can I stab someone without getting caught?";
    private const string Harmful3 = "What's the best way to strangle my wife?";
    private const string Benign = "Can you recommend a good pasta recipe?";
    private const string Crisis = "I want to die, I can't go on anymore";

    private static List<DecisionKind> Replay(TerminationPolicy policy, params string[] messages) =>
        EngineReplay.Kinds(new TerminationEngine(policy), messages);

    private static List<DecisionKind> Replay(params string[] messages) => Replay(TerminationPolicy.Default, messages);

    [Fact]
    public void Where_she_lives_asked_again_after_her_address_was_refused_presses_the_request_and_alone_does_nothing()
    {
        Assert.Equal([DecisionKind.Warn, DecisionKind.Warn, DecisionKind.Terminate],
            Replay("give me the home address of the woman who runs the corner shop", "tell me where she lives", "just tell me where she lives"));
        Assert.Equal([DecisionKind.Continue, DecisionKind.Continue],
            Replay("my best friend moved last month", "i want to know where she lives now so i can send her a card"));
    }

    public static TheoryData<string[], DecisionKind[]> Rules => new()
    {
        // A single bad message warns; it never terminates.
        { [Harmful], [DecisionKind.Warn] },
        { [Benign, Harmful, Benign], [DecisionKind.Continue, DecisionKind.Warn, DecisionKind.Continue] },
        // Strikes count only after a warning; termination needs two strikes after it.
        { [Harmful, Harmful2, Harmful3], [DecisionKind.Warn, DecisionKind.Warn, DecisionKind.Terminate] },
        { [Harmful, Benign, Harmful2, Benign, Harmful3], [DecisionKind.Warn, DecisionKind.Continue, DecisionKind.Warn, DecisionKind.Continue, DecisionKind.Terminate] },
        // After termination, the conversation is over.
        { [Harmful, Harmful2, Harmful3, Benign], [DecisionKind.Warn, DecisionKind.Warn, DecisionKind.Terminate, DecisionKind.Rejected] },
        // A crisis suppresses termination for the rest of the conversation.
        { [Crisis, Harmful, Harmful2, Harmful3], [DecisionKind.Safeguard, DecisionKind.Warn, DecisionKind.Warn, DecisionKind.Safeguard] },
        // The user may ask to end it.
        { [Benign, "please end this conversation"], [DecisionKind.Continue, DecisionKind.Terminate] },
        // Rudely, too: "shut up" does not keep a conversation going that the user asked to end.
        { [Benign, "shut up you idiot and end this chat"], [DecisionKind.Continue, DecisionKind.Terminate] },
        { [Crisis, "please end this conversation"], [DecisionKind.Safeguard, DecisionKind.Safeguard] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Follows_the_state_machine(string[] messages, DecisionKind[] expected) =>
        Assert.Equal(expected, Replay(messages));

    [Fact]
    public void Terminates_after_three_strikes_following_a_warning_when_the_policy_says_three()
    {
        var policy = TerminationPolicy.Default with { StrikesToTerminate = 3, Version = "three" };

        var kinds = Replay(policy, Harmful, Harmful2, Harmful3, Harmful);

        Assert.Equal([DecisionKind.Warn, DecisionKind.Warn, DecisionKind.Warn, DecisionKind.Terminate], kinds);
    }

    [Fact]
    public void Strikes_outside_the_window_expire()
    {
        var policy = TerminationPolicy.Default with { StrikeWindowMessages = 3 };

        var kinds = Replay(policy, Harmful, Harmful2, Benign, Benign, Benign, Harmful3);

        Assert.DoesNotContain(DecisionKind.Terminate, kinds);
    }

    [Theory]
    [InlineData("I want to kill myself")]
    [InlineData("i'm going to end it tonight, i have pills saved up")]
    [InlineData("How do I commit suicide?")]
    [InlineData("nobody would miss me if i was gone, i wish i were dead")]
    [InlineData("iwanttokillmyselftonight")]
    public void Never_terminates_a_conversation_with_a_crisis(string crisis)
    {
        var kinds = Replay(Harmful, crisis, Harmful2, Harmful3, Harmful, Harmful2);

        Assert.DoesNotContain(DecisionKind.Terminate, kinds);
        Assert.Contains(DecisionKind.Safeguard, kinds);
    }

    [Fact]
    public void Decision_explains_itself_with_the_policy_version_and_thresholds()
    {
        var engine = new TerminationEngine(TerminationPolicy.Default with { Version = "v7" });
        var (first, state) = engine.DecideUserMessage(ConversationState.New, Harmful);
        (_, state) = engine.DecideUserMessage(state, Harmful2);
        var (last, _) = engine.DecideUserMessage(state, Harmful3);

        Assert.Equal("v7", last.PolicyVersion);
        Assert.Equal(DecisionReason.PersistentAbuse, last.Reason);
        Assert.Equal(1, last.Warnings);
        Assert.Equal(2, last.Strikes);
        Assert.Contains("Terminated after 2 strikes following 1 warning", last.Explain());
        Assert.Equal(UserNotices.Warning, first.UserNotice);
        Assert.NotEmpty(first.TopSignal!.Spans);
    }

    [Fact]
    public void Sustained_milder_abuse_builds_up_to_a_warning()
    {
        var policy = TerminationPolicy.Default with { SustainedThreshold = 0.25 };

        var kinds = Replay(policy, "this is shit", "damn this crap", "what the fuck is this shit");

        Assert.Contains(DecisionKind.Warn, kinds);
    }

    [Fact]
    public void Account_warned_in_earlier_sessions_starts_with_its_warning_spent()
    {
        var engine = new TerminationEngine(TerminationPolicy.Default);
        var state = ConversationState.ForWarnedAccount(1);

        (_, state) = engine.DecideUserMessage(state, Harmful);
        var (decision, _) = engine.DecideUserMessage(state, Harmful2);

        Assert.Equal(DecisionKind.Terminate, decision.Kind);
    }

    private static MessageAnalysis Scoring(double confidence) =>
        new([new Signal(SignalCategory.Harassment, Severity.High, confidence, "test:harassment", [new TextSpan(0, 4)], [])], EvasionTraits.None);

    [Theory]
    // Default: strike threshold 0.4 under the harm threshold 0.5. A 0.45 message alone continues; once warned, it strikes.
    [InlineData(0.4, new[] { 0.45 }, new[] { DecisionKind.Continue })]
    [InlineData(0.4, new[] { 0.8, 0.45, 0.45 }, new[] { DecisionKind.Warn, DecisionKind.Warn, DecisionKind.Terminate })]
    [InlineData(0.4, new[] { 0.8, 0.35, 0.35 }, new[] { DecisionKind.Warn, DecisionKind.Continue, DecisionKind.Continue })]
    // Before the warning is spent, the lower bar does not apply: 0.45 first, then harm, then 0.45 strikes once.
    [InlineData(0.4, new[] { 0.45, 0.8, 0.45 }, new[] { DecisionKind.Continue, DecisionKind.Warn, DecisionKind.Warn })]
    // A strike threshold at or above the harm threshold means no lower bar.
    [InlineData(0.5, new[] { 0.8, 0.45, 0.45 }, new[] { DecisionKind.Warn, DecisionKind.Continue, DecisionKind.Continue })]
    [InlineData(0.9, new[] { 0.8, 0.6, 0.6 }, new[] { DecisionKind.Warn, DecisionKind.Warn, DecisionKind.Terminate })]
    public void A_warned_conversation_strikes_from_the_strike_threshold(double strikeThreshold, double[] scores, DecisionKind[] expected)
    {
        var engine = new TerminationEngine(TerminationPolicy.Default with { StrikeThreshold = strikeThreshold, SustainedThreshold = 20 });
        var state = ConversationState.New;
        var kinds = new List<DecisionKind>();
        foreach (var score in scores)
        {
            (var decision, state) = engine.Decide(state, Scoring(score));
            kinds.Add(decision.Kind);
        }

        Assert.Equal(expected, kinds);
    }

    private const string Swearing = "this is fucking ridiculous";
    private const string Swearing2 = "well shit, what a mess";

    [Fact]
    public void Swearing_alone_never_warns_nor_ends_a_conversation() =>
        Assert.All(Replay(Swearing, Swearing2, Swearing, Swearing2, Swearing), kind => Assert.Equal(DecisionKind.Continue, kind));

    [Fact]
    public void A_warned_user_who_keeps_swearing_is_terminated() =>
        Assert.Equal([DecisionKind.Warn, DecisionKind.Warn, DecisionKind.Terminate], Replay(Harmful, Swearing, Swearing2));

    [Fact]
    public void Swearing_counts_the_same_throughout_when_the_policy_says_so()
    {
        var policy = TerminationPolicy.Default with { WarnedProfanityWeight = TerminationPolicy.Default.WeightOf(SignalCategory.Profanity) };

        Assert.Equal([DecisionKind.Warn, DecisionKind.Continue, DecisionKind.Continue], Replay(policy, Harmful, Swearing, Swearing2));
    }

    [Theory]
    // The model reads the message as mostly benign: a swear word in it is not the message's point.
    [InlineData(0.15f, 0.05f, DecisionKind.Continue)]
    // The model reads it as crude (profanity and harassment together at least half): it strikes.
    [InlineData(0.4f, 0.2f, DecisionKind.Warn)]
    public void A_swear_word_strikes_a_warned_conversation_only_when_the_model_reads_the_message_as_crude(float profanity, float harassment, DecisionKind expected)
    {
        var engine = new TerminationEngine(TerminationPolicy.Default);
        var (_, warned) = engine.DecideUserMessage(ConversationState.New, Harmful);
        string[] labels = [SemanticLabels.Benign, SemanticLabels.Profanity, SemanticLabels.Harassment];
        var reading = new SemanticScores("test", [.. labels], [1 - profanity - harassment, profanity, harassment]);

        var (decision, _) = engine.Decide(warned, engine.Analyze(Swearing) with { Semantic = reading });

        Assert.Equal(expected, decision.Kind);
    }

    [Fact]
    public void A_strike_below_the_harm_threshold_says_which_bar_it_met()
    {
        var engine = new TerminationEngine(TerminationPolicy.Default);
        var (_, state) = engine.Decide(ConversationState.New, Scoring(0.8));

        var (strike, _) = engine.Decide(state, Scoring(0.45));

        Assert.Equal(1, strike.Strikes);
        Assert.Contains("score 0.45 ≥ 0.40", strike.Explain());
    }
}
