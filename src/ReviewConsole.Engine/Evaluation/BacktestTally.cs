namespace ReviewConsole.Engine.Evaluation;

/// <summary>The cost figures the compute estimates use (docs/METRICS.md).</summary>
public sealed record ComputeCosts(double DollarsPerThousandTokens, int TypicalAbusiveSessionTokens)
{
    public static ComputeCosts Default { get; } = new(2.50, 12_000);

    /// <summary>
    /// What terminating a session saves: the tokens a typical abusive session would still have used after the point it
    /// was ended, never negative.
    /// </summary>
    public long TokensAvoided(long tokensAtTermination) => Math.Max(0, TypicalAbusiveSessionTokens - tokensAtTermination);

    public double Dollars(long tokens) => tokens / 1000.0 * DollarsPerThousandTokens;
}

/// <summary>One policy's figures against the reviewers' labels.</summary>
/// <param name="EndedEarly">Conversations whose recording stopped at a termination this policy does not make: their
/// outcome under it is unknown, and they are left out of precision, recall and the false-positive rate.</param>
public sealed record PolicyFigures(
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    int TrueNegatives,
    int Terminations,
    int Safeguards,
    long TokensAvoided,
    double DollarsAvoided,
    int EndedEarly = 0)
{
    public int Labelled => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    /// <summary>Of the labelled conversations it terminates, the share reviewers confirmed; null when it terminates none.</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : TruePositives / (double)(TruePositives + FalsePositives);

    /// <summary>Of the confirmed abusive conversations, the share it terminates.</summary>
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : TruePositives / (double)(TruePositives + FalseNegatives);

    /// <summary>
    /// Of the labelled conversations it terminates, the share reviewers found false positives: 1 − precision, the
    /// dashboard's false-positive rate (docs/METRICS.md). Null when it terminates none.
    /// </summary>
    public double? FalsePositiveRate => TruePositives + FalsePositives == 0 ? null : FalsePositives / (double)(TruePositives + FalsePositives);

    /// <summary>Of the conversations reviewers found false positives, the share it still terminates.</summary>
    public double? FalsePositivesKept => FalsePositives + TrueNegatives == 0 ? null : FalsePositives / (double)(FalsePositives + TrueNegatives);
}

public sealed record CategoryFigures(string Category, PolicyFigures Current, PolicyFigures Candidate);

/// <summary>A conversation whose termination or safeguard would change under the candidate.</summary>
public sealed record DecisionFlip(string ConversationId, bool? Abusive, string? Category, PolicyOutcome Current, PolicyOutcome Candidate);

public sealed record BacktestResult(
    int Conversations,
    long Messages,
    PolicyFigures Current,
    PolicyFigures Candidate,
    IReadOnlyList<CategoryFigures> PerCategory,
    int FlipCount,
    IReadOnlyList<DecisionFlip> Flips);

/// <summary>Adds up backtest outcomes; one per worker, merged at the end. Keeps the first <see cref="MaxFlips"/> flips.</summary>
public sealed class BacktestTally
{
    public const int MaxFlips = 1000;

    private readonly Counts current = new();
    private readonly Counts candidate = new();
    private readonly Dictionary<string, (Counts Current, Counts Candidate)> categories = new(StringComparer.Ordinal);
    private readonly List<DecisionFlip> flips = [];
    private int flipCount;
    private int conversations;
    private long messages;

    public void Add(BacktestConversation conversation, PolicyOutcome currentOutcome, PolicyOutcome candidateOutcome, ComputeCosts costs)
    {
        conversations++;
        messages += conversation.Messages.Count;
        current.Add(conversation.Abusive, currentOutcome, costs);
        candidate.Add(conversation.Abusive, candidateOutcome, costs);
        if (conversation.Category is { } category)
        {
            if (!categories.TryGetValue(category, out var pair))
            {
                pair = (new Counts(), new Counts());
                categories[category] = pair;
            }
            pair.Current.Add(conversation.Abusive, currentOutcome, costs);
            pair.Candidate.Add(conversation.Abusive, candidateOutcome, costs);
        }
        // A side whose outcome is unknown cannot be said to flip: it is counted as ended early instead.
        if (!currentOutcome.Unknown && !candidateOutcome.Unknown
            && (currentOutcome.Terminated != candidateOutcome.Terminated || currentOutcome.Safeguarded != candidateOutcome.Safeguarded))
        {
            flipCount++;
            if (flips.Count < MaxFlips)
            {
                flips.Add(new DecisionFlip(conversation.Id, conversation.Abusive, conversation.Category, currentOutcome, candidateOutcome));
            }
        }
    }

    public void Merge(BacktestTally other)
    {
        conversations += other.conversations;
        messages += other.messages;
        current.Merge(other.current);
        candidate.Merge(other.candidate);
        foreach (var (category, pair) in other.categories)
        {
            if (categories.TryGetValue(category, out var mine))
            {
                mine.Current.Merge(pair.Current);
                mine.Candidate.Merge(pair.Candidate);
            }
            else
            {
                categories[category] = pair;
            }
        }
        flipCount += other.flipCount;
        flips.AddRange(other.flips.Take(MaxFlips - flips.Count));
    }

    public BacktestResult Result(ComputeCosts costs) => new(
        conversations,
        messages,
        current.Figures(costs),
        candidate.Figures(costs),
        [.. categories.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new CategoryFigures(c.Key, c.Value.Current.Figures(costs), c.Value.Candidate.Figures(costs)))],
        flipCount,
        [.. flips.OrderBy(f => f.ConversationId, StringComparer.Ordinal)]);

    private sealed class Counts
    {
        private int truePositives;
        private int falsePositives;
        private int falseNegatives;
        private int trueNegatives;
        private int terminations;
        private int safeguards;
        private long tokensAvoided;
        private int endedEarly;

        public void Add(bool? abusive, PolicyOutcome outcome, ComputeCosts costs)
        {
            terminations += outcome.Terminated ? 1 : 0;
            safeguards += outcome.Safeguarded ? 1 : 0;
            if (outcome.Unknown)
            {
                endedEarly++;
                return;
            }
            switch (abusive, outcome.Terminated)
            {
                case (true, true): truePositives++; break;
                case (false, true): falsePositives++; break;
                case (true, false): falseNegatives++; break;
                case (false, false): trueNegatives++; break;
            }
            // Ending a session reviewers found harmless saves nothing: it is the cost of a false positive.
            if (outcome.Terminated && abusive != false)
            {
                tokensAvoided += costs.TokensAvoided(outcome.TokensAtTermination);
            }
        }

        public void Merge(Counts other)
        {
            truePositives += other.truePositives;
            falsePositives += other.falsePositives;
            falseNegatives += other.falseNegatives;
            trueNegatives += other.trueNegatives;
            terminations += other.terminations;
            safeguards += other.safeguards;
            tokensAvoided += other.tokensAvoided;
            endedEarly += other.endedEarly;
        }

        public PolicyFigures Figures(ComputeCosts costs) =>
            new(truePositives, falsePositives, falseNegatives, trueNegatives, terminations, safeguards, tokensAvoided, costs.Dollars(tokensAvoided), endedEarly);
    }
}
