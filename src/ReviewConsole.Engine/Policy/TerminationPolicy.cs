using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Engine.Policy;

/// <summary>
/// Every number the engine decides by. Immutable, versioned, validated, and serialisable to JSON so admins can
/// tune it and backtests can replay history under a candidate. The defaults follow the published
/// "three-strikes-like" behaviour: a first harmful message warns, two more within the window terminate.
/// </summary>
public sealed record TerminationPolicy
{
    public string Version { get; init; } = "default-1";

    /// <summary>How much one confident signal of a category counts (0–3).</summary>
    public ImmutableDictionary<SignalCategory, double> CategoryWeights { get; init; } = DefaultWeights;

    /// <summary>A message scoring at least this is harmful: it warns, or strikes after a warning (0–1).</summary>
    public double HarmThreshold { get; init; } = 0.5;

    public int WarningsBeforeStrikes { get; init; } = 1;

    /// <summary>
    /// Once a conversation has had its warnings, a message scoring at least this (or the harm threshold, if lower)
    /// counts as a strike: a pattern is judged on the whole conversation, so a user already warned is not given the
    /// benefit of every doubt (0.05–1; 0.5 = the harm threshold, no lower bar).
    /// </summary>
    public double StrikeThreshold { get; init; } = 0.4;

    public int StrikesToTerminate { get; init; } = 2;

    /// <summary>
    /// How much swearing counts once the warnings are used up (0–3). Before, profanity weighs its category weight and never
    /// warns alone; a user already warned who keeps swearing is the "prolonged profanity and abuse" pattern, so at the
    /// default a confident profanity signal reaches the strike bar. At or below the Profanity weight, swearing counts the same throughout.
    /// </summary>
    public double WarnedProfanityWeight { get; init; } = 1.2;

    /// <summary>Strikes count only when they fall within this many user messages (1–1000).</summary>
    public int StrikeWindowMessages { get; init; } = 10;

    /// <summary>Each user message multiplies the running score by this, so benign messages let it fade (0–1).</summary>
    public double Decay { get; init; } = 0.6;

    /// <summary>Milder messages that keep coming count as harmful once the running score reaches this.</summary>
    public double SustainedThreshold { get; init; } = 1.2;

    public double CrisisThreshold { get; init; } = 0.6;

    public double EndRequestThreshold { get; init; } = 0.8;

    /// <summary>Severe signals count more: the factor per severity (Low, Medium, High, Severe).</summary>
    public ImmutableArray<double> SeverityFactors { get; init; } = [0.6, 0.85, 1.0, 1.25];

    /// <summary>Account risk halves after this many days without new harm (gradual escalation over sessions).</summary>
    public double AccountRiskHalfLifeDays { get; init; } = 14;

    /// <summary>An account at or above this risk starts new conversations as already warned.</summary>
    public double AccountWarnedThreshold { get; init; } = 2.0;

    /// <summary>Terminations within <see cref="RestrictionWindowDays"/> that recommend a restriction (never a ban).</summary>
    public int TerminationsForRestriction { get; init; } = 3;

    public int RestrictionWindowDays { get; init; } = 30;

    /// <summary>Near-identical user messages from this many accounts within the window hint at coordination.</summary>
    public int CoordinationMinAccounts { get; init; } = 3;

    public int CoordinationWindowMinutes { get; init; } = 60;

    /// <summary>How long a device or network fingerprint links the accounts seen with it.</summary>
    public int FingerprintWindowDays { get; init; } = 30;

    private static readonly ImmutableDictionary<SignalCategory, double> DefaultWeights = new Dictionary<SignalCategory, double>
    {
        [SignalCategory.HarmfulRequest] = 1.0,
        [SignalCategory.ViolentThreat] = 1.2,
        [SignalCategory.Harassment] = 1.0,
        [SignalCategory.Profanity] = 0.4,
        [SignalCategory.SexualHarassment] = 1.0,
        [SignalCategory.Coercion] = 1.0,
        [SignalCategory.Jailbreak] = 0.9,
        [SignalCategory.PromptInjection] = 1.0,
        [SignalCategory.Obfuscation] = 0.3,
        [SignalCategory.EndRequest] = 0.0,
        [SignalCategory.Crisis] = 0.0,
    }.ToImmutableDictionary();

    // Declared after the weights it uses: static fields initialise in order.
    public static TerminationPolicy Default { get; } = new();

    /// <summary>The score at which a message strikes once the warnings are used up.</summary>
    public double StrikeBar => Math.Min(StrikeThreshold, HarmThreshold);

