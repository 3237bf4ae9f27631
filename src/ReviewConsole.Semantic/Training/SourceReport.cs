using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ReviewConsole.Engine.Conversations;
using ReviewConsole.Engine.Policy;
using ReviewConsole.Engine.Semantic;
using ReviewConsole.Engine.Signals;

namespace ReviewConsole.Semantic.Training;

/// <summary>
/// Leave-one-source-out figures, message by message: for each held-out source and label, the share the engine acts on
/// with the rules alone and with the rules and the model (whose heads never saw that source). "Acts" means what the
/// label needs: a harmful label warns (its score reaches the harm threshold), a crisis safeguards, an end request ends;
/// for the benign labels it is the false-positive rate (warned). The cascade column uses the gate that never saw the
/// source either: the model's probabilities count only for the messages that gate (or a rule signal) let through.
/// </summary>
public static class SourceReport
{
    /// <param name="Cascade">Acted on with the rules and the model behind its gate.</param>
    /// <param name="Read">Share of the texts the encoder read under the cascade.</param>
    public sealed record Row(string Source, string Label, int Count, double Rules, double Combined, double Cascade, double Read);

    /// <param name="misses">When given, every held-out text the engine got wrong — a benign or benign-sensitive text warned, a
    /// harmful one (profanity aside) not warned, a crisis not safeguarded, an end request not ended — is written to it with
    /// the model's reading, for error analysis (it holds held-out texts: never commit it).</param>
    public static IReadOnlyList<Row> Measure(ModelTrainer.Result result, TerminationPolicy? policy = null, TextWriter? misses = null)
    {
        policy ??= TerminationPolicy.Default;
        var engine = new TerminationEngine(policy);
        var rules = new MessageAnalyzer();
        var labels = SemanticLabels.All.Where(l => result.Examples.Any(e => e.Label == l)).ToImmutableArray();
        var combined = new MessageAnalyzer(semantic: new SemanticStage(new NoEncoder(result.Model), result.Model));
        var rows = new List<Row>();
        foreach (var group in Enumerable.Range(0, result.Examples.Count).Where(i => result.OutOfSource[i] is not null)
                     .GroupBy(i => (result.Examples[i].Source, result.Examples[i].Label)).OrderBy(g => g.Key.Source, StringComparer.Ordinal).ThenBy(g => g.Key.Label, StringComparer.Ordinal))
        {
            var foldGate = result.Folds.GetValueOrDefault(group.Key.Source)?.Gate;
            var cascade = new MessageAnalyzer(semantic: new SemanticStage(new NoEncoder(result.Model), result.Model with { Gate = foldGate }, cascade: true));
            int ruleHits = 0, combinedHits = 0, cascadeHits = 0, read = 0;
            foreach (var i in group)
            {
                var text = result.Examples[i].Text;
                var scores = new SemanticScores(result.Model.Version, labels, [.. result.OutOfSource[i]]);
                ruleHits += Acts(engine, rules.Analyze(text), group.Key.Label) ? 1 : 0;
                var analysis = combined.Analyze(text, scores);
                var acted = Acts(engine, analysis, group.Key.Label);
                combinedHits += acted ? 1 : 0;
                if (misses is not null && group.Key.Label != SemanticLabels.Profanity
                    && acted == (group.Key.Label is SemanticLabels.Benign or SemanticLabels.BenignSensitive))
                {
                    misses.WriteLine($"- [{group.Key.Source} {group.Key.Label}] {ComposedReport.Reading(scores)} | {string.Join(",", analysis.Signals.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Rule}:{s.Confidence:0.00}")))} | {text.ReplaceLineEndings(" ")}");
                }
                var cascaded = cascade.AnalyzeWithCascade(text, _ => scores);
                cascadeHits += Acts(engine, cascaded, group.Key.Label) ? 1 : 0;
                read += cascaded.Semantic is null ? 0 : 1;
            }
            var n = group.Count();
            rows.Add(new Row(group.Key.Source, group.Key.Label, n, (double)ruleHits / n, (double)combinedHits / n, (double)cascadeHits / n, (double)read / n));
        }
        return rows;
    }

    /// <summary>Whether the engine, deciding this one message at the start of a conversation, does what the label calls for.</summary>
    public static bool Acts(TerminationEngine engine, MessageAnalysis analysis, string label)
    {
        var (decision, _) = engine.Decide(ConversationState.New, analysis);
        return label switch
        {
            SemanticLabels.Crisis => decision.Kind == DecisionKind.Safeguard,
            SemanticLabels.EndRequest => decision.Reason == DecisionReason.UserRequestedEnd,
            _ => decision.Kind == DecisionKind.Warn,
        };
    }

    public static string ToMarkdown(IReadOnlyList<Row> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| held-out source | label | texts | rules alone | rules + model | cascade | encoder read | what is counted |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            var what = row.Label switch
            {
                SemanticLabels.Benign or SemanticLabels.BenignSensitive => "warned (false positive)",
                SemanticLabels.Crisis => "safeguarded",
                SemanticLabels.EndRequest => "ended at the user's request",
                _ => "warned",
            };
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Source} | {row.Label} | {row.Count} | {row.Rules:P1} | {row.Combined:P1} | {row.Cascade:P1} | {row.Read:P1} | {what} |");
        }
        return text.ToString();
    }

    /// <summary>Never called: the report passes probabilities computed out of source.</summary>
    internal sealed class NoEncoder(SemanticModel model) : ISentenceEncoder
    {
        public string Name => model.Encoder;

        public int Dimensions => model.Dimensions;

        public float[][] Encode(IReadOnlyList<string> texts) => throw new InvalidOperationException("The report reads out-of-source probabilities only.");
    }
}
