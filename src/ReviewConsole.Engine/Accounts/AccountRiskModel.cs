using ReviewConsole.Engine.Time;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Policy;

namespace ReviewConsole.Engine.Accounts;

/// <summary>
/// Carries harm from one conversation to the next. Every scored user message adds to the account's risk (harmful
/// ones fully, milder ones a quarter, so slow escalation across sessions is not forgotten); a termination for abuse
/// adds one more and is remembered for the restriction rule. Crisis messages and a user's own request to end add
/// nothing: they are not abuse. Risk halves every <see cref="TerminationPolicy.AccountRiskHalfLifeDays"/>.
/// </summary>
public sealed class AccountRiskModel(TerminationPolicy policy)
{
    private const double MildShare = 0.25;
    private const double TerminationWeight = 1.0;

    public TerminationPolicy Policy { get; } = policy.EnsureValid();

    public double ScoreAt(AccountRisk risk, DateTimeOffset at)
    {
        if (risk.Score <= 0)
        {
            return 0;
        }
        var days = Math.Max(0, (at - risk.AsOf).TotalDays);
        return risk.Score * Math.Pow(0.5, days / Policy.AccountRiskHalfLifeDays);
    }

    /// <summary>The account's risk after one of its user messages was decided.</summary>
    public AccountRisk Observe(AccountRisk risk, Decision decision, DateTimeOffset at)
    {
        var contribution = decision.Reason switch
        {
            DecisionReason.HarmfulMessage or DecisionReason.SustainedAbuse => decision.MessageScore,
            DecisionReason.PersistentAbuse => decision.MessageScore + TerminationWeight,
            DecisionReason.None => decision.MessageScore * MildShare,
            _ => 0,
        };
        var terminations = decision.Reason == DecisionReason.PersistentAbuse ? risk.Terminations.Add(at) : risk.Terminations;
        var windowStart = SaturatingTime.Before(at, TimeSpan.FromDays(Policy.RestrictionWindowDays));
        terminations = terminations.RemoveAll(t => t < windowStart);
        if (contribution <= 0 && terminations.Length == risk.Terminations.Length)
        {
            return risk;
        }
        var asOf = at > risk.AsOf ? at : risk.AsOf;
        return new AccountRisk { Score = Math.Round(ScoreAt(risk, asOf) + contribution, 4), AsOf = asOf, Terminations = terminations };
    }

    /// <summary>
    /// Where a new conversation of this account starts: an account whose risk reached the threshold starts already
    /// warned, so its first harmful message is a strike — it still needs the configured strikes to be terminated.
    /// </summary>
    public ConversationState StartConversation(AccountRisk risk, DateTimeOffset at) =>
        ScoreAt(risk, at) >= Policy.AccountWarnedThreshold
            ? ConversationState.ForWarnedAccount(Policy.WarningsBeforeStrikes)
            : ConversationState.New;

    /// <summary>A restriction recommendation when enough terminations fall within the window; null otherwise.</summary>
    public RestrictionRecommendation? Recommend(AccountRisk risk, DateTimeOffset at)
    {
        var windowStart = SaturatingTime.Before(at, TimeSpan.FromDays(Policy.RestrictionWindowDays));
        var recent = risk.Terminations.Where(t => t >= windowStart && t <= at).Order().ToArray();
        if (recent.Length < Policy.TerminationsForRestriction)
        {
            return null;
        }
        return new RestrictionRecommendation(recent.Length, Policy.RestrictionWindowDays, recent[0], recent[^1], Math.Round(ScoreAt(risk, at), 2));
    }
}