    /// <summary>Every category has its weight: <see cref="Validate"/> refuses a policy without one.</summary>
    public double WeightOf(SignalCategory category) => CategoryWeights[category];

    /// <summary>
    /// A policy stored before a category existed gets that category's default weight, named in its weights from then on,
    /// rather than a silent 0 that would turn the new category off.
    /// </summary>
    public TerminationPolicy WithNewCategories() =>
        CategoryWeights is { } weights && Enum.GetValues<SignalCategory>().All(weights.ContainsKey)
            ? this
            : this with { CategoryWeights = DefaultWeights.SetItems(CategoryWeights ?? ImmutableDictionary<SignalCategory, double>.Empty) };

    public double SeverityFactor(Severity severity) => SeverityFactors[Math.Clamp((int)severity - 1, 0, SeverityFactors.Length - 1)];

    /// <summary>Every problem with the policy, each naming its field; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Range(string name, double value, double min, double max)
        {
            if (double.IsNaN(value) || value < min || value > max)
            {
                errors.Add($"{name} is {value}; it must be between {min} and {max}.");
            }
        }

        if (string.IsNullOrWhiteSpace(Version) || Version.Length > 64)
        {
            errors.Add("Version must be 1 to 64 characters.");
        }
        Range(nameof(HarmThreshold), HarmThreshold, 0.05, 1);
        Range(nameof(WarningsBeforeStrikes), WarningsBeforeStrikes, 0, 10);
        Range(nameof(StrikeThreshold), StrikeThreshold, 0.05, 1);
        Range(nameof(StrikesToTerminate), StrikesToTerminate, 1, 20);
        Range(nameof(WarnedProfanityWeight), WarnedProfanityWeight, 0, 3);
        Range(nameof(StrikeWindowMessages), StrikeWindowMessages, 1, 1000);
        Range(nameof(Decay), Decay, 0, 1);
        Range(nameof(SustainedThreshold), SustainedThreshold, 0.1, 20);
        Range(nameof(CrisisThreshold), CrisisThreshold, 0.05, 1);
        Range(nameof(EndRequestThreshold), EndRequestThreshold, 0.05, 1);
        Range(nameof(AccountRiskHalfLifeDays), AccountRiskHalfLifeDays, 0.1, 365);
        Range(nameof(AccountWarnedThreshold), AccountWarnedThreshold, 0.1, 100);
        Range(nameof(TerminationsForRestriction), TerminationsForRestriction, 1, 100);
        Range(nameof(RestrictionWindowDays), RestrictionWindowDays, 1, 365);
        Range(nameof(CoordinationMinAccounts), CoordinationMinAccounts, 2, 1000);
        Range(nameof(CoordinationWindowMinutes), CoordinationWindowMinutes, 1, 10080);
        Range(nameof(FingerprintWindowDays), FingerprintWindowDays, 1, 365);
        if (WarningsBeforeStrikes + StrikesToTerminate < 2)
        {
            errors.Add("WarningsBeforeStrikes + StrikesToTerminate must be at least 2: one message never terminates.");
        }
        if (SeverityFactors.IsDefault || SeverityFactors.Length != 4)
        {
            errors.Add("SeverityFactors must have 4 values (Low, Medium, High, Severe).");
        }
        else
        {
            for (var i = 0; i < 4; i++)
            {
                Range($"SeverityFactors[{i}]", SeverityFactors[i], 0, 5);
            }
        }
        foreach (var (category, weight) in CategoryWeights ?? ImmutableDictionary<SignalCategory, double>.Empty)
        {
            Range($"CategoryWeights.{category}", weight, 0, 3);
        }
        foreach (var category in Enum.GetValues<SignalCategory>().Where(c => CategoryWeights?.ContainsKey(c) != true))
        {
            errors.Add($"CategoryWeights.{category} is missing: every category needs its weight (0 turns it off).");
        }
        return errors;
    }

    public TerminationPolicy EnsureValid()
    {
        var errors = Validate();
        return errors.Count == 0 ? this : throw new PolicyValidationException(errors);
    }

    public string ToJson() => JsonSerializer.Serialize(this, SerializerOptions);

    public static TerminationPolicy FromJson(string json)
    {
        TerminationPolicy? policy;
        try
        {
            policy = JsonSerializer.Deserialize<TerminationPolicy>(json, SerializerOptions);
        }
        catch (JsonException ex)
        {
            throw new PolicyValidationException([$"The policy is not valid JSON: {ex.Message}"]);
        }
        return (policy ?? throw new PolicyValidationException(["The policy JSON is empty."])).WithNewCategories().EnsureValid();
    }

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
    };
}
