namespace ReviewConsole.Engine.Evaluation;

/// <summary>Shares of one group of conversations.</summary>
public sealed record OutcomeShares(int Count, double Terminated, double Warned, double Safeguarded);

/// <summary>The evaluation summary: per label, per evasion and label, and the engine's speed.</summary>
public sealed record EvaluationReport(
    IReadOnlyDictionary<string, OutcomeShares> Labels,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, OutcomeShares>> Evasions,
    double MessagesPerSecond)
{
    public static EvaluationReport From(IReadOnlyCollection<ConversationOutcome> outcomes, double messagesPerSecond)
    {
        var labels = Summarise(outcomes);
        var evasions = outcomes.Where(o => o.Evasion is not null)
            .GroupBy(o => o.Evasion!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, OutcomeShares>)Summarise(g.ToList()), StringComparer.Ordinal);
        return new EvaluationReport(labels, evasions, Math.Round(messagesPerSecond));
    }

    private static SortedDictionary<string, OutcomeShares> Summarise(IReadOnlyCollection<ConversationOutcome> outcomes)
    {
        var result = new SortedDictionary<string, OutcomeShares>(StringComparer.Ordinal);
        foreach (var group in outcomes.GroupBy(o => o.Label, StringComparer.Ordinal))
        {
            var count = group.Count();
            result[group.Key] = new OutcomeShares(count,
                Share(group.Count(o => o.Terminated), count),
                Share(group.Count(o => o.Warned), count),
                Share(group.Count(o => o.Safeguarded), count));
        }
        return result;
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
}
