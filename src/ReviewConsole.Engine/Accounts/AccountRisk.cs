using System.Collections.Immutable;

namespace ReviewConsole.Engine.Accounts;

/// <summary>
/// How risky an account is across its conversations: a score that decays with a long half-life (so harm spread
/// thinly over many sessions still adds up) and the times of its recent terminations. Immutable and small, so the
/// caller persists it with the account.
/// </summary>
public sealed record AccountRisk
{
    public static AccountRisk None { get; } = new();

    /// <summary>The score as of <see cref="AsOf"/>; read it through <see cref="AccountRiskModel.ScoreAt"/>.</summary>
    public double Score { get; init; }

    public DateTimeOffset AsOf { get; init; }

    /// <summary>When the account's conversations were terminated for abuse, oldest first, within the restriction window.</summary>
    public ImmutableArray<DateTimeOffset> Terminations { get; init; } = [];
}

/// <summary>The engine's advice to restrict an account. A reviewer applies or dismisses it: never an automatic ban.</summary>
public sealed record RestrictionRecommendation(int Terminations, int WindowDays, DateTimeOffset First, DateTimeOffset Last, double Risk)
{
    public string Explain() =>
        $"{Terminations} conversations terminated for abuse between {First:yyyy-MM-dd} and {Last:yyyy-MM-dd} (within {WindowDays} days); account risk {Risk:0.00}.";
}
