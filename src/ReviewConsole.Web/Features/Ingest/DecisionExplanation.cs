using System.Text.Json;
using System.Text.Json.Serialization;
using ReviewConsole.Engine.Conversations;

namespace ReviewConsole.Web.Features.Ingest;

/// <summary>
/// The stored explanation of a decision: the sentence a reviewer reads, the signals with their rules, contexts and
/// spans on the original text, the evasions seen, and the thresholds in force. The transcript page reads it back.
/// </summary>
public sealed record DecisionExplanation(
    string Summary,
    IReadOnlyList<DecisionExplanation.SignalView> Signals,
    string Evasions,
    double RunningScore,
    ThresholdsInForce Thresholds,
    DecisionExplanation.ModelView? Model = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public sealed record SignalView(string Category, string Severity, double Confidence, string Rule, IReadOnlyList<int[]> Spans, IReadOnlyList<string> Contexts);

    /// <summary>The semantic model's reading of the message: its version and each label's probability.</summary>
    public sealed record ModelView(string Version, string TopLabel, double TopProbability, IReadOnlyDictionary<string, double> Probabilities);

    public static string ToJson(Decision decision) => JsonSerializer.Serialize(From(decision), Json);

    public static DecisionExplanation? FromJson(string json) => JsonSerializer.Deserialize<DecisionExplanation>(json, Json);

    public static DecisionExplanation From(Decision decision) => new(
        decision.Explain(),
        [.. decision.Analysis.Signals.Select(s => new SignalView(s.Category.ToString(), s.Severity.ToString(), Math.Round(s.Confidence, 3), s.Rule,
            [.. s.Spans.Select(span => new[] { span.Start, span.End })], s.Contexts))],
        decision.Analysis.Evasions.ToString(),
        decision.RunningScore,
        decision.Thresholds,
        decision.Analysis.Semantic is { } scores
            ? new ModelView(scores.ModelVersion, scores.Top.Label, Math.Round(scores.Top.Probability, 3),
                scores.Labels.Zip(scores.Probabilities).ToDictionary(p => p.First, p => Math.Round((double)p.Second, 3)))
            : null);
}
