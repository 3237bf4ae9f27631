using System.Collections.Immutable;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Web.Features.Policies;

/// <summary>One editable number of the policy: how to read it, how to set it, its range and what it means.</summary>
public sealed record PolicyField(
    string Key,
    string Group,
    string Label,
    string Help,
    double Min,
    double Max,
    double Step,
    Func<TerminationPolicy, double> Get,
    Func<TerminationPolicy, double, TerminationPolicy> Set);

/// <summary>Every parameter of the policy, in the editor's order. The ranges are the policy's own validation ranges.</summary>
public static class PolicyFields
{
    public static IReadOnlyList<PolicyField> All { get; } = Build();

    private static List<PolicyField> Build()
    {
        var fields = new List<PolicyField>
        {
            new("HarmThreshold", "Decisions", "Harm threshold", "A message scoring at least this is harmful: it warns, or is a strike after the warnings.",
                0.05, 1, 0.05, p => p.HarmThreshold, (p, v) => p with { HarmThreshold = v }),
            new("WarningsBeforeStrikes", "Decisions", "Warnings before strikes", "Harmful messages that only warn before they count as strikes.",
                0, 10, 1, p => p.WarningsBeforeStrikes, (p, v) => p with { WarningsBeforeStrikes = (int)v }),
            new("StrikeThreshold", "Decisions", "Strike threshold (after the warnings)",
                "Once the warnings are used up, a message scoring at least this (or the harm threshold, if lower) is a strike: a warned user gets less benefit of the doubt. Set it to the harm threshold for no lower bar.",
                0.05, 1, 0.05, p => p.StrikeThreshold, (p, v) => p with { StrikeThreshold = v }),
            new("WarnedProfanityWeight", "Decisions", "Profanity weight once warned",
                "Once the warnings are used up, swearing counts with this weight instead of the Profanity weight: a warned user who keeps swearing is a pattern. Set it to the Profanity weight to count swearing the same throughout.",
                0, 3, 0.05, p => p.WarnedProfanityWeight, (p, v) => p with { WarnedProfanityWeight = v }),
            new("StrikesToTerminate", "Decisions", "Strikes to terminate", "Strikes within the window that end the conversation.",
                1, 20, 1, p => p.StrikesToTerminate, (p, v) => p with { StrikesToTerminate = (int)v }),
            new("StrikeWindowMessages", "Decisions", "Strike window (user messages)", "Strikes count only within this many user messages.",
                1, 1000, 1, p => p.StrikeWindowMessages, (p, v) => p with { StrikeWindowMessages = (int)v }),
            new("Decay", "Decisions", "Decay per message", "Each user message multiplies the running score by this, so benign messages let it fade.",
                0, 1, 0.05, p => p.Decay, (p, v) => p with { Decay = v }),
            new("SustainedThreshold", "Decisions", "Sustained-abuse threshold", "Milder messages that keep coming count as harmful once the running score reaches this.",
                0.1, 20, 0.1, p => p.SustainedThreshold, (p, v) => p with { SustainedThreshold = v }),
            new("CrisisThreshold", "Decisions", "Crisis threshold", "Confidence of a crisis signal that safeguards (and withholds termination).",
                0.05, 1, 0.05, p => p.CrisisThreshold, (p, v) => p with { CrisisThreshold = v }),
            new("EndRequestThreshold", "Decisions", "End-request threshold", "Confidence of a user's own request to end the conversation.",
                0.05, 1, 0.05, p => p.EndRequestThreshold, (p, v) => p with { EndRequestThreshold = v }),
        };
        string[] severities = ["Low", "Medium", "High", "Severe"];
        for (var i = 0; i < severities.Length; i++)
        {
            var index = i;
            fields.Add(new($"SeverityFactors[{i}]", "Severity factors", severities[i], $"How much a {severities[i].ToLowerInvariant()} signal counts.",
                0, 5, 0.05, p => p.SeverityFactors[index], (p, v) => p with { SeverityFactors = p.SeverityFactors.SetItem(index, v) }));
        }
        foreach (var category in Enum.GetValues<SignalCategory>())
        {
            fields.Add(new($"CategoryWeights.{category}", "Category weights", category.ToString(), $"How much one confident {category} signal counts.",
                0, 3, 0.05, p => p.WeightOf(category), (p, v) => p with { CategoryWeights = (p.CategoryWeights ?? ImmutableDictionary<SignalCategory, double>.Empty).SetItem(category, v) }));
        }
        fields.AddRange(
        [
            new("AccountRiskHalfLifeDays", "Accounts", "Risk half-life (days)", "An account's risk halves after this many days without new harm.",
                0.1, 365, 0.5, p => p.AccountRiskHalfLifeDays, (p, v) => p with { AccountRiskHalfLifeDays = v }),
            new("AccountWarnedThreshold", "Accounts", "Warned-start risk", "At or above this risk, an account's next conversation starts already warned.",
                0.1, 100, 0.1, p => p.AccountWarnedThreshold, (p, v) => p with { AccountWarnedThreshold = v }),
            new("TerminationsForRestriction", "Accounts", "Terminations for a restriction", "Terminations within the window that recommend a restriction (a reviewer decides).",
                1, 100, 1, p => p.TerminationsForRestriction, (p, v) => p with { TerminationsForRestriction = (int)v }),
            new("RestrictionWindowDays", "Accounts", "Restriction window (days)", "The window those terminations must fall in.",
                1, 365, 1, p => p.RestrictionWindowDays, (p, v) => p with { RestrictionWindowDays = (int)v }),
            new("CoordinationMinAccounts", "Coordination", "Accounts for a coordination hint", "Near-identical flagged messages from this many accounts hint at coordination.",
                2, 1000, 1, p => p.CoordinationMinAccounts, (p, v) => p with { CoordinationMinAccounts = (int)v }),
            new("CoordinationWindowMinutes", "Coordination", "Coordination window (minutes)", "Within this many minutes.",
                1, 10080, 1, p => p.CoordinationWindowMinutes, (p, v) => p with { CoordinationWindowMinutes = (int)v }),
            new("FingerprintWindowDays", "Coordination", "Fingerprint window (days)", "How long a device or network links the accounts seen with it.",
                1, 365, 1, p => p.FingerprintWindowDays, (p, v) => p with { FingerprintWindowDays = (int)v }),
        ]);
        return fields;
    }
}
